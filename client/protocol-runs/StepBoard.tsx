import type {
  Announcements,
  CollisionDetection,
  DragEndEvent,
  DragStartEvent,
} from '@dnd-kit/core';
import {
  DndContext,
  DragOverlay,
  MouseSensor,
  pointerWithin,
  rectIntersection,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ArrowDownWideNarrow } from 'lucide-react';
import { useState } from 'react';
import type { ProtocolStep } from '../../shared/protocol-runs/protocolSchema';
import { shownColumns } from '../../shared/protocol-runs/shownColumns';
import { useApiAction } from '../forms/useApiAction';
import type { CardActions } from './BoardCard';
import { BoardColumn } from './BoardColumn';
import { BoardGroup } from './BoardGroup';
import type { BoardMove, CardGroupView, CardView, DropTarget } from './boardView';
import { cardsOfStep, layOutStep, moveForDrop, votesLeft } from './boardView';
import { QuickAddCard } from './QuickAddCard';
import styles from './run.module.css';
import { plural } from './runLabels';
import {
  groupCards,
  moveCardsToGroup,
  removeCard,
  removeVote,
  renameGroup,
  takeCardOutOfGroup,
  ungroup,
  voteForCard,
} from './runsApi';
import type { RunView } from './runView';
import { isInProgress } from './runView';

interface StepBoardProps {
  run: RunView;
  step: ProtocolStep;
  /** The step's place in the protocol, for the earlier columns it shows. */
  stepIndex: number;
  /** Cards are added to the step the run is on only. */
  isCurrent: boolean;
}

/** The name a new group gets until someone names it (its name field opens at once). */
const NEW_GROUP_TITLE = 'New group';

/** Cards win over the group or column they sit in: the drop goes where the pointer is. */
const innermostFirst: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  const found = hits.length > 0 ? hits : rectIntersection(args);
  const rank = (id: string | number) => {
    const kind = String(id).split(':')[0];
    return kind === 'card' ? 0 : kind === 'group' ? 1 : 2;
  };
  return [...found].sort((a, b) => rank(a.id) - rank(b.id));
};

function targetOf(id: string | number): DropTarget | null {
  const [kind, ...rest] = String(id).split(':');
  const value = rest.join(':');
  if (kind === 'card') return { kind: 'card', cardId: value };
  if (kind === 'group') return { kind: 'group', groupId: value };
  if (kind === 'column') return { kind: 'column', column: value };
  return null;
}

function quoted(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `“${short}”`;
}

/**
 * One step's board, as people know it from Mural or FigJam: the step's columns side by side
 * with a quick-add field at the top of each, groups in a column beside them, compact cards.
 * Dragging a card onto another card or a group groups them (affinity mapping); every card's
 * "More actions" does the same by keyboard, and each move is announced. The server decides
 * everything: the board changes when the shared board document does.
 */
