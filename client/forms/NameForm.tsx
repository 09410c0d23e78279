import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import { useRevalidator } from 'react-router';
import type { z } from 'zod';
import { focusFirstInvalid, useApiAction } from './useApiAction';
import { validate } from './validate';

interface NameFormProps {
  label: string;
  description?: string;
  autoComplete?: string;
  defaultValue: string;
  /** The shared schema of the request body, `{ name }`. */
  schema: z.ZodType<{ name: string }>;
  /** Saves the name; resolves with the message to announce, or undefined when it failed. */
  save: (name: string) => Promise<string | undefined>;
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
  const formRef = useRef<HTMLFormElement>(null);
  const revalidator = useRevalidator();
  const [nameError, setNameError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const { pending, error, run } = useApiAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    const result = validate(schema, { name: new FormData(event.currentTarget).get('name') });
    setNameError(result.errors?.name);
    if (!result.data) return focusFirstInvalid(formRef.current);
    const { name } = result.data;
    const message = await run(() => save(name));
    if (message === undefined) return;
    await revalidator.revalidate();
    setStatus(message);
  }

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
          error={nameError}
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
