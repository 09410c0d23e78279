import { PasswordInput } from '@mantine/core';
import { PASSWORD_MIN_LENGTH } from '../../shared/api/auth';
import { passwordToggleProps } from '../auth/passwordToggle';

/** A field for choosing a password, with the rule it must meet (the server checks it too). */
export function NewPasswordInput({
  name,
  label,
  error,
}: {
  name: string;
  label: string;
  error: string | undefined;
}) {
  return (
    <PasswordInput
      name={name}
      label={label}
      description={`At least ${PASSWORD_MIN_LENGTH} characters.`}
      autoComplete="new-password"
      required
      error={error}
      visibilityToggleButtonProps={passwordToggleProps}
    />
  );
}
