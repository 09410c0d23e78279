import { Group, Paper, Stack, Text } from '@mantine/core';
import type { StudentOfFocus } from '../../shared/purpose/purposeDoc';
import { ItemActions } from './ItemActions';
import { StudentOfFocusEditor } from './StudentOfFocusEditor';
import { useItemEditing } from './useItemEditing';
import type { LiveList } from '../collab/useOrderedList';

interface StudentOfFocusItemProps {
  item: StudentOfFocus;
  index: number;
  live: LiveList<StudentOfFocus>;
  canWrite: boolean;
  /** Called after this item is removed, to put focus somewhere sensible. */
  onRemoved: () => void;
}

function Detail({ term, text }: { term: string; text: string }) {
  if (text.trim() === '') return null;
  return (
    <Text style={{ whiteSpace: 'pre-wrap' }}>
      <Text span fw={600}>
        {term}:
      </Text>{' '}
      {text}
    </Text>
  );
}

/** One student or group in focus: read view, or the inline editor. */
export function StudentOfFocusItem({
  item,
  index,
  live,
  canWrite,
  onRemoved,
}: StudentOfFocusItemProps) {
  const { editing, handleDone, actions } = useItemEditing(live, item.id, index, onRemoved);

  return (
    <Paper component="li" withBorder p="md">
      {editing && canWrite ? (
        <StudentOfFocusEditor item={item} live={live} onDone={handleDone} />
      ) : (
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4} style={{ minWidth: 0 }}>
            <Text fw={700} fz="lg">
              {item.label}
            </Text>
            <Detail term="Why in focus" text={item.why} />
            <Detail term="How we hear from them" text={item.hearFrom} />
          </Stack>
          {canWrite && <ItemActions subject={item.label} {...actions} />}
        </Group>
      )}
    </Paper>
  );
}
