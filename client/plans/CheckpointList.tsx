import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { Plus } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { type Checkpoint, isCopied } from '../../shared/plans/planDoc';
import { planCommentPath } from '../../shared/plans/commentPaths';
import {
  benchmarkResults,
  checkpointKindLabels,
  checkpointKinds,
  type CheckpointKind,
} from '../../shared/plans/planRules';
import { formatCalendarDate } from '../../shared/time/teamTime';
import { CopiedBadge } from './GoalCard';
import type { PlanContext } from './planContext';
import { PlanNumberField, PlanTextField } from './planFields';

const metLabels = { yes: 'Met', partly: 'Partly met', no: 'Not met' } as const;

function CheckpointItem({ checkpoint, context }: { checkpoint: Checkpoint; context: PlanContext }) {
  const readOnly = !context.canWrite;
  const change = (changes: Partial<Omit<Checkpoint, 'id'>>) =>
    context.checkpoints.update(checkpoint.id, changes);
  const label = `${checkpointKindLabels[checkpoint.kind]}, ${formatCalendarDate(checkpoint.date)}`;
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label={`Checkpoint: ${label}`}>
      <Stack gap="xs">
        <Group gap="sm">
          <Badge variant="light">{label}</Badge>
          {isCopied('checkpoint', checkpoint) && <CopiedBadge />}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <PlanTextField
            label="What is measured"
            value={checkpoint.description}
            onCommit={(description) => change({ description })}
            readOnly={readOnly}
            max={500}
            comment={{
              path: planCommentPath('checkpoints', checkpoint.id, 'description'),
              item: `checkpoint ${label}`,
            }}
          />
          {checkpoint.kind === 'results' ? (
            <PlanNumberField
              label="Result"
              value={checkpoint.value}
              onCommit={(value) => change({ value })}
              readOnly={readOnly}
            />
          ) : (
            <NativeSelect
              label="Benchmark met?"
              disabled={readOnly}
              value={checkpoint.met ?? ''}
              data={[
                { value: '', label: 'Not yet entered' },
                ...benchmarkResults.map((result) => ({ value: result, label: metLabels[result] })),
              ]}
              onChange={(event) => {
                const met = event.currentTarget.value;
                change({ met: met === '' ? null : (met as Checkpoint['met']) });
              }}
            />
          )}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** Adds a dated checkpoint to a goal (written into the shared plan at once). */
function AddCheckpointForm({
  goalId,
  goalNumber,
  context,
}: {
  goalId: string;
  goalNumber: number;
  context: PlanContext;
}) {
  const [kind, setKind] = useState<CheckpointKind>('results');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!date) return setError('Give the checkpoint a date');
    setError(null);
    context.checkpoints.add({
      goalId,
      kind,
      date,
      description: '',
      value: null,
      met: null,
      copiedFingerprint: null,
    });
    setDate('');
  };
  return (
    <form onSubmit={submit} aria-label={`Add a checkpoint to goal ${goalNumber}`} noValidate>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label="Checkpoint measures"
          value={kind}
          onChange={(event) => setKind(event.currentTarget.value as CheckpointKind)}
          data={checkpointKinds.map((k) => ({ value: k, label: checkpointKindLabels[k] }))}
        />
        <TextInput
          label="Date"
          type="date"
          required
          value={date}
          error={error ?? undefined}
          onChange={(event) => setDate(event.currentTarget.value)}
        />
        <Button type="submit" variant="default" leftSection={<Plus size={16} aria-hidden="true" />}>
          Add checkpoint
        </Button>
      </Group>
    </form>
  );
}

interface CheckpointListProps {
  goalId: string;
  goalNumber: number;
  context: PlanContext;
}

/** A goal's checkpoints by date: interim student results and implementation benchmarks. */
export function CheckpointList({ goalId, goalNumber, context }: CheckpointListProps) {
  const items = context.checkpoints.items
    .filter((checkpoint) => checkpoint.goalId === goalId)
    .sort((a, b) => a.date.localeCompare(b.date));
  return (
    <Stack gap="sm" component="section" aria-label={`Checkpoints for goal ${goalNumber}`}>
      <Text fw={700}>Checkpoints</Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          No checkpoints yet.
        </Text>
      )}
      {items.map((checkpoint) => (
        <CheckpointItem key={checkpoint.id} checkpoint={checkpoint} context={context} />
      ))}
      {context.canWrite && (
        <AddCheckpointForm goalId={goalId} goalNumber={goalNumber} context={context} />
      )}
    </Stack>
  );
}
