import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import { changePasswordInput, PASSWORD_MIN_LENGTH } from '../../shared/api/auth';
import { changePassword } from '../api/accountApi';
import { passwordToggleProps } from '../auth/passwordToggle';
import { focusFirstInvalid, useApiAction } from '../forms/useApiAction';
import type { FieldErrors } from '../forms/validate';
import { validate } from '../forms/validate';

/** Changes the password; the server signs out every other device, this one stays. */
export function ChangePasswordForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const { pending, error, run } = useApiAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    const form = event.currentTarget;
    const values = new FormData(form);
    const result = validate(changePasswordInput, {
      currentPassword: values.get('currentPassword'),
      newPassword: values.get('newPassword'),
    });
    setErrors(result.errors ?? {});
    if (!result.data) return focusFirstInvalid(formRef.current);
    const { currentPassword, newPassword } = result.data;
    const done = await run(() => changePassword(currentPassword, newPassword));
    if (!done) return;
    form.reset();
    setStatus('Password changed. You are signed out on your other devices.');
  }

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <Stack gap="sm" maw={480}>
        <PasswordInput
          name="currentPassword"
          label="Current password"
          autoComplete="current-password"
          required
          error={errors.currentPassword}
          visibilityToggleButtonProps={passwordToggleProps}
        />
        <PasswordInput
          name="newPassword"
          label="New password"
          description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
          autoComplete="new-password"
          required
          error={errors.newPassword}
          visibilityToggleButtonProps={passwordToggleProps}
        />
        {error && (
          <Alert color="red" variant="light" title="Could not change your password">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          Change password
        </Button>
        <Text role="status" fw={600} c="green.9">
          {status}
        </Text>
      </Stack>
    </form>
  );
}
