import { Button, Stack, Textarea } from '@mantine/core';
import { Plus } from 'lucide-react';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import type { Commitment } from '../../shared/purpose/purposeDoc';
import { commitmentSchema } from '../../shared/purpose/purposeDoc';
import type { LiveList } from '../collab/useOrderedList';

/** Adds a commitment or norm at the end of the list. */
export function AddCommitmentForm({ live }: { live: LiveList<Commitment> }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fieldRef = useRef<HTMLTextAreaElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = commitmentSchema.shape.text.safeParse(text);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Write the commitment');
      fieldRef.current?.focus();
      return;
    }
    live.add({ text: parsed.data });
    setText('');
    setError(null);
    fieldRef.current?.focus();
  }

  return (
    <form aria-label="Add a commitment" onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Textarea
          ref={fieldRef}
          label="Commitment or norm"
          description="For example: for every distraction, ask what impact it has on our focus students."
          autosize
          minRows={2}
          maxLength={1000}
          required
          error={error ?? undefined}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
        />
        <Button
          type="submit"
          leftSection={<Plus size={16} aria-hidden="true" />}
          style={{ alignSelf: 'flex-start' }}
        >
          Add commitment
        </Button>
      </Stack>
    </form>
  );
}
