import { Badge, Group, NativeSelect, Paper, Stack, Text } from '@mantine/core';
import type { FollowUp } from '../../shared/decisions/decisionDoc';
import { ItemActions } from '../purpose/ItemActions';
import { useItemEditing } from '../purpose/useItemEditing';
import type { LiveList } from '../collab/useOrderedList';
import { shortName } from './evidenceLink';
import { dueNoteOf } from './followUpDue';
import { FollowUpActionStep, type FollowUpPlanning } from './FollowUpActionStep';
import { FollowUpEditor } from './FollowUpEditor';
import { followUpStatusLabels, followUpStatusOptions } from '../../shared/decisions/followUpLabels';

interface FollowUpItemProps {
  item: FollowUp;
  index: number;
  live: LiveList<FollowUp>;
  canWrite: boolean;
  timeZone: string;
  now: Date;
  planning: FollowUpPlanning;
  onRemoved: () => void;
}

/**
 * One follow-up action: task, owner, due date with its badge, status, its action step in the
 * work plan; or the inline editor.
 */
export function FollowUpItem(props: FollowUpItemProps) {
  const { item, index, live, canWrite, timeZone, now, planning, onRemoved } = props;
  const { editing, handleDone, actions } = useItemEditing(live, item.id, index, onRemoved);
  const due = dueNoteOf(item, timeZone, now);
  const subject = shortName(item.task);

  if (editing && canWrite) {
    return (
      <Paper component="li" withBorder p="md">
        <FollowUpEditor item={item} live={live} onDone={handleDone} />
      </Paper>
    );
  }

  return (
    <Paper component="li" withBorder p="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {item.task}
          </Text>
          <Text size="sm">{item.owner ? `Owner: ${item.owner}` : 'No owner yet'}</Text>
          {due && (
            <Group gap="xs" wrap="wrap">
              <Text size="sm">{due.date}</Text>
              {due.badge && (
                <Badge
                  variant={due.isOverdue ? 'filled' : 'light'}
                  color={due.isOverdue ? 'red.9' : 'gray'}
                  c={due.isOverdue ? 'white' : 'dark.9'}
                >
                  {due.badge}
                </Badge>
              )}
            </Group>
          )}
          {canWrite ? (
            <NativeSelect
              aria-label={`Status of ${subject}`}
              size="sm"
              data={followUpStatusOptions}
              value={item.status}
              onChange={(event) =>
                live.update(item.id, { status: event.currentTarget.value as FollowUp['status'] })
              }
              style={{ maxWidth: '12rem' }}
            />
          ) : (
            <Text size="sm">Status: {followUpStatusLabels[item.status]}</Text>
          )}
          <FollowUpActionStep item={item} subject={subject} planning={planning} />
        </Stack>
        {canWrite && <ItemActions subject={subject} {...actions} />}
      </Group>
    </Paper>
  );
}
