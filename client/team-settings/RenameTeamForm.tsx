import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import { useRevalidator } from 'react-router';
import { renameTeamInput } from '../../shared/api/teams';
import { renameTeam } from '../api/teamsApi';
import { focusFirstInvalid, useApiAction } from '../forms/useApiAction';
import { validate } from '../forms/validate';

/** The principal renames the team; everyone sees the new name on their next page load. */
export function RenameTeamForm({ teamId, name }: { teamId: string; name: string }) {
  const formRef = useRef<HTMLFormElement>(null);
  const revalidator = useRevalidator();
  const [nameError, setNameError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const { pending, error, run } = useApiAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus('');
    const result = validate(renameTeamInput, {
      name: new FormData(event.currentTarget).get('name'),
    });
    setNameError(result.errors?.name);
    if (!result.data) return focusFirstInvalid(formRef.current);
    const { data } = result;
    const renamed = await run(() => renameTeam(teamId, data.name));
    if (!renamed) return;
    await revalidator.revalidate();
    setStatus(`The team is now called ${renamed.name}.`);
  }

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <Stack gap="sm" maw={480}>
        <TextInput
          name="name"
          label="Team name"
          defaultValue={name}
          required
          withAsterisk={false}
          error={nameError}
        />
        {error && (
          <Alert color="red" variant="light" title="Could not rename the team">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          Save team name
        </Button>
        <Text role="status" fw={600} c="green.9">
          {status}
        </Text>
      </Stack>
    </form>
  );
}
