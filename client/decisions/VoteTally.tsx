import { Paper, Stack, Text, Title } from '@mantine/core';
import type { VoteState } from '../../shared/decisions/decisionStatusDoc';
import { isVotingModel } from '../../shared/decisions/tally';
import { tallyRows, verdictOf } from './ballotLabels';
import { VoteCountsTable } from './VoteCountsTable';

/** Everyone's view of the vote: counts per answer, who voted (not what), and the verdict. */
export function VoteTally({ vote }: { vote: VoteState }) {
  const { tally, voters } = vote;
  const rows = isVotingModel(tally.model) ? tallyRows(tally.model, tally.counts) : [];
  const names = voters.map((voter) => voter.name).join(', ');

  return (
    <Paper role="region" aria-labelledby="vote-tally-heading" withBorder p="md" radius="md">
      <Stack gap="sm">
        <Title order={3} id="vote-tally-heading" size="h4">
          Vote tally
        </Title>
        <VoteCountsTable rows={rows} />
        <Text>
          {tally.voters === 1 ? '1 person voted' : `${tally.voters} people voted`}
          {names && `: ${names}`}
        </Text>
        <Text fw={700} c={tally.passes ? 'green.9' : 'orange.9'}>
          {verdictOf(vote)}
        </Text>
      </Stack>
    </Paper>
  );
}
