import { Divider, Modal, Stack, Text } from '@mantine/core';
import { CreateInviteForm } from './CreateInviteForm';
import { PendingInvites } from './PendingInvites';
import { usePendingInvites } from './usePendingInvites';

interface InviteDialogProps {
  teamId: string;
  opened: boolean;
  onClose: () => void;
}

/** Creates invite links to copy (no email is sent) and lists the ones still pending. */
export function InviteDialog({ teamId, opened, onClose }: InviteDialogProps) {
  const pending = usePendingInvites(teamId, opened);
  return (
    <Modal opened={opened} onClose={onClose} title="Invite people" size="lg">
      <Stack>
        <Text>Create a link and share it with the people you want on the team.</Text>
        <CreateInviteForm teamId={teamId} onCreated={() => void pending.refresh()} />
        <Divider />
        <PendingInvites invites={pending.invites} error={pending.error} onRevoke={pending.revoke} />
      </Stack>
    </Modal>
  );
}
