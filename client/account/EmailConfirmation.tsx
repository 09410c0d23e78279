import { Alert, Button, Text } from '@mantine/core';
import { Mail } from 'lucide-react';
import { useState } from 'react';
import { sendConfirmationEmail } from '../api/accountApi';
import { useApiAction } from '../forms/useApiAction';

/** Whether this account's address is confirmed, and a way to get a new link when it is not. */
export function EmailConfirmation({ email, isConfirmed }: { email: string; isConfirmed: boolean }) {
  const [sent, setSent] = useState(false);
  const { pending, error, run } = useApiAction();

  if (isConfirmed) return <Text>{email} is confirmed.</Text>;

  async function handleSend() {
    if (await run(sendConfirmationEmail)) setSent(true);
  }

  return (
    <>
      <Text>
        {email} is not confirmed yet. Invitations sent to it can be accepted once you open the link
        we emailed you.
      </Text>
      <div role="status">
        {sent && (
          <Text fw={500}>A new link is on its way to {email}. Only the newest link works.</Text>
        )}
      </div>
      {error && (
        <Alert color="red" variant="light" title="Could not send the link">
          {error}
        </Alert>
      )}
      <Button
        variant="default"
        leftSection={<Mail size={16} aria-hidden="true" />}
        loading={pending}
        onClick={() => void handleSend()}
        style={{ alignSelf: 'flex-start' }}
      >
        Send the link again
      </Button>
    </>
  );
}
