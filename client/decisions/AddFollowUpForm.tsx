import { Button, Group, Stack, TextInput } from '@mantine/core';
import { Plus } from 'lucide-react';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import type { FollowUp } from '../../shared/decisions/decisionDoc';
import { followUpSchema } from '../../shared/decisions/decisionDoc';
import type { LiveList } from '../collab/useOrderedList';

/** Adds a follow-up action at the end of the list; it starts as not started. */
export function AddFollowUpForm({ live }: { live: LiveList<FollowUp> }) {
  const [task, setTask] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const taskRef = useRef<HTMLInputElement>(null);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = followUpSchema.omit({ id: true }).safeParse({
      task,
      owner: owner.trim(),
      dueDate: dueDate === '' ? null : dueDate,
      status: 'open',
    });
    if (!parsed.success) {
      const taskIssue = parsed.error.issues.find((issue) => issue.path[0] === 'task');
      setError(taskIssue?.message ?? 'Check the task, owner and due date');
      taskRef.current?.focus();
      return;
    }
    live.add(parsed.data);
    setTask('');
    setOwner('');
    setDueDate('');
    setError(null);
    taskRef.current?.focus();
  }

  return (
    <form aria-label="Add a follow-up action" onSubmit={handleSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          ref={taskRef}
          label="Task"
          required
          maxLength={500}
          error={error ?? undefined}
          value={task}
          onChange={(event) => setTask(event.currentTarget.value)}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            label="Owner"
            maxLength={120}
            value={owner}
            onChange={(event) => setOwner(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label="Due date"
            value={dueDate}
            onChange={(event) => setDueDate(event.currentTarget.value)}
          />
        </Group>
        <Button
          type="submit"
          leftSection={<Plus size={16} aria-hidden="true" />}
          style={{ alignSelf: 'flex-start' }}
        >
          Add follow-up
        </Button>
      </Stack>
    </form>
  );
}
