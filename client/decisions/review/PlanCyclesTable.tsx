import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ReportCycle } from './planReportLabels';
import {
  cycleDatesText,
  cycleDecisionText,
  cycleOutcomeText,
  cycleReportTitle,
} from './planReportLabels';
import styles from './planReport.module.css';
import { liveDecisionPath, planCyclePath } from './reviewPaths';
import { ReportTable } from './ReportTable';

interface PlanCyclesTableProps {
  teamId: string;
  planId: string;
  cycles: ReportCycle[];
}

/** The plan's improvement cycles: each with its dates, its outcome and the decision it made. */
export function PlanCyclesTable({ teamId, planId, cycles }: PlanCyclesTableProps) {
  if (cycles.length === 0) return <Text fs="italic">No improvement cycle yet.</Text>;
  return (
    <ReportTable label="Improvement cycles" minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Cycle</Table.Th>
          <Table.Th scope="col">Dates</Table.Th>
          <Table.Th scope="col">Outcome</Table.Th>
          <Table.Th scope="col">Decision</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {cycles.map((cycle) => (
          <Table.Tr key={cycle.id}>
            <Table.Th scope="row" fw={400} className={styles.wrap}>
              <Anchor component={Link} to={planCyclePath(teamId, planId, cycle.id)}>
                {cycleReportTitle(cycle)}
              </Anchor>
            </Table.Th>
            <Table.Td>{cycleDatesText(cycle)}</Table.Td>
            <Table.Td>{cycleOutcomeText(cycle)}</Table.Td>
            <Table.Td className={styles.wrap}>
              {cycle.decisionId ? (
                <Anchor component={Link} to={liveDecisionPath(teamId, cycle.decisionId)}>
                  {cycleDecisionText(cycle)}
                </Anchor>
              ) : cycle.closedAt === null ? (
                'None yet'
              ) : (
                'None'
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ReportTable>
  );
}
