import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { UserPlus } from 'lucide-react';
import { InviteDialog } from './InviteDialog';

/** "Invite people", for principals only (the server refuses anyone else anyway). */
export function InviteButton({ teamId }: { teamId: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button leftSection={<UserPlus size={16} aria-hidden="true" />} onClick={open}>
        Invite people
      </Button>
      <InviteDialog teamId={teamId} opened={opened} onClose={close} />
    </>
  );
}
