import { Table, Text } from '@mantine/core';
import type { PlanOverview } from '../../../shared/api/plans';
import { actionStatusLabels } from '../../../shared/plans/planRules';
import { formatShortDate } from '../../plans/trackerText';
import styles from './planReport.module.css';
import { ReportTable } from './ReportTable';

/** Action steps past their due date and not done, most overdue first (the server's order). */
export function PlanOverdueTable({ overdue }: { overdue: PlanOverview['overdue'] }) {
  if (overdue.length === 0) return <Text fs="italic">No action step is overdue.</Text>;
  return (
    <ReportTable label="Overdue action steps" minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Action</Table.Th>
          <Table.Th scope="col">Owner</Table.Th>
          <Table.Th scope="col">Due</Table.Th>
          <Table.Th scope="col">Status</Table.Th>
          <Table.Th scope="col">Goal/strategy</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {overdue.map((action) => (
          <Table.Tr key={action.id}>
            <Table.Th scope="row" fw={400} className={styles.wrap}>
              {action.task}
            </Table.Th>
            <Table.Td>{action.ownerName}</Table.Td>
            <Table.Td>{formatShortDate(action.dueDate)}</Table.Td>
            <Table.Td>{actionStatusLabels[action.status]}</Table.Td>
            <Table.Td>{action.place}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ReportTable>
  );
}
