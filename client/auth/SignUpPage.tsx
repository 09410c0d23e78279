import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PASSWORD_MIN_LENGTH, signupInput } from '../../shared/api/auth';
import { signUp } from '../api/authApi';
import { resetCollabSocket } from '../collab/sessionReset';
import { focusFirstInvalid, useApiAction } from '../forms/useApiAction';
import type { FieldErrors } from '../forms/validate';
import { validate } from '../forms/validate';
import { AuthCard } from './AuthCard';
import { authPath, safeNextPath } from './nextPath';
import { passwordToggleProps } from './passwordToggle';

export function SignUpPage() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const { pending, error, run } = useApiAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = validate(signupInput, {
      name: form.get('name'),
      email: form.get('email'),
      password: form.get('password'),
    });
    setErrors(result.errors ?? {});
    if (!result.data) return focusFirstInvalid(formRef.current);
    const { data } = result;
    const user = await run(() => signUp(data));
    if (!user) return;
    resetCollabSocket();
    await navigate(next, { replace: true });
  }

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
