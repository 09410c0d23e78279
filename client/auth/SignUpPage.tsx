import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';
import { PASSWORD_MIN_LENGTH, signupInput } from '../../shared/api/auth';
import { signUp } from '../api/authApi';
import { resetCollabSocket } from '../collab/sessionReset';
import { useValidatedForm } from '../forms/useValidatedForm';
import { AuthCard } from './AuthCard';
import { authPath, safeNextPath } from './nextPath';
import { passwordToggleProps } from './passwordToggle';

export function SignUpPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const { formRef, errors, pending, error, handleSubmit } = useValidatedForm(
    signupInput,
    ['name', 'email', 'password'],
    signUp,
    async () => {
      resetCollabSocket();
      await navigate(next, { replace: true });
    },
  );

  return (
    <AuthCard
      title="Create your account"
      intro="Join your school's Instructional Leadership Team workspace."
      switchPrompt="Already have an account?"
      switchLabel="Sign in"
      switchTo={authPath('/signin', next)}
    >
      <form ref={formRef} onSubmit={handleSubmit} noValidate>
        <Stack>
          <TextInput
            name="name"
            label="Your name"
            autoComplete="name"
            required
            error={errors.name}
          />
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
            description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
            autoComplete="new-password"
            required
            error={errors.password}
            visibilityToggleButtonProps={passwordToggleProps}
          />
          {error && (
            <Alert color="red" variant="light" title="Could not create your account">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={pending}>
            Create account
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
