import { Badge, Group, Table, Text } from '@mantine/core';
import type { FollowUp } from '../../../shared/decisions/decisionDoc';
import { formatCalendarDate } from '../../../shared/time/teamTime';
import { dueNoteOf } from '../followUpDue';
import { followUpStatusLabels } from '../../../shared/decisions/followUpLabels';
import styles from './review.module.css';

interface FollowUpTableProps {
  items: FollowUp[];
  /** Overdue is judged in the team's time zone, at `now`. */
  timeZone: string;
  now: Date;
  /** The table's accessible name. */
  label: string;
}

/** A decision's follow-up actions: task, owner, due date (with an overdue badge), status. */
export function FollowUpTable({ items, timeZone, now, label }: FollowUpTableProps) {
  if (items.length === 0) return <Text fs="italic">No follow-up actions.</Text>;
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table aria-label={label} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Task</Table.Th>
            <Table.Th scope="col">Owner</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const due = dueNoteOf(item, timeZone, now);
            return (
              <Table.Tr key={item.id}>
                <Table.Td className={styles.plainText}>{item.task}</Table.Td>
                <Table.Td>{item.owner || 'No owner yet'}</Table.Td>
                <Table.Td>
                  {item.dueDate ? (
                    <Group gap="xs" wrap="wrap">
                      <span>{formatCalendarDate(item.dueDate)}</span>
                      {due?.badge && (
                        <Badge
                          variant={due.isOverdue ? 'filled' : 'light'}
                          color={due.isOverdue ? 'red.9' : 'gray'}
                          c={due.isOverdue ? 'white' : 'dark.9'}
                        >
                          {due.badge}
                        </Badge>
                      )}
                    </Group>
                  ) : (
                    'No due date'
                  )}
                </Table.Td>
                <Table.Td>{followUpStatusLabels[item.status]}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
