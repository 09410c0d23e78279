import { Table, type TableProps } from '@mantine/core';
import type { tallyRows } from './ballotLabels';

interface VoteCountsTableProps {
  rows: ReturnType<typeof tallyRows>;
  maw?: TableProps['maw'];
}

/** Votes per answer, one row an answer, as the live tally and the review show them. */
export function VoteCountsTable({ rows, maw }: VoteCountsTableProps) {
  return (
    <Table aria-label="Votes per answer" verticalSpacing={4} withRowBorders={false} maw={maw}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Answer</Table.Th>
          <Table.Th scope="col" ta="right">
            Votes
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => (
          <Table.Tr key={row.value}>
            <Table.Th scope="row" fw={400}>
              {row.label}
            </Table.Th>
            <Table.Td ta="right">{row.count}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
