import { Stack, Textarea, TextInput } from '@mantine/core';
import { useId } from 'react';
import { FullNameHint } from './FullNameHint';

/** The props a text field needs from its form: controlled value and optional focus handlers. */
export interface FieldBinding {
  value: string;
  onChange: (event: { currentTarget: { value: string } }) => void;
  onFocus?: () => void;
  onBlur?: () => void;
}

interface StudentOfFocusFieldsProps {
  label: FieldBinding;
  why: FieldBinding;
  hearFrom: FieldBinding;
  labelError?: string | null;
  /** Ref to the first field, to return focus to it after adding. */
  labelRef?: React.Ref<HTMLInputElement>;
}

/** The three fields of a student of focus, shared by the add and edit forms. */
export function StudentOfFocusFields({
  label,
  why,
  hearFrom,
  labelError,
  labelRef,
}: StudentOfFocusFieldsProps) {
  const hintId = useId();
  return (
    <Stack gap="sm">
      <div>
        <TextInput
          ref={labelRef}
          label="Initials or group"
          description="Initials such as “J.M.”, or a group such as “8th grade boys with chronic absences”."
          required
          maxLength={120}
          error={labelError ?? undefined}
          {...label}
        />
        <FullNameHint id={hintId} label={label.value} />
      </div>
      <Textarea label="Why in focus" autosize minRows={2} maxLength={2000} {...why} />
      <Textarea label="How we hear from them" autosize minRows={2} maxLength={2000} {...hearFrom} />
    </Stack>
  );
}
