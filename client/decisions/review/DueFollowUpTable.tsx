import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { DueFollowUp } from '../../../shared/api/review';
import { formatCalendarDate } from '../../../shared/time/teamTime';
import { followUpStatusLabels } from '../../../shared/decisions/followUpLabels';
import styles from './review.module.css';
import { daysLeftLabel } from './reviewLabels';
import { reviewDecisionPath } from './reviewPaths';

interface DueFollowUpTableProps {
  teamId: string;
  /** The id of the heading that names the table. */
  labelledBy: string;
  items: DueFollowUp[];
  /** What to say when there are none. */
  empty: string;
}

/** Follow-ups across decisions: task, owner, due date, days overdue or left, decision, status. */
export function DueFollowUpTable({ teamId, labelledBy, items, empty }: DueFollowUpTableProps) {
  if (items.length === 0) return <Text fs="italic">{empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-labelledby={labelledBy} verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Task</Table.Th>
            <Table.Th scope="col">Owner</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">Days</Table.Th>
            <Table.Th scope="col">Decision</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={`${item.decisionId}/${item.id}`}>
              <Table.Td className={styles.plainText}>{item.task}</Table.Td>
              <Table.Td>{item.owner || 'No owner yet'}</Table.Td>
              <Table.Td>{item.dueDate ? formatCalendarDate(item.dueDate) : 'No due date'}</Table.Td>
              <Table.Td>
                {item.daysLeft < 0 ? (
                  <Badge variant="filled" color="red.9" c="white">
                    {daysLeftLabel(item.daysLeft)}
                  </Badge>
                ) : (
                  daysLeftLabel(item.daysLeft)
                )}
              </Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <Anchor component={Link} to={reviewDecisionPath(teamId, item.decisionId)}>
                  {item.decisionTitle || 'Untitled decision'}
                </Anchor>
              </Table.Td>
              <Table.Td>{followUpStatusLabels[item.status]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
