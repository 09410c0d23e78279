import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { loginInput } from '../../shared/api/auth';
import { signIn } from '../api/authApi';
import { resetCollabSocket } from '../collab/sessionReset';
import { useValidatedForm } from '../forms/useValidatedForm';
import { AuthCard } from './AuthCard';
import { authPath, safeNextPath } from './nextPath';
import { passwordToggleProps } from './passwordToggle';

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const { formRef, errors, pending, error, handleSubmit } = useValidatedForm(
    loginInput,
    ['email', 'password'],
    signIn,
    async () => {
      resetCollabSocket();
      await navigate(next, { replace: true });
    },
  );

  return (
    <AuthCard
      title="Sign in"
      intro="Welcome back. Sign in to work with your team."
      switchPrompt="New here?"
      switchLabel="Create an account"
      switchTo={authPath('/signup', next)}
    >
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
          <PasswordInput
            name="password"
            label="Password"
            autoComplete="current-password"
            required
            error={errors.password}
            visibilityToggleButtonProps={passwordToggleProps}
          />
          {error && (
            <Alert color="red" variant="light" title="Could not sign in">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={pending}>
            Sign in
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
