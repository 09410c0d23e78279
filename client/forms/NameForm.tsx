import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useRevalidator } from 'react-router';
import type { z } from 'zod';
import { useValidatedForm } from './useValidatedForm';

interface NameFormProps {
  label: string;
  description?: string;
  autoComplete?: string;
  defaultValue: string;
  /** The shared schema of the request body, `{ name }`. */
  schema: z.ZodType<{ name: string }>;
  /** Saves the name; resolves with the message to announce (a failed call throws). */
  save: (name: string) => Promise<string>;
  submitLabel: string;
  errorTitle: string;
}

/** A form that renames one thing (a person, a team), validated as the server will, then announced. */
export function NameForm({
  label,
  description,
  autoComplete,
  defaultValue,
  schema,
  save,
  submitLabel,
  errorTitle,
}: NameFormProps) {
  const revalidator = useRevalidator();
  const [status, setStatus] = useState('');
  const { formRef, errors, pending, error, handleSubmit } = useValidatedForm(
    schema,
    ['name'],
    (data) => {
      setStatus('');
      return save(data.name);
    },
    async (message) => {
      await revalidator.revalidate();
      setStatus(message);
    },
  );

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <Stack gap="sm" maw={480}>
        <TextInput
          name="name"
          label={label}
          description={description}
          autoComplete={autoComplete}
          defaultValue={defaultValue}
          required
          withAsterisk={false}
          error={errors.name}
        />
        {error && (
          <Alert color="red" variant="light" title={errorTitle}>
            {error}
          </Alert>
        )}
        <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          {submitLabel}
        </Button>
        <Text role="status" fw={600} c="green.9">
          {status}
        </Text>
      </Stack>
    </form>
  );
}
