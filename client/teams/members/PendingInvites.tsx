import { Alert, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import type { PendingInvite } from '../../../shared/api/teams';
import { formatDateTime } from '../../app/formatDate';
import { roleLabels } from './roleLabels';

interface PendingInvitesProps {
  invites: PendingInvite[] | null;
  error: string | null;
  onRevoke: (invite: PendingInvite) => Promise<boolean>;
}

/**
 * The rest of the button's name: "Revoke invite for jo@example.org", "Revoke member invite
 * link". Hidden text rather than aria-label, so that looking up the field labelled
 * "Invite link" does not also find these buttons.
 */
function revokeTarget(invite: PendingInvite): string {
  return invite.email
    ? ` invite for ${invite.email}`
    : ` ${roleLabels[invite.role].toLowerCase()} invite link`;
}

/** The invites that still work, each with a button that makes it stop working. */
export function PendingInvites({ invites, error, onRevoke }: PendingInvitesProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');

  async function handleRevoke(invite: PendingInvite) {
    setStatus('');
    if (!(await onRevoke(invite))) return;
    setStatus('Invite revoked: the link no longer works.');
    headingRef.current?.focus();
  }

  return (
    <Stack component="section" aria-labelledby="pending-invites-heading" gap="sm">
      <Title order={3} size="h4" id="pending-invites-heading" ref={headingRef} tabIndex={-1}>
        Pending invites
      </Title>
      <Text role="status" size="sm" fw={600} c="green.9">
        {status}
      </Text>
      {error && (
        <Alert color="red" variant="light" title="Could not update the pending invites">
          {error}
        </Alert>
      )}
      {invites?.length === 0 && <Text c="dimmed">No pending invites.</Text>}
      {invites && invites.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {invites.map((invite) => (
            <Paper component="li" key={invite.id} withBorder p="sm">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap="xs">
                    <Badge variant="light">{roleLabels[invite.role]}</Badge>
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {invite.email ?? 'Anyone with the link'}
                    </Text>
                  </Group>
                  <Text size="sm" c="dimmed">
                    {invite.singleUse ? 'Works once. ' : ''}
                    Expires {formatDateTime(invite.expiresAt)}
                    {invite.createdByName ? `. Created by ${invite.createdByName}.` : '.'}
                  </Text>
                </Stack>
                <Button variant="default" size="sm" onClick={() => void handleRevoke(invite)}>
                  Revoke<span className="visually-hidden">{revokeTarget(invite)}</span>
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
