import { Anchor, Badge, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { RunListItem } from '../../shared/api/runs';
import { formatDateTime } from '../app/formatDate';
import { runStatusLabels } from './runLabels';

const statusColors = { ready: 'gray', running: 'green', paused: 'orange', ended: 'lake' } as const;

/** The team's runs, newest first, each a link to the run. */
export function RunList({ teamId, runs }: { teamId: string; runs: RunListItem[] }) {
  return (
    <Stack component="section" aria-labelledby="runs-heading" gap="sm">
      <Title order={2} size="h3" id="runs-heading">
        Runs
      </Title>
      {runs.length === 0 ? (
        <Text fs="italic">No protocol runs yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-labelledby="runs-heading" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Title</Table.Th>
                <Table.Th scope="col">Protocol</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
                <Table.Th scope="col">Created</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.map((run) => (
                <Table.Tr key={run.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/teams/${teamId}/runs/${run.id}`} fw={600}>
                      {run.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{run.protocolName}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={statusColors[run.status]} c="dark.9">
                      {runStatusLabels[run.status]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{formatDateTime(run.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
