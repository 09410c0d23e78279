import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { loginInput } from '../../shared/api/auth';
import { signIn } from '../api/authApi';
import { resetCollabSocket } from '../collab/sessionReset';
import { focusFirstInvalid, useApiAction } from '../forms/useApiAction';
import type { FieldErrors } from '../forms/validate';
import { validate } from '../forms/validate';
import { AuthCard } from './AuthCard';
import { authPath, safeNextPath } from './nextPath';
import { passwordToggleProps } from './passwordToggle';

export function SignInPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { pending, error, run } = useApiAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = validate(loginInput, {
      email: form.get('email'),
      password: form.get('password'),
    });
    setErrors(result.errors ?? {});
    if (!result.data) return focusFirstInvalid(formRef.current);
    const { data } = result;
    const user = await run(() => signIn(data));
    if (!user) return;
    resetCollabSocket();
    await navigate(next, { replace: true });
  }

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
