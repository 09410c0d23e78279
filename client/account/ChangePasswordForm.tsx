import { Alert, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { changePasswordInput } from '../../shared/api/auth';
import { changePassword } from '../api/accountApi';
import { passwordToggleProps } from '../auth/passwordToggle';
import { NewPasswordInput } from '../forms/NewPasswordInput';
import { useValidatedForm } from '../forms/useValidatedForm';

/** Changes the password; the server signs out every other device, this one stays. */
export function ChangePasswordForm() {
  const [status, setStatus] = useState('');
  const { formRef, errors, pending, error, handleSubmit } = useValidatedForm(
    changePasswordInput,
    ['currentPassword', 'newPassword'],
    (data) => {
      setStatus('');
      return changePassword(data.currentPassword, data.newPassword);
    },
    (_answer, form) => {
      form?.reset();
      setStatus('Password changed. You are signed out on your other devices.');
    },
  );

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
        <NewPasswordInput name="newPassword" label="New password" error={errors.newPassword} />
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
