import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Lock, Vote } from 'lucide-react';
import { useRef } from 'react';
import { isVotingModel } from '../../shared/decisions/tally';
import { formatMoment } from '../../shared/time/teamTime';
import { useApiAction } from '../forms/useApiAction';
import { BallotButtons } from './BallotButtons';
import { voteControlsFor } from './decisionActions';
import { closeVote, openVote } from './decisionsApi';
import type { DecisionView } from './decisionView';
import { useMyVote } from './useMyVote';
import { VoteTally } from './VoteTally';

/**
 * The live vote of a voting model: facilitators open and close it, each participant casts and
 * changes their own ballot while it is open, and everyone sees the tally the server counts.
 */
export function VoteSection({ view }: { view: DecisionView }) {
  const { team, decisionId, fields, status, canWrite } = view;
  const { vote } = status;
  const controls = voteControlsFor(team.role, fields, status);
  const canBallot = controls.canBallot && canWrite && vote !== null && isVotingModel(vote.model);
  const mine = useMyVote(team.id, decisionId, {
    isEnabled: canBallot,
    round: vote?.round ?? null,
    isOpen: vote?.open ?? false,
  });
  const command = useApiAction();
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function handleCommand(send: (teamId: string, decisionId: string) => Promise<void>) {
    const done = await command.run(async () => {
      await send(team.id, decisionId);
      return true;
    });
    // The button pressed gives way to the other one: keep the keyboard focus in the section.
    if (done) headingRef.current?.focus();
  }

  if (!isVotingModel(fields.model) && !vote) return null;
  const timeZone = team.timeZone;

  return (
    <Stack component="section" aria-labelledby="decision-vote-heading" gap="md">
      <Title order={2} id="decision-vote-heading" ref={headingRef} tabIndex={-1}>
        Vote
      </Title>
      <Text role="status" aria-live="polite">
        {!vote
          ? 'No vote yet. A facilitator opens it when the discussion is done.'
          : vote.open
            ? `Round ${vote.round} is open: ${vote.openedByName} opened it at ${formatMoment(vote.openedAt, timeZone)}.`
            : `Round ${vote.round} closed${vote.closedAt ? ` at ${formatMoment(vote.closedAt, timeZone)}` : ''}.`}
      </Text>
      {(controls.canOpen || controls.canClose) && (
        <Group gap="sm">
          {controls.canOpen && (
            <Button
              leftSection={<Vote size={16} aria-hidden="true" />}
              loading={command.pending}
              onClick={() => void handleCommand(openVote)}
            >
              Open vote
            </Button>
          )}
          {controls.canClose && (
            <Button
              leftSection={<Lock size={16} aria-hidden="true" />}
              loading={command.pending}
              onClick={() => void handleCommand(closeVote)}
            >
              Close vote
            </Button>
          )}
        </Group>
      )}
      {controls.canOpen && vote && !vote.open && (
        <Text size="sm" c="dimmed">
          Opening the vote again starts round {vote.round + 1}; everyone votes afresh.
        </Text>
      )}
      {command.error && (
        <Alert color="red" variant="light" title="The vote did not change">
          {command.error}
        </Alert>
      )}
      {canBallot && isVotingModel(vote.model) && (
        <BallotButtons
          model={vote.model}
          value={mine.value}
          isPending={mine.isPending}
          onCast={(value) => void mine.cast(value)}
        />
      )}
      {mine.error && (
        <Alert color="red" variant="light" title="Your vote was not recorded">
          {mine.error}
        </Alert>
      )}
      {vote && <VoteTally vote={vote} />}
    </Stack>
  );
}
