import { Alert, Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { Plus } from 'lucide-react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useRef, useState } from 'react';
import { addCardInput } from '../../shared/api/runs';
import { useApiAction } from '../forms/useApiAction';
import { addCard } from './runsApi';
import type { RunView } from './runView';

interface AddCardFormProps {
  run: RunView;
  stepId: string;
  column: string;
  isPrivate: boolean;
}

/** Adds a card to one column of the current step, signed or anonymous. */
export function AddCardForm({ run, stepId, column, isPrivate }: AddCardFormProps) {
  const [text, setText] = useState('');
  const [isAnonymous, setAnonymous] = useState(false);
  const [textError, setTextError] = useState<string | null>(null);
  const [added, setAdded] = useState('');
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const { pending, error, run: call } = useApiAction();
  const label = `Add a card to ${column}`;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    setAdded('');
    const parsed = addCardInput.shape.text.safeParse(text);
    if (!parsed.success) {
      setTextError(parsed.error.issues[0]?.message ?? 'Write something on the card');
      fieldRef.current?.focus();
      return;
    }
    setTextError(null);
    const submitted = text;
    const card = { stepId, column, text: parsed.data, anonymous: isAnonymous };
    const created = await call(() => addCard(run.teamId, run.runId, card));
    if (!created) return;
    // Someone may already be typing the next card: clear only the text that was posted.
    setText((current) => (current === submitted ? '' : current));
    setAdded(
      isPrivate ? 'Card added. Only you can see it until the cards are revealed.' : 'Card added.',
    );
    fieldRef.current?.focus();
    await run.refreshMine();
  }

  // Ctrl+Enter (⌘+Enter) posts, as in most chat and comment boxes; Enter alone is a new line.
  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  }

  return (
    <form aria-label={label} onSubmit={handleSubmit} noValidate>
      <Stack gap="xs">
        <Textarea
          ref={fieldRef}
          label={label}
          description="Ctrl+Enter adds the card."
          autosize
          minRows={2}
          maxLength={500}
          value={text}
          error={textError}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={handleKeyDown}
        />
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Checkbox
            label="Post anonymously"
            checked={isAnonymous}
            onChange={(event) => setAnonymous(event.currentTarget.checked)}
          />
          <Button
            type="submit"
            loading={pending}
            leftSection={<Plus size={16} aria-hidden="true" />}
          >
            Add card
          </Button>
        </Group>
        <Text role="status" size="sm" c="green.9" fw={600}>
          {added}
        </Text>
        {error && (
          <Alert color="red" variant="light" title="Could not add the card">
            {error}
          </Alert>
        )}
      </Stack>
    </form>
  );
}
