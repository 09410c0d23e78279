import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Timer } from 'lucide-react';
import type { AgendaItem } from '../../shared/meetings/meetingDoc';
import { agendaKindLabels } from '../../shared/meetings/meetingDoc';
import type { AgendaItemTime } from '../../shared/meetings/runningAgenda';
import { ItemActions } from '../purpose/ItemActions';
import { useItemEditing } from '../purpose/useItemEditing';
import type { LiveList } from '../collab/useOrderedList';
import { AgendaItemEditor } from './AgendaItemEditor';
import { AgendaItemLinks } from './AgendaItemLinks';
import { AgendaItemTimes } from './AgendaItemTimes';
import type { MeetingContext } from './meetingContext';

/** Where an item stands in the running agenda, and the minutes to compare its time box with. */
export interface AgendaItemTiming {
  /** The facilitator has taken this item up. */
  isCurrent: boolean;
  /** Time recorded for it once the running agenda has left it. */
  time: AgendaItemTime | undefined;
  /** Total minutes of the protocol its run follows. */
  protocolMinutes: number | undefined;
  /** Takes it up; absent for people who may not run the agenda. */
  onStart: (() => void) | undefined;
  isStarting: boolean;
}

interface AgendaItemCardProps {
  item: AgendaItem;
  index: number;
  live: LiveList<AgendaItem>;
  meeting: MeetingContext;
  /** Called after this item is removed, to put focus somewhere sensible. */
  onRemoved: () => void;
  timing: AgendaItemTiming;
}

/** Button names quote the item; long titles are cut so names stay readable. */
function subjectOf(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** One agenda item: its time box, owner and links, or the inline editor. */
export function AgendaItemCard({
  item,
  index,
  live,
  meeting,
  onRemoved,
  timing,
}: AgendaItemCardProps) {
  const { editing, handleDone, actions } = useItemEditing(live, item.id, index, onRemoved);
  const { isCurrent, onStart } = timing;

  return (
    <Paper
      component="li"
      withBorder
      p="md"
      aria-current={isCurrent ? 'step' : undefined}
      style={isCurrent ? { borderColor: 'var(--mantine-color-lake-7)', borderWidth: 2 } : undefined}
    >
      {editing && meeting.canWrite ? (
        <AgendaItemEditor item={item} live={live} onDone={handleDone} />
      ) : (
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Text fw={700} fz="lg" style={{ overflowWrap: 'anywhere' }}>
              {item.title}
            </Text>
            <Group gap="xs" wrap="wrap">
              {isCurrent && (
                <Badge variant="filled" color="lake">
                  Under way
                </Badge>
              )}
              <Badge variant="light" color="lake" c="dark.9">
                {agendaKindLabels[item.kind]}
              </Badge>
              <AgendaItemTimes
                minutes={item.minutes}
                protocolMinutes={timing.protocolMinutes}
                time={isCurrent ? undefined : timing.time}
              />
              {item.owner && <Text size="sm">Owner: {item.owner}</Text>}
              {item.studentArtifact && (
                <Badge variant="light" color="green" c="dark.9">
                  Student work
                </Badge>
              )}
            </Group>
            <AgendaItemLinks item={item} live={live} meeting={meeting} />
            {onStart && !isCurrent && (
              <Button
                size="sm"
                variant="default"
                leftSection={<Timer size={16} aria-hidden="true" />}
                loading={timing.isStarting}
                onClick={onStart}
                style={{ alignSelf: 'flex-start' }}
                mt={4}
              >
                Start this item
                <span className="visually-hidden"> for {item.title}</span>
              </Button>
            )}
          </Stack>
          {meeting.canWrite && <ItemActions subject={subjectOf(item.title)} {...actions} />}
        </Group>
      )}
    </Paper>
  );
}
