import { Alert, Center, Loader, Modal, Stack, Text } from '@mantine/core';
import type { PasswordResetIssued, TeamMember } from '../../shared/api/teams';
import { CopyLinkField } from '../app/CopyLinkField';
import { formatDateTime } from '../app/formatDate';

interface ResetPasswordDialogProps {
  member: TeamMember;
  opened: boolean;
  onClose: () => void;
  /** The link once issued; null while the request runs or after it failed. */
  issued: PasswordResetIssued | null;
  error: string | null;
}

/** Shows the one-time link a member opens to choose a new password. No email is sent. */
export function ResetPasswordDialog({
  member,
  opened,
  onClose,
  issued,
  error,
}: ResetPasswordDialogProps) {
  const link = issued ? `${location.origin}/reset/${issued.code}` : '';
  return (
    <Modal opened={opened} onClose={onClose} title={`Reset password for ${member.name}`} size="lg">
      <Stack>
        <Text>
          Give this link to {member.name} in person or by a channel you trust: whoever opens it can
          choose a new password for {member.email}.
        </Text>
        {error && (
          <Alert color="red" variant="light" title="Could not create a reset link">
            {error}
          </Alert>
        )}
        {!error && !issued && (
          <Center py="md">
            <Loader aria-label="Creating the reset link" />
          </Center>
        )}
        {issued && (
          <CopyLinkField
            label="Password reset link"
            value={link}
            description={`Works once, until ${formatDateTime(issued.expiresAt)}.`}
          />
        )}
      </Stack>
    </Modal>
  );
}
