import { useDraggable, useDroppable } from '@dnd-kit/core';
import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text } from '@mantine/core';
import { Circle, CircleDot, EyeOff, Ellipsis } from 'lucide-react';
import { useId } from 'react';
import type { PromoteCardInput } from '../../shared/api/runs';
import type { BoardMove, CardGroupView, CardView } from './boardView';
import styles from './run.module.css';
import { plural } from './runLabels';

/** What the person may do with cards here; handlers are absent when they may not. */
export interface CardActions {
  /** Toggles this person's dot on the card. */
  onVote?: (card: CardView) => void;
  /** Whether this person has dots left on the step (removing one is always possible). */
  hasVotesLeft: boolean;
  /** Moves the card into a group, a new one, or out of its group (the keyboard's drag). */
  onMove?: (card: CardView, move: BoardMove) => void;
  /** The step's groups, for "Move to group" (the keyboard way of dragging). */
  groups: readonly Pick<CardGroupView, 'id' | 'title'>[];
  /** Removes the card (its author, or the facilitator for any card). */
  onRemove?: (card: CardView) => void;
  canRemoveAny: boolean;
  /** Makes the card a decision draft or a follow-up of one of `decisions`. */
  onPromote?: (card: CardView, input: PromoteCardInput) => void;
  decisions: { id: string; title: string }[];
}

interface BoardCardProps {
  card: CardView;
  actions: CardActions;
  /** Show the card's column (in a group, cards come from several columns). */
  showColumn?: boolean;
}

/**
 * One compact card: its text (always as text), author or "Anonymous" with your own marked,
 * its dots, and one "More actions" menu: group (the keyboard's way of dragging), turn into a
 * decision draft, a follow-up or evidence, remove. It can be dragged onto another card or a
 * group to group them.
 */
export function BoardCard({ card, actions, showColumn = false }: BoardCardProps) {
  const textId = useId();
  const { onVote, onMove, onRemove, onPromote, canRemoveAny, hasVotesLeft, groups } = actions;
  const canAct = !card.isHidden;
  const canDrag = canAct && onMove !== undefined;
  const drag = useDraggable({ id: `card:${card.id}`, data: { card }, disabled: !canDrag });
  const drop = useDroppable({ id: `card:${card.id}`, data: { card }, disabled: !canDrag });
  // Out of dots: the button stays focusable but inert; "0 votes left" above says why.
  const isVoteInert = !card.hasMyVote && !hasVotesLeft;
  const canRemove = onRemove && (card.isOwn || canRemoveAny);
  const otherGroups = groups.filter((group) => group.id !== card.groupId);
  const hasMenu = canAct && (onMove || canRemove || onPromote);

  return (
    <Paper
      ref={(node) => {
        drag.setNodeRef(node);
        drop.setNodeRef(node);
      }}
      component="article"
      aria-labelledby={textId}
      withBorder
      p="xs"
      radius="md"
      className={styles.card}
      data-own={card.isOwn || undefined}
      data-pending={card.isHidden || undefined}
      data-dragging={drag.isDragging || undefined}
      data-drop-over={(drop.isOver && !drag.isDragging) || undefined}
      {...(canDrag ? drag.listeners : {})}
    >
      <Stack gap={4}>
        <Text id={textId} size="sm" className={styles.cardText}>
          {card.text}
        </Text>
        <Group gap={6} justify="space-between" wrap="nowrap">
          <Text size="xs" c="dimmed" truncate>
            {card.authorName ?? 'Anonymous'}
            {showColumn && ` · ${card.column}`}
          </Text>
          <Group gap={4} wrap="nowrap" className={styles.noShrink}>
            {card.isOwn && (
              <Badge size="xs" variant="light" color="lake">
                You
              </Badge>
            )}
            {canAct && onVote ? (
              <Button
                size="compact-xs"
                variant={card.hasMyVote ? 'filled' : 'default'}
                leftSection={
                  card.hasMyVote ? (
                    <CircleDot size={12} aria-hidden="true" />
                  ) : (
                    <Circle size={12} aria-hidden="true" />
                  )
                }
                aria-label={`${card.hasMyVote ? 'Remove your vote' : 'Vote for this card'} (${plural(card.votes, 'vote')})`}
                aria-disabled={isVoteInert || undefined}
                data-disabled={isVoteInert || undefined}
                onClick={() => !isVoteInert && onVote(card)}
              >
                {card.votes}
              </Button>
            ) : (
              canAct && (
                <Text size="xs" c="dimmed">
                  {plural(card.votes, 'vote')}
                </Text>
              )
            )}
            {hasMenu && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" size="sm" aria-label="More actions">
                    <Ellipsis size={16} aria-hidden="true" />
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  {onMove && otherGroups.length > 0 && <Menu.Label>Move to group</Menu.Label>}
                  {onMove &&
                    otherGroups.map((group) => (
                      <Menu.Item
                        key={group.id}
                        aria-label={`Move to group ${group.title}`}
                        onClick={() =>
                          onMove(card, { type: 'join', groupId: group.id, cardId: card.id })
                        }
                      >
                        {group.title}
                      </Menu.Item>
                    ))}
                  {onMove && (
                    <Menu.Item
                      onClick={() => onMove(card, { type: 'new-group', cardIds: [card.id] })}
                    >
                      Start a new group
                    </Menu.Item>
                  )}
                  {onMove && card.groupId && (
                    <Menu.Item onClick={() => onMove(card, { type: 'take-out', cardId: card.id })}>
                      Take out of group
                    </Menu.Item>
                  )}
                  {onPromote && (
                    <>
                      {onMove && <Menu.Divider />}
                      <Menu.Item onClick={() => onPromote(card, { as: 'decision' })}>
                        Make a decision draft
                      </Menu.Item>
                      {actions.decisions.length > 0 && (
                        <Menu.Label>Add as a follow-up to</Menu.Label>
                      )}
                      {actions.decisions.map((decision) => (
                        <Menu.Item
                          key={decision.id}
                          aria-label={`Add as a follow-up to ${decision.title}`}
                          onClick={() =>
                            onPromote(card, { as: 'follow-up', decisionId: decision.id })
                          }
                        >
                          {decision.title}
                        </Menu.Item>
                      ))}
                      {actions.decisions.length > 0 && <Menu.Label>Add as evidence for</Menu.Label>}
                      {actions.decisions.map((decision) => (
                        <Menu.Item
                          key={`evidence-${decision.id}`}
                          aria-label={`Add as evidence for ${decision.title}`}
                          onClick={() =>
                            onPromote(card, { as: 'evidence', decisionId: decision.id })
                          }
                        >
                          {decision.title}
                        </Menu.Item>
                      ))}
                    </>
                  )}
                  {canRemove && (
                    <>
                      <Menu.Divider />
                      <Menu.Item color="red.9" onClick={() => onRemove(card)}>
                        Remove card
                      </Menu.Item>
                    </>
                  )}
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
        {card.isHidden && (
          <Text size="xs" fs="italic" display="flex" style={{ gap: 6, alignItems: 'center' }}>
            <EyeOff size={12} aria-hidden="true" />
            Only you can see this until the facilitator reveals the cards
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
