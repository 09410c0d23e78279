import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ProtocolListItem } from '../../shared/api/runs';
import { plannedMinutes } from '../../shared/protocol-runs/protocolSchema';
import { formatMinutes, speakingOptions } from './runLabels';

const speakingShort = new Map(speakingOptions.map((o) => [o.value, o.label]));

/** One protocol of the library or the team: its description, roles and steps. */
export function ProtocolCard({
  protocol,
  actions,
}: {
  protocol: ProtocolListItem;
  actions?: ReactNode;
}) {
  const headingId = `protocol-${protocol.id}-heading`;
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder p="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Title order={3} id={headingId}>
              {protocol.name}
            </Title>
            <Group gap="xs">
              <Badge variant="light" c="dark.9">
                {protocol.origin === 'library' ? 'Library' : 'Team copy'}
              </Badge>
              <Text size="sm" c="dimmed">
                {formatMinutes(plannedMinutes(protocol))} planned
                {protocol.roles.length > 0 && ` · Roles: ${protocol.roles.join(', ')}`}
              </Text>
            </Group>
          </Stack>
          {actions && <Group gap="sm">{actions}</Group>}
        </Group>
        {protocol.description && <Text>{protocol.description}</Text>}
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" striped>
            <caption className="visually-hidden">Steps of {protocol.name}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Step</Table.Th>
                <Table.Th scope="col">Minutes</Table.Th>
                <Table.Th scope="col">Who speaks</Table.Th>
                <Table.Th scope="col">Columns</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {protocol.steps.map((step, index) => (
                <Table.Tr key={step.id}>
                  <Table.Th scope="row" fw={500}>
                    {index + 1}. {step.title}
                    {step.collect === 'private' && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        (collected privately)
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>{step.minutes}</Table.Td>
                  <Table.Td>{speakingShort.get(step.speaking)}</Table.Td>
                  <Table.Td>{step.columns.length > 0 ? step.columns.join(', ') : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Paper>
  );
}
