import { Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { EyeOff, Trash2, Vote } from 'lucide-react';
import { useId } from 'react';
import type { PromoteCardInput } from '../../shared/api/runs';
import type { CardView } from './boardView';
import { PromoteCardMenu } from './PromoteCardMenu';
import styles from './run.module.css';
import { plural } from './runLabels';

/** What the person may do with cards here; handlers are absent when they may not. */
export interface CardActions {
  /** Toggles this person's dot on the card. */
  onVote?: (card: CardView) => void;
  /** Selects the card for "Group selected cards". */
  onSelect?: (card: CardView, isSelected: boolean) => void;
  /** Removes the card (its author, or the facilitator for any card). */
  onRemove?: (card: CardView) => void;
  canRemoveAny: boolean;
  /** Whether this person has dots left on the step (removing one is always possible). */
  hasVotesLeft: boolean;
  /** Makes the card a decision draft or a follow-up of one of `decisions`. */
  onPromote?: (card: CardView, input: PromoteCardInput) => void;
  decisions: { id: string; title: string }[];
}

interface CardItemProps {
  card: CardView;
  actions: CardActions;
  isSelected: boolean;
  /** Show the card's column (in a group, cards come from several columns). */
  showColumn?: boolean;
}

function bylineOf(card: CardView): string {
  const name = card.authorName ?? 'Anonymous';
  return card.isOwn ? `${name} (you)` : name;
}

/** One card: its text (always as text), author or "Anonymous", dots, and its actions. */
export function CardItem({ card, actions, isSelected, showColumn = false }: CardItemProps) {
  const textId = useId();
  const { onVote, onSelect, onRemove, onPromote, canRemoveAny, hasVotesLeft } = actions;
  // Out of dots: the button stays focusable but inert; "0 votes left" above says why.
  const isVoteInert = !card.hasMyVote && !hasVotesLeft;
  const canAct = !card.isHidden;
  const canRemove = onRemove && (card.isOwn || canRemoveAny);
  return (
    <Paper
      component="article"
      aria-labelledby={textId}
      withBorder
      p="sm"
      radius="md"
      className={card.isHidden ? styles.cardPending : undefined}
      bg={isSelected ? 'lake.0' : undefined}
    >
      <Stack gap={6}>
        <Text id={textId} className={styles.cardText}>
          {card.text}
        </Text>
        <Text size="sm" c="dimmed">
          {bylineOf(card)}
          {showColumn && ` · ${card.column}`}
          {canAct && ` · ${plural(card.votes, 'vote')}`}
        </Text>
        {card.isHidden && (
          <Text size="sm" fs="italic" display="flex" style={{ gap: 6, alignItems: 'center' }}>
            <EyeOff size={14} aria-hidden="true" />
            Only you can see this until the facilitator reveals the cards
          </Text>
        )}
        <Group gap="xs" wrap="wrap">
          {canAct && onSelect && (
            <Checkbox
              size="sm"
              label="Select for grouping"
              checked={isSelected}
              onChange={(event) => onSelect(card, event.currentTarget.checked)}
            />
          )}
          {canAct && onVote && (
            <Button
              size="compact-sm"
              variant={card.hasMyVote ? 'filled' : 'light'}
              leftSection={<Vote size={14} aria-hidden="true" />}
              aria-disabled={isVoteInert || undefined}
              data-disabled={isVoteInert || undefined}
              onClick={() => !isVoteInert && onVote(card)}
            >
              {card.hasMyVote ? 'Remove your vote' : 'Vote for this card'}
            </Button>
          )}
          {canAct && onPromote && (
            <PromoteCardMenu
              decisions={actions.decisions}
              onPromote={(input) => onPromote(card, input)}
            />
          )}
          {canRemove && (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              c="red.9"
              leftSection={<Trash2 size={14} aria-hidden="true" />}
              onClick={() => onRemove(card)}
            >
              Remove card
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
