import { Alert, Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useLoaderData } from 'react-router';
import { resetPasswordInput } from '../../shared/api/auth';
import { completePasswordReset } from '../api/accountApi';
import { PageShell } from '../app/PageShell';
import { NewPasswordInput } from '../forms/NewPasswordInput';
import { useValidatedForm } from '../forms/useValidatedForm';
import type { passwordResetLoader } from './passwordResetLoader';

function UnusableLink({ problem }: { problem: string }) {
  return (
    <Alert color="orange" variant="light" title="This reset link cannot be used">
      <Text>{problem}</Text>
      <Text>Only the newest link works, once, for an hour.</Text>
      <Anchor component={Link} to="/forgot-password" display="block" mt="sm">
        Send me a new link
      </Anchor>
    </Alert>
  );
}

/** A one-time link from the "forgot password" email: the owner chooses a new password, then signs in. */
export function PasswordResetPage() {
  const { code, preview, problem } = useLoaderData<typeof passwordResetLoader>();
  const [isDone, setIsDone] = useState(false);
  const { formRef, errors, pending, error, handleSubmit } = useValidatedForm(
    resetPasswordInput,
    ['newPassword'],
    (data) => completePasswordReset(code, data.newPassword),
    () => setIsDone(true),
  );

  return (
    <PageShell title="Reset your password" size="xs">
      <Stack gap="lg">
        <Title order={1}>Reset your password</Title>
        {problem || !preview ? (
          <UnusableLink problem={problem ?? 'This link is not valid.'} />
        ) : (
          <>
            <Text>Set a new password for {preview.email}.</Text>
            <div role="status">
              {isDone && (
                <Alert color="green" variant="light" title="Your new password is set" role="none">
                  <Text>Sign in with your new password.</Text>
                  {/* The form is gone: the next step gets the focus. */}
                  <Anchor
                    component={Link}
                    to="/signin"
                    display="block"
                    mt="sm"
                    ref={(node: HTMLAnchorElement | null) => node?.focus()}
                  >
                    Sign in
                  </Anchor>
                </Alert>
              )}
            </div>
            {!isDone && (
              <Paper withBorder p="lg">
                <form ref={formRef} onSubmit={handleSubmit} noValidate>
                  <Stack>
                    <NewPasswordInput
                      name="newPassword"
                      label="New password"
                      error={errors.newPassword}
                    />
                    {error && (
                      <Alert color="red" variant="light" title="Could not set your password">
                        {error}
                      </Alert>
                    )}
                    <Button type="submit" loading={pending}>
                      Set password
                    </Button>
                  </Stack>
                </form>
              </Paper>
            )}
          </>
        )}
      </Stack>
    </PageShell>
  );
}
