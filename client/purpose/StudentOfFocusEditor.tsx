import { Button, Group, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { StudentOfFocus } from '../../shared/purpose/purposeDoc';
import { studentOfFocusSchema } from '../../shared/purpose/purposeDoc';
import { useCheckedFieldDraft } from '../forms/useCheckedFieldDraft';
import { saveDraftsThen, useFieldDraft } from '../forms/useFieldDraft';
import { StudentOfFocusFields } from './StudentOfFocusFields';
import type { LiveList } from '../collab/useOrderedList';

interface StudentOfFocusEditorProps {
  item: StudentOfFocus;
  live: LiveList<StudentOfFocus>;
  onDone: () => void;
}

/** Edits one student of focus in place. Each field is saved when it loses focus. */
export function StudentOfFocusEditor({ item, live, onDone }: StudentOfFocusEditorProps) {
  const labelRef = useRef<HTMLInputElement>(null);
  useEffect(() => labelRef.current?.focus(), []);
  const { field: label, error: labelError } = useCheckedFieldDraft(
    item.label,
    studentOfFocusSchema.shape.label,
    (checked) => live.update(item.id, { label: checked }),
    'Enter initials or a group',
  );
  const why = useFieldDraft(item.why, (next) => live.update(item.id, { why: next }));
  const hearFrom = useFieldDraft(item.hearFrom, (next) => live.update(item.id, { hearFrom: next }));

  return (
    <form aria-label={`Edit student of focus ${item.label}`} onSubmit={saveDraftsThen(onDone)}>
      <Stack gap="sm">
        <StudentOfFocusFields
          label={label}
          why={why}
          hearFrom={hearFrom}
          labelError={labelError}
          labelRef={labelRef}
        />
        <Group>
          <Button type="submit" variant="default" data-item={item.id} data-action="done">
            Done editing
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
