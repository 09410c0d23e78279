import { Paper, Stack, Text, Title } from '@mantine/core';
import type * as Y from 'yjs';
import { SMALL_GROUP, SUPPRESSED_LABEL } from '../../shared/plans/privacy';
import type { CollabSession } from '../collab/openCollabDocument';
import { TrackerTable } from './TrackerTable';
import { useTracker } from './useTracker';

interface TargetTrackerProps {
  teamId: string;
  planId: string;
  planSession: CollabSession;
  actionsDoc: Y.Doc;
}

/**
 * Every measure of the plan, the goals' and their cycles', with its latest value against the
 * aim line: a shared view, so the server leaves out figures about small groups.
 */
export function TargetTracker({ teamId, planId, planSession, actionsDoc }: TargetTrackerProps) {
  const { rows, error } = useTracker(teamId, planId, planSession, actionsDoc);
  const headingId = 'plan-tracker';
  const cyclePath = (cycleId: string) => `/teams/${teamId}/plan/${planId}/cycles/${cycleId}`;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} id={headingId}>
          Target tracker
        </Title>
        <Text size="sm">
          Each measure&apos;s latest value against its aim line. Figures about fewer than{' '}
          {SMALL_GROUP} students show as “{SUPPRESSED_LABEL}”.
        </Text>
        {error && (
          <Text size="sm" c="red.9" role="status">
            {rows ? 'Could not update the tracker' : 'Could not load the tracker'}: {error}
          </Text>
        )}
        {rows === null && !error && (
          <Text size="sm" c="dimmed">
            Loading the tracker…
          </Text>
        )}
        {rows?.length === 0 && (
          <Text size="sm" c="dimmed">
            Nothing to track yet. Each goal&apos;s measure and each cycle&apos;s measures show here
            once they exist.
          </Text>
        )}
        {rows && rows.length > 0 && (
          <TrackerTable rows={rows} labelledBy={headingId} cyclePath={cyclePath} />
        )}
      </Stack>
    </Paper>
  );
}
