import { Alert, Button, Checkbox, Group, Stack, Text, Textarea } from '@mantine/core';
import { Plus } from 'lucide-react';
import type { FormEvent, KeyboardEvent } from 'react';
import { useRef, useState } from 'react';
import { addCardInput } from '../../shared/api/runs';
import { useApiAction } from '../forms/useApiAction';
import { addCard } from './runsApi';
import styles from './run.module.css';
import type { RunView } from './runView';

interface QuickAddCardProps {
  run: RunView;
  stepId: string;
  column: string;
  isPrivate: boolean;
}

/**
 * The field at the top of a column: Enter adds the card and leaves the field ready for the
 * next, Shift+Enter starts a new line, as in the boards and chats people know.
 */
export function QuickAddCard({ run, stepId, column, isPrivate }: QuickAddCardProps) {
  const [text, setText] = useState('');
  const [isAnonymous, setAnonymous] = useState(false);
  const [textError, setTextError] = useState<string | null>(null);
  const [added, setAdded] = useState('');
  const fieldRef = useRef<HTMLTextAreaElement>(null);
  const { pending, error, run: call } = useApiAction();
  const label = `Add a card to ${column}`;

  async function submit() {
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

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void submit();
  }

  return (
    <form aria-label={label} onSubmit={handleSubmit} noValidate>
      <Stack gap={6}>
        <Textarea
          ref={fieldRef}
          aria-label={label}
          placeholder="Add a card…"
          description="Enter adds · Shift+Enter: new line"
          inputWrapperOrder={['input', 'description', 'error']}
          autosize
          minRows={1}
          maxRows={6}
          maxLength={500}
          value={text}
          error={textError}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={handleKeyDown}
        />
        <Group justify="space-between" gap={6} wrap="wrap">
          <Checkbox
            size="xs"
            label="Post anonymously"
            checked={isAnonymous}
            onChange={(event) => setAnonymous(event.currentTarget.checked)}
          />
          <Button
            type="submit"
            size="compact-sm"
            loading={pending}
            className={styles.noShrink}
            leftSection={<Plus size={14} aria-hidden="true" />}
          >
            Add card
          </Button>
        </Group>
        <Text role="status" size="xs" c="green.9" fw={600} className="visually-hidden">
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
