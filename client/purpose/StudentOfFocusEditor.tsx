import { Button, Group, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { StudentOfFocus } from '../../shared/purpose/purposeDoc';
import { studentOfFocusSchema } from '../../shared/purpose/purposeDoc';
import { useFieldDraft } from '../forms/useFieldDraft';
import { StudentOfFocusFields } from './StudentOfFocusFields';
import type { LiveList } from './useOrderedList';

interface StudentOfFocusEditorProps {
  item: StudentOfFocus;
  live: LiveList<StudentOfFocus>;
  onDone: () => void;
}

/** Edits one student of focus in place. Each field is saved when it loses focus. */
export function StudentOfFocusEditor({ item, live, onDone }: StudentOfFocusEditorProps) {
  const [labelError, setLabelError] = useState<string | null>(null);
  const labelRef = useRef<HTMLInputElement>(null);
  useEffect(() => labelRef.current?.focus(), []);
  const label = useFieldDraft(item.label, (next) => {
    const parsed = studentOfFocusSchema.shape.label.safeParse(next);
    if (!parsed.success) {
      setLabelError(parsed.error.issues[0]?.message ?? 'Enter initials or a group');
      return;
    }
    setLabelError(null);
    live.update(item.id, { label: parsed.data });
  });
  const why = useFieldDraft(item.why, (next) => live.update(item.id, { why: next }));
  const hearFrom = useFieldDraft(item.hearFrom, (next) => live.update(item.id, { hearFrom: next }));

  return (
    <form
      aria-label={`Edit student of focus ${item.label}`}
      onSubmit={(event) => {
        event.preventDefault();
        // Blurring the focused field saves it before the form goes away (Enter submits).
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        onDone();
      }}
    >
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
