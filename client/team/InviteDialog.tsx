import {
  Alert,
  Button,
  CopyButton,
  Modal,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import type { InviteResponse } from '../../shared/api/teams';
import { createInviteInput } from '../../shared/api/teams';
import { createInvite } from '../api/teamsApi';
import { useApiAction } from '../forms/useApiAction';

type InviteRole = 'member' | 'facilitator' | 'viewer';

const roleOptions = [
  { value: 'member', label: 'Member: edits the purpose, notes and boards' },
  { value: 'facilitator', label: 'Facilitator: also runs meetings and protocols' },
  { value: 'viewer', label: 'Viewer: reads everything, edits nothing' },
];

interface InviteDialogProps {
  teamId: string;
  opened: boolean;
  onClose: () => void;
}

/** Creates an invite link for a role and shows it to copy. No email is sent. */
export function InviteDialog({ teamId, opened, onClose }: InviteDialogProps) {
  const [role, setRole] = useState<InviteRole>('member');
  const [invite, setInvite] = useState<InviteResponse | null>(null);
  const { pending, error, run } = useApiAction();
  const link = invite ? `${location.origin}/join/${invite.code}` : '';

  async function handleCreate() {
    const body = createInviteInput.parse({ role });
    const created = await run(() => createInvite(teamId, body.role));
    if (created) setInvite(created);
  }

  function handleRoleChange(value: string) {
    setRole(value as InviteRole);
    setInvite(null);
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Invite people"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-xl)' } }}
    >
      <Stack>
        <Text>Create a link and share it with the people you want on the team.</Text>
        <NativeSelect
          label="Role for people who use this link"
          data={roleOptions}
          value={role}
          onChange={(event) => handleRoleChange(event.currentTarget.value)}
        />
        <Button
          onClick={() => void handleCreate()}
          loading={pending}
          style={{ alignSelf: 'flex-start' }}
        >
          Create invite link
        </Button>
        {error && (
          <Alert color="red" variant="light" title="Could not create the link">
            {error}
          </Alert>
        )}
        {invite && (
          <Stack gap="xs">
            <TextInput
              label="Invite link"
              value={link}
              readOnly
              onFocus={(event) => event.currentTarget.select()}
              description={`Expires ${new Date(invite.expiresAt).toLocaleString()}.`}
            />
            <CopyButton value={link}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'filled' : 'default'}
                  leftSection={
                    copied ? (
                      <Check size={16} aria-hidden="true" />
                    ) : (
                      <Copy size={16} aria-hidden="true" />
                    )
                  }
                  onClick={copy}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {copied ? 'Copied' : 'Copy link'}
                  <span role="status" className="visually-hidden">
                    {copied ? 'Link copied' : ''}
                  </span>
                </Button>
              )}
            </CopyButton>
          </Stack>
        )}
      </Stack>
    </Modal>
  );
}
