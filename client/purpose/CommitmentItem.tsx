import { Group, Paper, Text } from '@mantine/core';
import type { Commitment } from '../../shared/purpose/purposeDoc';
import { CommitmentEditor } from './CommitmentEditor';
import { ItemActions } from './ItemActions';
import { useItemEditing } from './useItemEditing';
import type { LiveList } from '../collab/useOrderedList';

interface CommitmentItemProps {
  item: Commitment;
  index: number;
  live: LiveList<Commitment>;
  canWrite: boolean;
  onRemoved: () => void;
}

/** Button names quote the commitment; long ones are cut so names stay readable. */
function subjectOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** One commitment or norm: its text, or the inline editor. */
export function CommitmentItem({ item, index, live, canWrite, onRemoved }: CommitmentItemProps) {
  const { editing, handleDone, actions } = useItemEditing(live, item.id, index, onRemoved);

  return (
    <Paper component="li" withBorder p="md">
      {editing && canWrite ? (
        <CommitmentEditor item={item} live={live} onDone={handleDone} />
      ) : (
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text style={{ whiteSpace: 'pre-wrap', minWidth: 0 }}>{item.text}</Text>
          {canWrite && <ItemActions subject={subjectOf(item.text)} {...actions} />}
        </Group>
      )}
    </Paper>
  );
}
