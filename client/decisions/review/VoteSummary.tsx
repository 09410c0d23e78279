import { Stack, Text } from '@mantine/core';
import type { ReviewDecisionDetail } from '../../../shared/api/review';
import { isVotingModel } from '../../../shared/decisions/tally';
import { tallyRows } from '../ballotLabels';
import { modelLabels } from '../../../shared/decisions/decisionLabels';
import { VoteCountsTable } from '../VoteCountsTable';

type VoteSummaryProps = Pick<ReviewDecisionDetail, 'model' | 'tally' | 'voters'>;

/** How the team decided: the model, and for voting models the counts, who voted and the verdict. */
export function VoteSummary({ model, tally, voters }: VoteSummaryProps) {
  return (
    <Stack gap="sm">
      <Text>
        {model
          ? `${modelLabels[model].label}: ${modelLabels[model].description}`
          : 'No decision-making model was declared.'}
      </Text>
      {tally && isVotingModel(tally.model) ? (
        <>
          <VoteCountsTable rows={tallyRows(tally.model, tally.counts)} maw="20rem" />
          <Text>
            {tally.voters === 1 ? '1 person voted' : `${tally.voters} people voted`}
            {voters.length > 0 && `: ${voters.join(', ')}`}
          </Text>
          <Text fw={700} c={tally.passes ? 'green.9' : 'orange.9'}>
            {tally.passes ? 'Passed' : 'Did not pass'}: {tally.reason}
          </Text>
        </>
      ) : (
        <Text fs="italic">No vote was recorded.</Text>
      )}
    </Stack>
  );
}
