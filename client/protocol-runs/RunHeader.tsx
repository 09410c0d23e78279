import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { ArrowLeft, MonitorPlay } from 'lucide-react';
import { Link } from 'react-router';
import type { RunControl } from '../../shared/protocol-runs/runControlDoc';
import type { ConnectionState } from '../collab/connectionState';
import { RunConnectionStatus } from './RunConnectionStatus';
import { runStatusLabels } from './runLabels';

interface RunHeaderProps {
  teamId: string;
  runId: string;
  control: RunControl;
  connection: ConnectionState;
}

/** The run's row of the page header: its title (the page's h1), protocol, roles, live status. */
export function RunHeader({ teamId, runId, control, connection }: RunHeaderProps) {
  const { title, protocol, presenter, facilitator, timer } = control;
  return (
    <Stack gap={6} mt="sm">
      <Anchor
        component={Link}
        to={`/teams/${teamId}/runs`}
        size="sm"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}
      >
        <ArrowLeft size={14} aria-hidden="true" />
        All protocol runs
      </Anchor>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Group gap="sm" wrap="wrap" align="baseline">
          <Title order={1} size="h2">
            {title}
          </Title>
          <Badge variant="light" size="lg" c="dark.9">
            {runStatusLabels[timer.status]}
          </Badge>
        </Group>
        <Group gap="md" wrap="wrap">
          <RunConnectionStatus state={connection} />
          <Button
            component="a"
            href={`/teams/${teamId}/runs/${runId}/present`}
            target="_blank"
            rel="noopener"
            variant="default"
            leftSection={<MonitorPlay size={16} aria-hidden="true" />}
          >
            Open presentation view
            <span className="visually-hidden"> (opens in a new tab)</span>
          </Button>
        </Group>
      </Group>
      <Text size="sm" c="dimmed">
        {protocol.name} · Facilitator: {facilitator.name}
        {presenter && ` · Presenter: ${presenter}`}
      </Text>
    </Stack>
  );
}
