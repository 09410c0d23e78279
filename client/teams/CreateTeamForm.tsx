import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { createTeamInput } from '../../shared/api/teams';
import { createTeam } from '../api/teamsApi';
import { useValidatedForm } from '../forms/useValidatedForm';

/** Creates a team (the creator becomes its principal) and opens it. */
export function CreateTeamForm() {
  const navigate = useNavigate();
  const { formRef, errors, pending, error, handleSubmit } = useValidatedForm(
    createTeamInput,
    ['name'],
    (data) => createTeam(data.name),
    (team) => navigate(`/teams/${team.id}`),
  );

  return (
    <form ref={formRef} onSubmit={handleSubmit} noValidate>
      <Stack gap="sm" maw={480}>
        <TextInput
          name="name"
          label="Team name"
          description="For example: Lincoln Middle School ILT"
          required
          error={errors.name}
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
