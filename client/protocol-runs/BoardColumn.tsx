import { useDroppable } from '@dnd-kit/core';
import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { BoardCard, type CardActions } from './BoardCard';
import type { CardView } from './boardView';
import styles from './run.module.css';

interface BoardColumnProps {
  name: string;
  /** For an earlier step's column shown here: that step's title. */
  from?: string;
  /** The heading's id, for the section's name. */
  headingId: string;
  cards: CardView[];
  actions: CardActions;
  /** The quick-add field, at the top where it is always in reach. */
  addCard?: ReactNode;
  /** Whether cards of this column are grouped elsewhere on the board. */
  hasGroupedCards: boolean;
  /** Drops here take a card out of its group (absent when nobody may group). */
  isDropTarget: boolean;
}

/** One column of a step's board: its name, the quick-add field, then its ungrouped cards. */
export function BoardColumn({
  name,
  from,
  headingId,
  cards,
  actions,
  addCard,
  hasGroupedCards,
  isDropTarget,
}: BoardColumnProps) {
  const { setNodeRef, isOver } = useDroppable({
    id: `column:${from ? `${from}:` : ''}${name}`,
    data: { column: name },
    disabled: !isDropTarget,
  });
  return (
    <Stack
      ref={setNodeRef}
      component="section"
      aria-labelledby={headingId}
      gap="xs"
      className={styles.column}
      data-drop-over={isOver || undefined}
    >
      <Title order={3} size="h4" id={headingId}>
        {name}{' '}
        <Text span c="dimmed" fw={400} size="sm">
          ({cards.length})
        </Text>
      </Title>
      {from && (
        <Text size="xs" c="dimmed" mt={-6}>
          Collected in “{from}”
        </Text>
      )}
      {addCard}
      {cards.length === 0 ? (
        <Text size="sm" c="dimmed" fs="italic">
          {hasGroupedCards ? 'All its cards are in groups.' : 'No cards yet.'}
        </Text>
      ) : (
        <Stack
          component="ul"
          aria-label={`Cards in ${name}`}
          gap={6}
          m={0}
          p={0}
          style={{ listStyle: 'none' }}
        >
          {cards.map((card) => (
            <li key={card.id}>
              <BoardCard card={card} actions={actions} />
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
