import { Alert, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ProtocolStep } from '../../shared/protocol-runs/protocolSchema';
import { useApiAction } from '../forms/useApiAction';
import { AddCardForm } from './AddCardForm';
import type { CardView } from './boardView';
import { cardsOfStep, layOutStep, votesLeft } from './boardView';
import type { CardActions } from './CardItem';
import { CardList } from './CardList';
import { GroupCardsForm } from './GroupCardsForm';
import { plural } from './runLabels';
import { removeCard, removeVote, voteForCard } from './runsApi';
import type { RunView } from './runView';
import { isInProgress } from './runView';

interface StepBoardProps {
  run: RunView;
  step: ProtocolStep;
  /** Cards are added to the step the run is on only. */
  isCurrent: boolean;
}

/** One step's board: its groups, its columns' cards, and the forms to add, vote and group. */
export function StepBoard({ run, step, isCurrent }: StepBoardProps) {
  const { control, board, mine, isParticipant } = run;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const { error, run: call } = useApiAction();
  const cards = cardsOfStep(board, mine, step.id, run.self);
  const layout = layOutStep(step, cards, board);
  const inProgress = isInProgress(control);
  const canAdd = isParticipant && isCurrent && inProgress;
  const canWorkOnCards = isParticipant && inProgress;
  const isHiddenStep = step.collect === 'private' && !control.revealedStepIds.includes(step.id);
  const sharedCount = cards.filter((card) => !card.isHidden).length;
  const left = votesLeft(cards, control.votesPerPerson);

  async function act(action: () => Promise<unknown>) {
    const ok = await call(action);
    if (ok !== undefined) await run.refreshMine();
  }
  const actions: CardActions = {
    canRemoveAny: run.isFacilitator,
    decisions: run.decisions,
    onPromote: isParticipant
      ? (card, input) => void call(() => run.promote(card.id, input))
      : undefined,
    hasVotesLeft: left > 0,
    onVote: canWorkOnCards
      ? (card: CardView) =>
          void act(() =>
            card.hasMyVote
              ? removeVote(run.teamId, run.runId, card.id)
              : voteForCard(run.teamId, run.runId, card.id),
          )
      : undefined,
    onSelect: canWorkOnCards
      ? (card, isSelected) =>
          setSelected((previous) => {
            const next = new Set(previous);
            if (isSelected) next.add(card.id);
            else next.delete(card.id);
            return next;
          })
      : undefined,
    onRemove: isParticipant
      ? (card) => {
          document.getElementById('board-heading')?.focus();
          void act(() => removeCard(run.teamId, run.runId, card.id));
        }
      : undefined,
  };
  const selectedIds = cards.filter((card) => selected.has(card.id)).map((card) => card.id);

  if (step.columns.length === 0 && cards.length === 0) {
    return <Text fs="italic">This step is for discussion: it collects no cards.</Text>;
  }
  return (
    <Stack gap="lg">
      {isHiddenStep && !isCurrent && (
        <Text size="sm" c="dimmed">
          Cards are collected privately: you see only your own until the facilitator reveals them.
        </Text>
      )}
      <p role="status" className="visually-hidden">
        {plural(sharedCount, 'card')} on this step
      </p>
      {canWorkOnCards && sharedCount > 0 && (
        <Text role="status" fw={700} c="lake.9">
          {plural(left, 'vote')} left
        </Text>
      )}
      {error && (
        <Alert color="red" variant="light" title="That did not work">
          {error}
        </Alert>
      )}
      {layout.groups.length > 0 && (
        <Stack component="section" aria-labelledby="groups-heading" gap="sm">
          <Title order={3} id="groups-heading">
            Groups
          </Title>
          {layout.groups.map((group) => (
            <Paper key={group.id} withBorder p="sm" bg="gray.0">
              <Title order={4} mb="xs">
                {group.title}
              </Title>
              <CardList
                label={`Cards in the group ${group.title}`}
                cards={group.cards}
                actions={actions}
                selected={selected}
                showColumn
              />
            </Paper>
          ))}
        </Stack>
      )}
      <SimpleGrid cols={{ base: 1, sm: Math.min(layout.columns.length, 2) }} spacing="lg">
        {layout.columns.map((column, index) => (
          <Stack
            key={column.name}
            component="section"
            aria-labelledby={`column-${index}-heading`}
            gap="sm"
          >
            <Title order={3} id={`column-${index}-heading`}>
              {column.name}
            </Title>
            <CardList
              label={`Cards in ${column.name}`}
              cards={column.cards}
              actions={actions}
              selected={selected}
              emptyText={
                cards.some((card) => card.column === column.name)
                  ? 'All its cards are in groups above.'
                  : 'No cards yet.'
              }
            />
            {canAdd && (
              <AddCardForm
                run={run}
                stepId={step.id}
                column={column.name}
                isPrivate={step.collect === 'private'}
              />
            )}
          </Stack>
        ))}
      </SimpleGrid>
      {canWorkOnCards && sharedCount > 0 && (
        <Paper withBorder p="md">
          <GroupCardsForm
            run={run}
            stepId={step.id}
            selectedIds={selectedIds}
            onGrouped={() => setSelected(new Set())}
          />
        </Paper>
      )}
    </Stack>
  );
}
