import { Box, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import type { z } from 'zod';
import { useFieldPresence } from '../collab/fieldPresence';
import type { PresenceUser } from '../collab/presenceUser';
import { useFieldDraft } from './useFieldDraft';

interface LiveTextFieldProps {
  label: string;
  description?: string;
  /** The live value, as others may change it. */
  value: string;
  /** Checks and cleans what was typed before it is saved. */
  schema: z.ZodType<string>;
  onCommit: (next: string) => void;
  readOnly: boolean;
  maxLength: number;
  required?: boolean;
  /** `date` for a calendar date (YYYY-MM-DD), `decimal` for a number. */
  type?: 'text' | 'date' | 'decimal';
  /** Several lines of text (notes): Enter starts a new line, leaving the field saves. */
  multiline?: boolean;
  /**
   * The field's key in the document (e.g. `goals/<id>/why`): with a FieldPresenceProvider
   * above, others see who is in this field, as carets in rich text.
   */
  presenceKey?: string;
}

/** "Max is editing", with each person's colour beside the name. */
function FieldEditors({ others }: { others: PresenceUser[] }) {
  const names = others.map((user) => user.name);
  const who =
    names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return (
    <Group gap={6} wrap="nowrap">
      {others.map((user) => (
        <Box
          key={user.id}
          w={10}
          h={10}
          style={{ borderRadius: '50%', background: user.color, flex: 'none' }}
          aria-hidden="true"
        />
      ))}
      <Text size="xs" fw={600}>
        {who} {names.length === 1 ? 'is' : 'are'} editing
      </Text>
    </Group>
  );
}

/**
 * A one-line field of a shared document, live: it shows the person's draft while they type
 * and saves it when they leave the field (or press Enter), if it is valid.
 */
export function LiveTextField({
  label,
  description,
  value,
  schema,
  onCommit,
  readOnly,
  maxLength,
  required,
  type = 'text',
  multiline = false,
  presenceKey,
}: LiveTextFieldProps) {
  const presence = useFieldPresence(presenceKey);
  const [error, setError] = useState<string | null>(null);
  const draft = useFieldDraft(value, (next) => {
    const parsed = schema.safeParse(next);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check this field');
      return;
    }
    setError(null);
    if (parsed.data !== value) onCommit(parsed.data);
  });
  const first = presence.others[0];
  const live = {
    ...draft,
    onFocus: () => {
      draft.onFocus();
      presence.onFocus();
    },
    onBlur: () => {
      draft.onBlur();
      presence.onBlur();
    },
    styles: first
      ? { input: { borderColor: first.color, boxShadow: `0 0 0 1px ${first.color}` } }
      : undefined,
  };
  const withEditors = (field: ReactNode) =>
    presence.others.length === 0 ? (
      field
    ) : (
      <Stack gap={4}>
        {field}
        <FieldEditors others={presence.others} />
      </Stack>
    );

  if (multiline) {
    return withEditors(
      <Textarea
        label={label}
        description={description}
        readOnly={readOnly}
        required={required}
        maxLength={maxLength}
        autosize
        minRows={3}
        error={error ?? undefined}
        {...live}
      />,
    );
  }
  return withEditors(
    <TextInput
      label={label}
      description={description}
      readOnly={readOnly}
      required={required}
      maxLength={maxLength}
      type={type === 'date' ? 'date' : 'text'}
      inputMode={type === 'decimal' ? 'decimal' : undefined}
      error={error ?? undefined}
      {...live}
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
    />,
  );
}