export function StepBoard({ run, step, stepIndex, isCurrent }: StepBoardProps) {
  const { control, board, mine, isParticipant } = run;
  const [sortByVotes, setSortByVotes] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [namingGroupId, setNamingGroupId] = useState<string | null>(null);
  const [dragged, setDragged] = useState<CardView | null>(null);
  const { error, run: call } = useApiAction();
  const cards = cardsOfStep(board, mine, step.id, run.self);
  const layout = layOutStep(step, cards, board, { sortByVotes });
  const inProgress = isInProgress(control);
  const canAdd = isParticipant && isCurrent && inProgress;
  const canWorkOnCards = isParticipant && inProgress;
  const isHiddenStep = step.collect === 'private' && !control.revealedStepIds.includes(step.id);
  const sharedCount = cards.filter((card) => !card.isHidden).length;
  const left = votesLeft(cards, control.votesPerPerson);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    // On a phone a short press scrolls; a long press picks the card up.
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );

  async function act<T>(action: () => Promise<T>, done?: string): Promise<T | undefined> {
    const ok = await call(action);
    if (ok === undefined) return undefined;
    if (done) setAnnouncement(done);
    await run.refreshMine();
    return ok;
  }

  const titleOf = (groupId: string) =>
    layout.groups.find((group) => group.id === groupId)?.title ?? 'the group';

  async function applyMove(move: BoardMove, card: CardView) {
    const { teamId, runId } = run;
    switch (move.type) {
      case 'new-group': {
        const created = await act(
          () =>
            groupCards(teamId, runId, {
              stepId: step.id,
              title: NEW_GROUP_TITLE,
              cardIds: move.cardIds,
            }),
          `New group with ${plural(move.cardIds.length, 'card')}. Name it in the field that opened.`,
        );
        if (created) setNamingGroupId(created.id);
        return;
      }
      case 'join':
        await act(
          () => moveCardsToGroup(teamId, runId, move.groupId, [move.cardId]),
          `${quoted(card.text)} moved to the group ${titleOf(move.groupId)}.`,
        );
        return;
      case 'take-out':
        await act(
          () => takeCardOutOfGroup(teamId, runId, move.cardId),
          `${quoted(card.text)} is back in ${card.column}.`,
        );
    }
  }

  const actions: CardActions = {
    canRemoveAny: run.isFacilitator,
    decisions: run.decisions,
    groups: layout.groups,
    onPromote: isParticipant
      ? (card, input) => void call(() => run.promote(card.id, input))
      : undefined,
    hasVotesLeft: left > 0,
    onVote: canWorkOnCards
      ? (card) =>
          void act(() =>
            card.hasMyVote
              ? removeVote(run.teamId, run.runId, card.id)
              : voteForCard(run.teamId, run.runId, card.id),
          )
      : undefined,
    onMove: canWorkOnCards ? (card, move) => void applyMove(move, card) : undefined,
    onRemove: isParticipant
      ? (card) => {
          document.getElementById('board-heading')?.focus();
          void act(() => removeCard(run.teamId, run.runId, card.id), 'Card removed.');
        }
      : undefined,
  };

  const onRename = canWorkOnCards
    ? async (group: CardGroupView, title: string) => {
        const ok = await act(
          () => renameGroup(run.teamId, run.runId, group.id, title),
          `Group renamed ${quoted(title)}.`,
        );
        if (ok !== undefined && namingGroupId === group.id) setNamingGroupId(null);
        return ok !== undefined;
      }
    : undefined;
  const onUngroup = canWorkOnCards
    ? (group: CardGroupView) => {
        document.getElementById('board-heading')?.focus();
        void act(
          () => ungroup(run.teamId, run.runId, group.id),
          `${quoted(group.title)} ungrouped: its cards are back in their columns.`,
        );
      }
    : undefined;

  function handleDragStart(event: DragStartEvent) {
    const card = (event.active.data.current as { card?: CardView } | undefined)?.card;
    setDragged(card ?? null);
  }
  function handleDragEnd(event: DragEndEvent) {
    setDragged(null);
    const card = (event.active.data.current as { card?: CardView } | undefined)?.card;
    const target = event.over ? targetOf(event.over.id) : null;
    if (!card || !target) return;
    const move = moveForDrop(card, target, cards);
    if (move) void applyMove(move, card);
  }
  const describe = (id: string | number) => {
    const target = targetOf(id);
    if (!target) return 'the board';
    if (target.kind === 'card') {
      return `the card ${quoted(cards.find((card) => card.id === target.cardId)?.text ?? '')}`;
    }
    return target.kind === 'group' ? `the group ${titleOf(target.groupId)}` : target.column;
  };
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${describe(active.id)}.`,
    onDragOver: ({ over }) => (over ? `Over ${describe(over.id)}.` : 'Over no group.'),
    onDragEnd: ({ over }) => (over ? `Dropped on ${describe(over.id)}.` : 'Put back.'),
    onDragCancel: () => 'Put back.',
  };

  // A step that shares or discusses what an earlier one collected shows those cards, to read,
  // vote on where they were collected, and turn into decisions.
  const shown = shownColumns(control.protocol, stepIndex).map((source) => ({
    ...source,
    cards: cardsOfStep(board, mine, source.stepId, run.self).filter(
      (card) => card.column === source.column && !card.isHidden,
    ),
  }));
  const shownActions: CardActions = {
    ...actions,
    onVote: undefined,
    onMove: undefined,
    onRemove: undefined,
    groups: [],
  };
  const columnCount = layout.columns.length + shown.length;

  if (columnCount === 0 && cards.length === 0) {
    return <Text fs="italic">This step is for discussion: it collects no cards.</Text>;
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={innermostFirst}
      onDragStart={handleDragStart}
      onDragEnd={handleDragEnd}
      onDragCancel={() => setDragged(null)}
      accessibility={{
        announcements,
        screenReaderInstructions: {
          draggable:
            'To group this card by keyboard, open its More actions menu and choose a group.',
        },
      }}
    >
      <Stack gap="sm">
        {isHiddenStep && !isCurrent && (
          <Text size="sm" c="dimmed">
            Cards are collected privately: you see only your own until the facilitator reveals them.
          </Text>
        )}
        <p role="status" className="visually-hidden">
          {plural(sharedCount, 'card')} on this step
        </p>
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        {sharedCount > 0 && (
          <Group justify="space-between" gap="sm" wrap="wrap">
            {canWorkOnCards ? (
              <Text role="status" fw={700} c="lake.9">
                {plural(left, 'vote')} left
                <Text span c="dimmed" fw={400} size="sm">
                  {' '}
                  of {control.votesPerPerson}
                </Text>
              </Text>
            ) : (
              <span />
            )}
            <Button
              size="compact-sm"
              variant={sortByVotes ? 'filled' : 'default'}
              aria-pressed={sortByVotes}
              leftSection={<ArrowDownWideNarrow size={14} aria-hidden="true" />}
              onClick={() => setSortByVotes((value) => !value)}
            >
              Sort by votes
            </Button>
          </Group>
        )}
        {error && (
          <Alert color="red" variant="light" title="That did not work">
            {error}
          </Alert>
        )}
        <div className={styles.columns}>
          {layout.columns.map((column, index) => (
            <BoardColumn
              key={column.name}
              name={column.name}
              headingId={`column-${index}-heading`}
              cards={column.cards}
              actions={actions}
              hasGroupedCards={cards.some((card) => card.column === column.name)}
              isDropTarget={canWorkOnCards}
              addCard={
                canAdd && step.columns.includes(column.name) ? (
                  <QuickAddCard
                    run={run}
                    stepId={step.id}
                    column={column.name}
                    isPrivate={step.collect === 'private'}
                  />
                ) : undefined
              }
            />
          ))}
          {shown.map((source, index) => (
            <BoardColumn
              key={`${source.stepId}:${source.column}`}
              name={source.column}
              from={source.stepTitle}
              headingId={`shown-${index}-heading`}
              cards={source.cards}
              actions={shownActions}
              hasGroupedCards={false}
              isDropTarget={false}
            />
          ))}
          {layout.groups.length > 0 && (
            <Stack
              component="section"
              aria-labelledby="groups-heading"
              gap="xs"
              className={styles.column}
            >
              <Title order={3} size="h4" id="groups-heading">
                Groups{' '}
                <Text span c="dimmed" fw={400} size="sm">
                  ({layout.groups.length})
                </Text>
              </Title>
              {layout.groups.map((group) => (
                <BoardGroup
                  key={group.id}
                  group={group}
                  actions={actions}
                  onRename={onRename}
                  onUngroup={onUngroup}
                  startRenaming={namingGroupId === group.id}
                />
              ))}
            </Stack>
          )}
        </div>
      </Stack>
      <DragOverlay dropAnimation={null}>
        {dragged && (
          <Paper withBorder shadow="md" p="xs" radius="md" className={styles.dragOverlay}>
            <Text size="sm" className={styles.cardText}>
              {dragged.text}
            </Text>
          </Paper>
        )}
      </DragOverlay>
    </DndContext>
  );
}
