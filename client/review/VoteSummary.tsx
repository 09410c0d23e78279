import { Stack, Table, Text } from '@mantine/core';
import type { ReviewDecisionDetail } from '../../shared/api/review';
import { isVotingModel } from '../../shared/decision-log/tally';
import { tallyRows } from '../decisions/ballotLabels';
import { modelLabels } from '../decisions/decisionLabels';

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
          <Table
            aria-label="Votes per answer"
            verticalSpacing={4}
            withRowBorders={false}
            maw="20rem"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Answer</Table.Th>
                <Table.Th scope="col" ta="right">
                  Votes
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tallyRows(tally.model, tally.counts).map((row) => (
                <Table.Tr key={row.value}>
                  <Table.Th scope="row" fw={400}>
                    {row.label}
                  </Table.Th>
                  <Table.Td ta="right">{row.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
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
