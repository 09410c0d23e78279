import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { PASSWORD_RESET_MINUTES, requestPasswordResetInput } from '../../shared/api/auth';
import { requestPasswordReset } from '../api/accountApi';
import { AuthCard } from '../auth/AuthCard';
import { useValidatedForm } from '../forms/useValidatedForm';

/** "Forgot password": a link by email, to the address's owner only. */
export function ForgotPasswordPage() {
  const [sentTo, setSentTo] = useState<string | null>(null);
  const { formRef, errors, pending, error, handleSubmit } = useValidatedForm(
    requestPasswordResetInput,
    ['email'],
    async (data) => {
      await requestPasswordReset(data.email);
      return data.email;
    },
    (email) => setSentTo(email),
  );

  return (
    <AuthCard
      title="Forgot your password?"
      intro="Enter the email you sign in with. We will send you a link to choose a new password."
      switchPrompt="Remembered it?"
      switchLabel="Sign in"
      switchTo="/signin"
    >
      <div role="status">
        {sentTo && (
          <Alert color="green" variant="light" title="Check your email" role="none">
            <Text>
              If an account uses {sentTo}, a link is on its way. It works once, for{' '}
              {PASSWORD_RESET_MINUTES} minutes. Nothing arrived? Look in your spam folder, or ask
              again in a few minutes.
            </Text>
          </Alert>
        )}
      </div>
      {!sentTo && (
        <form ref={formRef} onSubmit={handleSubmit} noValidate>
          <Stack>
            <TextInput
              name="email"
              type="email"
              label="Email"
              autoComplete="email"
              required
              error={errors.email}
            />
            {error && (
              <Alert color="red" variant="light" title="Could not send the link">
                {error}
              </Alert>
            )}
            <Button type="submit" loading={pending}>
              Send me a link
            </Button>
          </Stack>
        </form>
      )}
      {sentTo && (
        <Anchor component={Link} to="/signin">
          Back to sign in
        </Anchor>
      )}
    </AuthCard>
  );
}
