import { Button, Stack, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { Commitment } from '../../shared/purpose/purposeDoc';
import { commitmentSchema } from '../../shared/purpose/purposeDoc';
import { useFieldDraft } from '../forms/useFieldDraft';
import type { LiveList } from './useOrderedList';

interface CommitmentEditorProps {
  item: Commitment;
  live: LiveList<Commitment>;
  onDone: () => void;
}

/** Edits one commitment in place; the text is saved when the field loses focus. */
export function CommitmentEditor({ item, live, onDone }: CommitmentEditorProps) {
  const [error, setError] = useState<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => fieldRef.current?.focus(), []);
  const text = useFieldDraft(item.text, (next) => {
    const parsed = commitmentSchema.shape.text.safeParse(next);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Write the commitment');
      return;
    }
    setError(null);
    live.update(item.id, { text: parsed.data });
  });

  return (
    <form
      aria-label="Edit commitment"
      onSubmit={(event) => {
        event.preventDefault();
        // Blurring the field saves it before the form goes away.
        if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
        onDone();
      }}
    >
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
