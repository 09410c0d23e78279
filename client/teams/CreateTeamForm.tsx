import { Alert, Button, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { createTeamInput } from '../../shared/api/teams';
import { createTeam } from '../api/teamsApi';
import { focusFirstInvalid, useApiAction } from '../forms/useApiAction';
import { validate } from '../forms/validate';

/** Creates a team (the creator becomes its principal) and opens it. */
export function CreateTeamForm() {
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [nameError, setNameError] = useState<string | undefined>();
  const { pending, error, run } = useApiAction();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = validate(createTeamInput, {
      name: new FormData(event.currentTarget).get('name'),
    });
    setNameError(result.errors?.name);
    if (!result.data) return focusFirstInvalid(formRef.current);
    const { name } = result.data;
    const team = await run(() => createTeam(name));
    if (team) await navigate(`/teams/${team.id}`);
  }

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <Stack gap="sm" maw={480}>
        <TextInput
          name="name"
          label="Team name"
          description="For example: Lincoln Middle School ILT"
          required
          error={nameError}
        />
        {error && (
          <Alert color="red" variant="light" title="Could not create the team">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={pending} style={{ alignSelf: 'flex-start' }}>
          Create team
        </Button>
      </Stack>
    </form>
  );
}
