import {
  Alert,
  Box,
  Button,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { Plus, Trash2 } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { isCopied, type PlanAction } from '../../shared/plans/planDoc';
import {
  type ActionStatus,
  actionStatuses,
  actionStatusLabels,
  actionStatusLight,
} from '../../shared/plans/planRules';
import { formatCalendarDate } from '../../shared/time/teamTime';
import { useApiAction } from '../forms/useApiAction';
import { CopiedBadge } from './GoalCard';
import type { PlanContext } from './planContext';
import { createAction, deleteAction, updateAction } from './plansApi';
import classes from './plans.module.css';

/** The stoplight of a status: a quick scan beside its words, never the only signal. */
export function StatusLight({ status }: { status: ActionStatus }) {
  return (
    <Box className={classes.light} data-light={actionStatusLight[status]} aria-hidden="true" />
  );
}

/** A status as a stoplight with its words. */
export function ActionStatusLight({ status }: { status: ActionStatus }) {
  return (
    <Group gap={6} wrap="nowrap">
      <StatusLight status={status} />
      <Text size="sm">{actionStatusLabels[status]}</Text>
    </Group>
  );
}

interface ActionRowProps {
  action: PlanAction;
  ownerName: string;
  context: PlanContext;
}

function ActionRow({ action, ownerName, context }: ActionRowProps) {
  const { pending, error, run } = useApiAction();
  return (
    <Table.Tr id={`action-${action.id}`}>
      <Table.Td>
        <Stack gap={4}>
          <Text size="sm">{action.task}</Text>
          {isCopied('action', action) && <CopiedBadge />}
          {error && (
            <Text size="sm" c="red.8" role="alert">
              {error}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td>{ownerName}</Table.Td>
      <Table.Td>{formatCalendarDate(action.dueDate)}</Table.Td>
      <Table.Td>
        {context.canWrite ? (
          <Group gap="xs" wrap="nowrap">
            <StatusLight status={action.status} />
            <NativeSelect
              aria-label={`Status of "${action.task}"`}
              size="xs"
              value={action.status}
              disabled={pending}
              data={actionStatuses.map((status) => ({
                value: status,
                label: actionStatusLabels[status],
              }))}
              onChange={(event) => {
                const status = event.currentTarget.value as ActionStatus;
                void run(() => updateAction(context.teamId, context.planId, action.id, { status }));
              }}
            />
          </Group>
        ) : (
          <ActionStatusLight status={action.status} />
        )}
      </Table.Td>
      {context.canWrite && (
        <Table.Td>
          <Button
            variant="subtle"
            color="red"
            size="xs"
            aria-label={`Remove "${action.task}"`}
            loading={pending}
            onClick={() => void run(() => deleteAction(context.teamId, context.planId, action.id))}
          >
            <Trash2 size={16} aria-hidden="true" />
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** Adds an action step: it needs a task, an owner and a due date (the server checks too). */
function AddActionForm({
  strategyId,
  label,
  context,
}: {
  strategyId: string;
  label: string;
  context: PlanContext;
}) {
  const { pending, error, setError, run } = useApiAction();
  const [task, setTask] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueDate, setDueDate] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!task.trim()) return setError('Describe the action');
    if (!ownerId) return setError('Choose who owns the action');
    if (!dueDate) return setError('Give the action a due date');
    void run(async () => {
      await createAction(context.teamId, context.planId, { strategyId, task, ownerId, dueDate });
      setTask('');
      setOwnerId('');
      setDueDate('');
    });
  };

  return (
    <Box
      component="form"
      onSubmit={submit}
      aria-label={`Add an action step to ${label}`}
      noValidate
    >
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label="Action step"
            required
            maxLength={500}
            value={task}
            onChange={(event) => setTask(event.currentTarget.value)}
            style={{ flex: '2 1 16rem' }}
          />
          <NativeSelect
            label="Owner"
            required
            value={ownerId}
            onChange={(event) => setOwnerId(event.currentTarget.value)}
            data={[
              { value: '', label: 'Choose a member' },
              ...context.members.map((m) => ({ value: m.userId, label: m.name })),
            ]}
            style={{ flex: '1 1 10rem' }}
          />
          <TextInput
            label="Due"
            type="date"
            required
            value={dueDate}
            onChange={(event) => setDueDate(event.currentTarget.value)}
            style={{ flex: '0 1 10rem' }}
          />
          <Button
            type="submit"
            variant="default"
            loading={pending}
            leftSection={<Plus size={16} aria-hidden="true" />}
          >
            Add step
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert" py="xs">
            {error}
          </Alert>
        )}
      </Stack>
    </Box>
  );
}

interface ActionStepsProps {
  strategyId: string;
  label: string;
  context: PlanContext;
}

/** A strategy's action steps: task, owner, due date and a stoplight status each. */
export function ActionSteps({ strategyId, label, context }: ActionStepsProps) {
  const steps = context.actions.filter((action) => action.strategyId === strategyId);
  const nameOf = (userId: string) =>
    context.members.find((m) => m.userId === userId)?.name ?? 'A former member';
  return (
    <Stack gap="xs">
      <Text fw={600} size="sm">
        Action steps
      </Text>
      {steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          No action steps yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label={`Action steps of ${label}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Step</Table.Th>
                <Table.Th>Owner</Table.Th>
                <Table.Th>Due</Table.Th>
                <Table.Th>Status</Table.Th>
                {context.canWrite && (
                  <Table.Th>
                    <span className="visually-hidden">Remove</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {steps.map((action) => (
                <ActionRow
                  key={action.id}
                  action={action}
                  ownerName={nameOf(action.ownerId)}
                  context={context}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {context.canWrite && (
        <AddActionForm strategyId={strategyId} label={label} context={context} />
      )}
    </Stack>
  );
}
