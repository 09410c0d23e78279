import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { Link } from 'react-router';
import { loginInput } from '../../shared/api/auth';
import { signIn } from '../api/authApi';
import { useValidatedForm } from '../forms/useValidatedForm';
import { AuthCard } from './AuthCard';
import { authPath } from './nextPath';
import { useAfterSignIn } from './useAfterSignIn';
import { passwordToggleProps } from './passwordToggle';

export function SignInPage() {
  const { next, goOn } = useAfterSignIn();
  const { formRef, errors, pending, error, handleSubmit } = useValidatedForm(
    loginInput,
    ['email', 'password'],
    signIn,
    goOn,
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
          <Anchor component={Link} to="/forgot-password" size="sm">
            Forgot your password?
          </Anchor>
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
