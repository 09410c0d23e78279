import { Alert, Button, Center, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { formatDateTime } from '../../app/formatDate';
import { describeActor, describeAuditEvent } from './auditText';
import { useAuditLog } from './useAuditLog';

/** Who changed what in the team, newest first, with older pages on request. */
export function AuditLogSection({ teamId }: { teamId: string }) {
  const log = useAuditLog(teamId);
  const [status, setStatus] = useState('');
  const endRef = useRef<HTMLParagraphElement>(null);

  async function handleOlder() {
    const added = await log.loadOlder();
    setStatus(added === 1 ? 'Loaded 1 older event.' : `Loaded ${added} older events.`);
    // The button goes away at the start of the log: keep the focus nearby.
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) {
        endRef.current?.focus();
      }
    });
  }

  const isFirstLoad = log.isLoading && log.events.length === 0;
  return (
    <Stack component="section" aria-labelledby="audit-heading" gap="sm">
      <Title order={2} size="h3" id="audit-heading">
        Audit log
      </Title>
      <Text>Who changed the team's membership, roles, invites and settings, and when.</Text>
      {isFirstLoad && (
        <Center py="md">
          <Loader aria-label="Loading the audit log" />
        </Center>
      )}
      {!isFirstLoad && log.events.length === 0 && !log.error && <Text>Nothing recorded yet.</Text>}
      {log.events.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table aria-labelledby="audit-heading" verticalSpacing="xs" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">Who</Table.Th>
                <Table.Th scope="col">What</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.events.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                  </Table.Td>
                  <Table.Td>{describeActor(event)}</Table.Td>
                  <Table.Td>{describeAuditEvent(event)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {log.error && (
        <Alert color="red" variant="light" title="Could not load the audit log">
          {log.error}
        </Alert>
      )}
      {log.nextBefore ? (
        <Button
          variant="default"
          loading={log.isLoading}
          onClick={() => void handleOlder()}
          style={{ alignSelf: 'flex-start' }}
        >
          Older events
        </Button>
      ) : (
        log.events.length > 0 && (
          <Text ref={endRef} tabIndex={-1} c="dimmed" size="sm">
            This is the start of the log.
          </Text>
        )
      )}
      <Text role="status" className="visually-hidden">
        {status}
      </Text>
    </Stack>
  );
}
