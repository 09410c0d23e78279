import { Button, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { LogOut } from 'lucide-react';
import { useNavigate } from 'react-router';
import { signOutEverywhere } from '../api/accountApi';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { resetCollabSocket } from '../collab/sessionReset';

/** Ends every session of this person (a lost laptop, a shared computer), this one too. */
export function SignOutEverywhere() {
  const [opened, { open, close }] = useDisclosure(false);
  const navigate = useNavigate();

  function handleDone() {
    resetCollabSocket();
    void navigate('/signin', { replace: true });
  }

  return (
    <>
      <Button
        variant="default"
        leftSection={<LogOut size={16} aria-hidden="true" />}
        onClick={open}
        style={{ alignSelf: 'flex-start' }}
      >
        Sign out everywhere
      </Button>
      <ConfirmDialog
        opened={opened}
        onClose={close}
        title="Sign out everywhere?"
        confirmLabel="Sign out all devices"
        errorTitle="Could not sign you out"
        onConfirm={signOutEverywhere}
        onDone={handleDone}
      >
        <Text>
          Every device signed in to your account is signed out, this one included. Changes not yet
          saved stay on each device until someone signs in there again.
        </Text>
      </ConfirmDialog>
    </>
  );
}
