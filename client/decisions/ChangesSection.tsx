import { Center, List, Loader, Stack, Text, Title } from '@mantine/core';
import { formatMoment } from '../../shared/time/teamTime';
import { LoadErrorAlert } from '../versions/LoadErrorAlert';
import type { ChangeNames } from './changeText';
import { describeChange } from './changeText';
import type { ChangesState } from './useDecisionChanges';

interface ChangesSectionProps {
  changeLog: ChangesState & { refresh: () => Promise<void> };
  timeZone: string;
  names: ChangeNames;
}

/** Who changed what and when, newest first; values are shown as short plain text. */
export function ChangesSection({ changeLog, timeZone, names }: ChangesSectionProps) {
  const { changes, isLoading, error, refresh } = changeLog;
  const isFirstLoad = isLoading && changes.length === 0;

  return (
    <Stack component="section" aria-labelledby="decision-history-heading" gap="sm">
      <Title order={2} id="decision-history-heading">
        Change history
      </Title>
      {isFirstLoad && (
        <Center py="md">
          <Loader size="sm" aria-label="Loading the change history" />
        </Center>
      )}
      {!isFirstLoad && changes.length === 0 && !error && (
        <Text fs="italic">No changes recorded yet.</Text>
      )}
      {changes.length > 0 && (
        <List aria-label="Changes, newest first" spacing="xs" listStyleType="none" p={0}>
          {changes.map((change) => (
            <List.Item key={change.id}>
              <Text size="sm" c="dimmed">
                {change.byName ?? 'Someone'},{' '}
                <time dateTime={change.at}>{formatMoment(change.at, timeZone)}</time>
              </Text>
              <Text style={{ overflowWrap: 'anywhere' }}>{describeChange(change, names)}</Text>
            </List.Item>
          ))}
        </List>
      )}
      {error && (
        <LoadErrorAlert
          title="Could not load the change history"
          error={error}
          onRetry={() => void refresh()}
        />
      )}
    </Stack>
  );
}
