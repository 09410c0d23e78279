import { Badge, Button, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import { Presentation } from 'lucide-react';
import { reviewReasonLabels } from '../../../shared/plans/planReview';
import {
  type ActionStatus,
  actionStatuses,
  actionStatusLabels,
} from '../../../shared/plans/planRules';
import { formatCalendarDate } from '../../../shared/time/teamTime';
import { useApiAction } from '../../forms/useApiAction';
import { ActionStatusLight, StatusLight } from '../../plans/ActionSteps';
import { updateAction } from '../../plans/plansApi';
import type { ReviewEntry } from './reviewEntries';

interface ReviewStepCardProps {
  entry: ReviewEntry;
  number: number;
  total: number;
  teamId: string;
  planId: string;
  isCurrent: boolean;
  canEdit: boolean;
  onShow: () => void;
}

/** One step of the review: what, for which strategy, who, by when, and its status to change. */
export function ReviewStepCard(props: ReviewStepCardProps) {
  const { entry, number, total, isCurrent, canEdit } = props;
  const { action } = entry;
  const { pending, error, run } = useApiAction();
  const changeStatus = (status: ActionStatus) =>
    void run(() => updateAction(props.teamId, props.planId, action.id, { status }));

  return (
    <Paper
      component="li"
      withBorder
      p="md"
      aria-current={isCurrent ? 'step' : undefined}
      aria-label={`Step ${number} of ${total}: ${action.task}`}
      style={isCurrent ? { borderColor: 'var(--mantine-color-lake-7)', borderWidth: 2 } : undefined}
    >
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          {isCurrent && (
            <Badge variant="filled" color="lake">
              On the projector
            </Badge>
          )}
          {entry.reason && (
            <Badge variant="light" color={entry.reason === 'overdue' ? 'red' : 'yellow'} c="dark.9">
              {reviewReasonLabels[entry.reason]}
            </Badge>
          )}
          {entry.place && <Text size="sm">{entry.place}</Text>}
        </Group>
        <Text fw={700} style={{ overflowWrap: 'anywhere' }}>
          {action.task}
        </Text>
        <Text size="sm">
          {entry.ownerName} · due {formatCalendarDate(action.dueDate)}
        </Text>
        <Group gap="md" wrap="wrap" align="flex-end">
          {canEdit ? (
            <Group gap="xs" wrap="nowrap">
              <StatusLight status={action.status} />
              <NativeSelect
                aria-label={`Status of "${action.task}"`}
                size="sm"
                value={action.status}
                disabled={pending}
                onChange={(event) => changeStatus(event.currentTarget.value as ActionStatus)}
                data={actionStatuses.map((status) => ({
                  value: status,
                  label: actionStatusLabels[status],
                }))}
              />
            </Group>
          ) : (
            <ActionStatusLight status={action.status} />
          )}
          {canEdit && !isCurrent && (
            <Button
              size="xs"
              variant="default"
              leftSection={<Presentation size={14} aria-hidden="true" />}
              onClick={props.onShow}
            >
              Show on the projector
              <span className="visually-hidden">: {action.task}</span>
            </Button>
          )}
        </Group>
        {error && (
          <Text size="sm" c="red.8" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
