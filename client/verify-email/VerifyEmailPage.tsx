import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import type { EmailVerified } from '../../shared/api/auth';
import { confirmEmail } from '../api/accountApi';
import { PageShell } from '../app/PageShell';
import { useApiAction } from '../forms/useApiAction';
import { useState } from 'react';

/**
 * The link from the confirmation email. Confirming takes a click, not the page load: mail
 * scanners that open links must not confirm an address for its owner.
 */
export function VerifyEmailPage() {
  const { code = '' } = useParams();
  const [confirmed, setConfirmed] = useState<EmailVerified | null>(null);
  const { pending, error, run } = useApiAction();

  async function handleConfirm() {
    const answer = await run(() => confirmEmail(code));
    if (answer) setConfirmed(answer);
  }

  return (
    <PageShell title="Confirm your email" size="xs">
      <Stack gap="lg">
        <Title order={1}>Confirm your email</Title>
        <div role="status">
          {confirmed && (
            <Alert color="green" variant="light" title="Your email is confirmed" role="none">
              <Text>
                {confirmed.email} is confirmed. Invitations sent to it can now be accepted.
              </Text>
              <Anchor
                component={Link}
                to="/"
                display="block"
                mt="sm"
                ref={(node: HTMLAnchorElement | null) => node?.focus()}
              >
                Go to your teams
              </Anchor>
            </Alert>
          )}
        </div>
        {!confirmed && (
          <>
            <Text>Confirm that this email address is yours.</Text>
            {error && (
              <Alert color="orange" variant="light" title="This link cannot be used">
                <Text>{error}</Text>
                <Text>
                  Ask for a new one on{' '}
                  <Anchor component={Link} to="/account">
                    your account page
                  </Anchor>
                  .
                </Text>
              </Alert>
            )}
            <Button loading={pending} onClick={() => void handleConfirm()}>
              Confirm my email
            </Button>
          </>
        )}
      </Stack>
    </PageShell>
  );
}
