import { Table, Text } from '@mantine/core';
import type { PlanOverview } from '../../../shared/api/plans';
import { actionStatuses, actionStatusLabels } from '../../../shared/plans/planRules';
import { ReportTable } from './ReportTable';

type PlanActionCountsProps = Pick<PlanOverview, 'actionsByStatus' | 'owners'>;

/** Action steps counted by status, then by owner: a column per status, and the overdue ones. */
export function PlanActionCounts({ actionsByStatus, owners }: PlanActionCountsProps) {
  const total = actionStatuses.reduce((sum, status) => sum + actionsByStatus[status], 0);
  if (total === 0) return <Text fs="italic">No action steps yet.</Text>;
  return (
    <>
      <ReportTable label="Action steps by status" minWidth={240} isCompact>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Action steps</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {actionStatuses.map((status) => (
            <Table.Tr key={status}>
              <Table.Th scope="row" fw={400}>
                {actionStatusLabels[status]}
              </Table.Th>
              <Table.Td>{actionsByStatus[status]}</Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row">All</Table.Th>
            <Table.Td fw={600}>{total}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </ReportTable>
      <ReportTable label="Action steps by owner" minWidth={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Owner</Table.Th>
            {actionStatuses.map((status) => (
              <Table.Th scope="col" key={status}>
                {actionStatusLabels[status]}
              </Table.Th>
            ))}
            <Table.Th scope="col">Overdue</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {owners.map((owner) => (
            <Table.Tr key={owner.ownerId}>
              <Table.Th scope="row" fw={400}>
                {owner.name}
              </Table.Th>
              {actionStatuses.map((status) => (
                <Table.Td key={status}>{owner.byStatus[status]}</Table.Td>
              ))}
              <Table.Td fw={owner.overdue > 0 ? 600 : undefined}>{owner.overdue}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ReportTable>
    </>
  );
}
