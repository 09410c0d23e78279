import { List, Text } from '@mantine/core';
import type { DecisionChange } from '../../../shared/api/decisions';
import { formatMoment } from '../../../shared/time/teamTime';
import { describeField, describeValue, type ChangeNames } from '../changeText';

interface ChangeListProps {
  changes: DecisionChange[];
  timeZone: string;
  names: ChangeNames;
}

/** Who changed which field and when (in the team's zone), with the value before and after. */
export function ChangeList({ changes, timeZone, names }: ChangeListProps) {
  if (changes.length === 0) return <Text fs="italic">No changes recorded.</Text>;
  return (
    <List aria-label="Changes, newest first" spacing="sm" listStyleType="none" p={0}>
      {changes.map((change) => (
        <List.Item key={change.id}>
          <Text size="sm" c="dimmed">
            {change.byName ?? 'Someone'},{' '}
            <time dateTime={change.at}>{formatMoment(change.at, timeZone)}</time>
          </Text>
          <Text style={{ overflowWrap: 'anywhere' }}>
            <Text component="span" fw={600}>
              {describeField(change.field)}:
            </Text>{' '}
            {describeValue(change.field, change.before, names)} →{' '}
            {describeValue(change.field, change.after, names)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
