import { Button } from '@mantine/core';
import { LogOut } from 'lucide-react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { signOut } from '../api/authApi';
import { resetCollabSocket } from '../collab/sessionReset';

/** Ends the session on the server, closes the socket opened with it, and goes to sign-in. */
export function SignOutButton() {
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);

  async function handleSignOut() {
    setPending(true);
    try {
      await signOut();
    } catch {
      // Already signed out or offline: the sign-in page is the right place either way.
    } finally {
      resetCollabSocket();
      setPending(false);
    }
    await navigate('/signin');
  }

  return (
    <Button
      variant="default"
      leftSection={<LogOut size={16} aria-hidden="true" />}
      loading={pending}
      onClick={() => void handleSignOut()}
    >
      Sign out
    </Button>
  );
}
