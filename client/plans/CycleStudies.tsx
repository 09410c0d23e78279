import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { Play } from 'lucide-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ProtocolListItem } from '../../shared/api/runs';
import { formatMoment } from '../../shared/time/teamTime';
import { useApiAction } from '../forms/useApiAction';
import { StartRunDialog } from '../protocol-runs/StartRunDialog';
import { listProtocols } from '../protocol-runs/runsApi';
import type { CycleContext } from './cycleContext';
import { cycleTitle } from './cycleLabels';

/**
 * The protocol runs that studied the cycle's data (Notice and Wonder, ATLAS… on its run
 * charts), and, for facilitators while the cycle is open, a way to start one.
 */
export function CycleStudies({
  context,
  canFacilitate,
}: {
  context: CycleContext;
  canFacilitate: boolean;
}) {
  const navigate = useNavigate();
  const [protocols, setProtocols] = useState<ProtocolListItem[] | null>(null);
  const { pending, error, run } = useApiAction();
  const { studies } = context.record;
  const openDialog = () => void run(async () => setProtocols(await listProtocols(context.teamId)));

  return (
    <Stack gap="xs">
      {studies.length > 0 && (
        <List spacing={4} size="sm" aria-label="Protocol runs on this cycle's data">
          {studies.map((study) => (
            <List.Item key={study.id}>
              <Anchor component={Link} to={`/teams/${context.teamId}/runs/${study.id}`}>
                {study.title}
              </Anchor>{' '}
              <Text span size="sm" c="gray.7">
                started {formatMoment(study.createdAt, context.timeZone)}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {canFacilitate && context.isOpen && (
        <Button
          variant="default"
          leftSection={<Play size={16} aria-hidden="true" />}
          loading={pending}
          onClick={openDialog}
          style={{ alignSelf: 'flex-start' }}
        >
          Study the data in a protocol run
        </Button>
      )}
      {error && (
        <Alert color="red" role="alert" py="xs">
          {error}
        </Alert>
      )}
      {protocols && (
        <StartRunDialog
          teamId={context.teamId}
          cycleId={context.cycleId}
          protocols={protocols}
          defaultTitle={`Study of ${cycleTitle(context.number, context.fields.changeIdea)}`}
          onClose={() => setProtocols(null)}
          onCreated={(runId) => navigate(`/teams/${context.teamId}/runs/${runId}`)}
        />
      )}
    </Stack>
  );
}
