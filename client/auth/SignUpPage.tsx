import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { signupInput } from '../../shared/api/auth';
import { signUp } from '../api/authApi';
import { NewPasswordInput } from '../forms/NewPasswordInput';
import { useValidatedForm } from '../forms/useValidatedForm';
import { AuthCard } from './AuthCard';
import { authPath } from './nextPath';
import { useAfterSignIn } from './useAfterSignIn';

export function SignUpPage() {
  const { next, goOn } = useAfterSignIn();
  const { formRef, errors, pending, error, handleSubmit } = useValidatedForm(
    signupInput,
    ['name', 'email', 'password'],
    signUp,
    goOn,
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
          <NewPasswordInput name="password" label="Password" error={errors.password} />
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
