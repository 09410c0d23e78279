import { Stack, Text } from '@mantine/core';
import type { CardView } from './boardView';
import type { CardActions } from './CardItem';
import { CardItem } from './CardItem';

interface CardListProps {
  /** Names the list, e.g. "Cards in Warm feedback". */
  label: string;
  cards: CardView[];
  actions: CardActions;
  selected: ReadonlySet<string>;
  showColumn?: boolean;
  /** Shown instead of an empty list. */
  emptyText?: string;
}

/** A list of cards (a column's or a group's). */
export function CardList({
  label,
  cards,
  actions,
  selected,
  showColumn,
  emptyText,
}: CardListProps) {
  if (cards.length === 0) {
    return emptyText ? (
      <Text size="sm" c="dimmed" fs="italic">
        {emptyText}
      </Text>
    ) : null;
  }
  return (
    <Stack component="ul" aria-label={label} gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
      {cards.map((card) => (
        <li key={card.id}>
          <CardItem
            card={card}
            actions={actions}
            isSelected={selected.has(card.id)}
            showColumn={showColumn}
          />
        </li>
      ))}
    </Stack>
  );
}
