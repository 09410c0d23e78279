import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import { useRevalidator } from 'react-router';
import { updateAccountInput } from '../../shared/api/auth';
import { updateAccountName } from '../api/accountApi';
import { focusFirstInvalid, useApiAction } from '../forms/useApiAction';
import { validate } from '../forms/validate';

/** The name teammates see beside the person's edits and in member lists. */
export function AccountNameForm({ name }: { name: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const revalidator = useRevalidator();
  const [nameError, setNameError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const { pending, error, run } = useApiAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    const result = validate(updateAccountInput, {
      name: new FormData(event.currentTarget).get('name'),
    });
    setNameError(result.errors?.name);
    if (!result.data) return focusFirstInvalid(formRef.current);
    const { data } = result;
    const user = await run(() => updateAccountName(data.name));
    if (!user) return;
    await revalidator.revalidate();
    setStatus('Name saved.');
  }

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <Stack gap="sm" maw={480}>
        <TextInput
          name="name"
          label="Your name"
          description="Your teammates see it beside your edits and in member lists."
          autoComplete="name"
          defaultValue={name}
          required
          error={nameError}
        />
        {error && (
          <Alert color="red" variant="light" title="Could not save your name">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          Save name
        </Button>
        <Text role="status" fw={600} c="green.9">
          {status}
        </Text>
      </Stack>
    </form>
  );
}
