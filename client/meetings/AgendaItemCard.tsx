import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { AgendaItem } from '../../shared/meetings/meetingDoc';
import { agendaKindLabels } from '../../shared/meetings/meetingDoc';
import { ItemActions } from '../purpose/ItemActions';
import { useItemEditing } from '../purpose/useItemEditing';
import type { LiveList } from '../purpose/useOrderedList';
import { AgendaItemEditor } from './AgendaItemEditor';
import { AgendaItemLinks } from './AgendaItemLinks';
import { formatDuration } from './agendaSummary';
import type { MeetingContext } from './meetingContext';

interface AgendaItemCardProps {
  item: AgendaItem;
  index: number;
  live: LiveList<AgendaItem>;
  meeting: MeetingContext;
  /** Called after this item is removed, to put focus somewhere sensible. */
  onRemoved: () => void;
}

/** Button names quote the item; long titles are cut so names stay readable. */
function subjectOf(title: string): string {
  const flat = title.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** One agenda item: its time box, owner and links, or the inline editor. */
export function AgendaItemCard({ item, index, live, meeting, onRemoved }: AgendaItemCardProps) {
  const { editing, handleDone, actions } = useItemEditing(live, item.id, index, onRemoved);

  return (
    <Paper component="li" withBorder p="md">
      {editing && meeting.canWrite ? (
        <AgendaItemEditor item={item} live={live} onDone={handleDone} />
      ) : (
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Text fw={700} fz="lg" style={{ overflowWrap: 'anywhere' }}>
              {item.title}
            </Text>
            <Group gap="xs" wrap="wrap">
              <Badge variant="light" color="lake" c="dark.9">
                {agendaKindLabels[item.kind]}
              </Badge>
              <Text size="sm">{formatDuration(item.minutes)}</Text>
              {item.owner && <Text size="sm">Owner: {item.owner}</Text>}
              {item.studentArtifact && (
                <Badge variant="light" color="green" c="dark.9">
                  Student work
                </Badge>
              )}
            </Group>
            <AgendaItemLinks item={item} live={live} meeting={meeting} />
          </Stack>
          {meeting.canWrite && <ItemActions subject={subjectOf(item.title)} {...actions} />}
        </Group>
      )}
    </Paper>
  );
}
