import { Checkbox, Group, NativeSelect, NumberInput, Stack, TextInput } from '@mantine/core';
import type { Ref } from 'react';
import type { AgendaKind } from '../../shared/meetings/meetingDoc';
import { agendaKindLabels, agendaKinds } from '../../shared/meetings/meetingDoc';
import type { FieldBinding } from '../purpose/StudentOfFocusFields';

/** What the agenda fields need from their form: values, change handlers and errors. */
export interface AgendaFieldBindings {
  title: FieldBinding;
  kind: { value: AgendaKind; onChange: (kind: AgendaKind) => void };
  minutes: {
    value: number | string;
    onChange: (value: number | string) => void;
    onBlur?: () => void;
  };
  owner: FieldBinding;
  studentArtifact: { checked: boolean; onChange: (checked: boolean) => void };
  errors: { title?: string | null; minutes?: string | null };
  /** Ref to the first field, to return focus to it. */
  titleRef?: Ref<HTMLInputElement>;
}

const kindOptions = agendaKinds.map((kind) => ({ value: kind, label: agendaKindLabels[kind] }));

function isAgendaKind(value: string): value is AgendaKind {
  return (agendaKinds as readonly string[]).includes(value);
}

/** The fields of an agenda item, shared by the add and edit forms. */
export function AgendaItemFields({
  title,
  kind,
  minutes,
  owner,
  studentArtifact,
  errors,
  titleRef,
}: AgendaFieldBindings) {
  return (
    <Stack gap="sm">
      <TextInput
        ref={titleRef}
        label="Agenda item"
        description="What the team will do, e.g. “Look at last week’s exit tickets”."
        required
        maxLength={300}
        error={errors.title ?? undefined}
        {...title}
      />
      <Group align="flex-start" gap="md" wrap="wrap">
        <NativeSelect
          label="Kind"
          data={kindOptions}
          value={kind.value}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (isAgendaKind(next)) kind.onChange(next);
          }}
          style={{ flex: '1 1 12rem' }}
        />
        <NumberInput
          label="Minutes"
          size="md"
          min={1}
          max={240}
          allowDecimal={false}
          allowNegative={false}
          required
          error={errors.minutes ?? undefined}
          value={minutes.value}
          onChange={minutes.onChange}
          onBlur={minutes.onBlur}
          style={{ flex: '0 1 8rem' }}
        />
        <TextInput
          label="Owner"
          description="Who leads it. Optional."
          maxLength={120}
          style={{ flex: '1 1 12rem' }}
          {...owner}
        />
      </Group>
      <Checkbox
        label="Centred on a student artifact"
        description="The team looks at a piece of student work."
        checked={studentArtifact.checked}
        onChange={(event) => studentArtifact.onChange(event.currentTarget.checked)}
      />
    </Stack>
  );
}
