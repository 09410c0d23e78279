import { Button, Stack, Textarea } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { Commitment } from '../../shared/purpose/purposeDoc';
import { commitmentSchema } from '../../shared/purpose/purposeDoc';
import { useCheckedFieldDraft } from '../forms/useCheckedFieldDraft';
import { saveDraftsThen } from '../forms/useFieldDraft';
import type { LiveList } from '../collab/useOrderedList';

interface CommitmentEditorProps {
  item: Commitment;
  live: LiveList<Commitment>;
  onDone: () => void;
}

/** Edits one commitment in place; the text is saved when the field loses focus. */
export function CommitmentEditor({ item, live, onDone }: CommitmentEditorProps) {
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => fieldRef.current?.focus(), []);
  const { field: text, error } = useCheckedFieldDraft(
    item.text,
    commitmentSchema.shape.text,
    (checked) => live.update(item.id, { text: checked }),
    'Write the commitment',
  );

  return (
    <form aria-label="Edit commitment" onSubmit={saveDraftsThen(onDone)}>
      <Stack gap="sm">
        <Textarea
          ref={fieldRef}
          label="Commitment or norm"
          autosize
          minRows={2}
          maxLength={1000}
          required
          error={error ?? undefined}
          {...text}
        />
        <Button
          type="submit"
          variant="default"
          style={{ alignSelf: 'flex-start' }}
          data-item={item.id}
          data-action="done"
        >
          Done editing
        </Button>
      </Stack>
    </form>
  );
}
