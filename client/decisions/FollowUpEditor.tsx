import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { FollowUp } from '../../shared/decisions/decisionDoc';
import { followUpSchema } from '../../shared/decisions/decisionDoc';
import { useCheckedFieldDraft } from '../forms/useCheckedFieldDraft';
import { saveDraftsThen, useFieldDraft } from '../forms/useFieldDraft';
import type { LiveList } from '../collab/useOrderedList';
import { followUpStatusOptions } from '../../shared/decisions/followUpLabels';

interface FollowUpEditorProps {
  item: FollowUp;
  live: LiveList<FollowUp>;
  onDone: () => void;
}

/** Edits one follow-up in place: text is saved when a field loses focus, choices at once. */
export function FollowUpEditor({ item, live, onDone }: FollowUpEditorProps) {
  const taskRef = useRef<HTMLInputElement>(null);
  useEffect(() => taskRef.current?.focus(), []);
  const { field: task, error } = useCheckedFieldDraft(
    item.task,
    followUpSchema.shape.task,
    (checked) => live.update(item.id, { task: checked }),
    'Describe the task',
  );
  const owner = useFieldDraft(item.owner, (next) =>
    live.update(item.id, { owner: next.trim().slice(0, 120) }),
  );

  return (
    <form aria-label="Edit follow-up" onSubmit={saveDraftsThen(onDone)}>
      <Stack gap="sm">
        <TextInput
          ref={taskRef}
          label="Task"
          required
          maxLength={500}
          error={error ?? undefined}
          {...task}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput label="Owner" maxLength={120} {...owner} />
          <TextInput
            type="date"
            label="Due date"
            value={item.dueDate ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              // Half-typed dates are empty: only a whole date (or clearing it) is saved.
              if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) {
                live.update(item.id, { dueDate: value === '' ? null : value });
              }
            }}
          />
          <NativeSelect
            label="Status"
            data={followUpStatusOptions}
            value={item.status}
            onChange={(event) =>
              live.update(item.id, { status: event.currentTarget.value as FollowUp['status'] })
            }
          />
        </Group>
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
