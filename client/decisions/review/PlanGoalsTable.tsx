import { Table, Text } from '@mantine/core';
import type { ReportGoal } from './planReportLabels';
import {
  goalLatestText,
  goalReportTitle,
  goalStandingText,
  goalTargetText,
} from './planReportLabels';
import styles from './planReport.module.css';
import { ReportTable } from './ReportTable';

/** Each goal's measure, its latest value and target, and where it stands, in words. */
export function PlanGoalsTable({ goals }: { goals: ReportGoal[] }) {
  if (goals.length === 0) return <Text fs="italic">No goals yet.</Text>;
  return (
    <ReportTable label="Goals" minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Goal</Table.Th>
          <Table.Th scope="col">Measure</Table.Th>
          <Table.Th scope="col">Latest</Table.Th>
          <Table.Th scope="col">Target</Table.Th>
          <Table.Th scope="col">Standing</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {goals.map((goal) => {
          const latest = goalLatestText(goal);
          return (
            <Table.Tr key={goal.id}>
              <Table.Th scope="row" fw={600} className={styles.wrap}>
                {goalReportTitle(goal)}
              </Table.Th>
              <Table.Td className={styles.wrap}>{goal.measure.trim() || 'No measure yet'}</Table.Td>
              <Table.Td>
                {latest.figure}
                {latest.date && (
                  <Text size="xs" c="dimmed">
                    {latest.date}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{goalTargetText(goal)}</Table.Td>
              <Table.Td>{goalStandingText(goal)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ReportTable>
  );
}
