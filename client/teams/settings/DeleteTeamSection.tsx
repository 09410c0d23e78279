import { Alert, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { Trash2 } from 'lucide-react';
import type { FormEvent } from 'react';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { deleteTeam } from '../../api/teamsApi';
import { useApiAction } from '../../forms/useApiAction';
import { homeNoticeState } from '../homeNotice';

/** The danger zone: typing the team's exact name is the confirmation. */
export function DeleteTeamSection({ teamId, name }: { teamId: string; name: string }) {
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const { pending, error, run } = useApiAction();
  const matches = typed === name;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!matches) return;
    if (!(await run(() => deleteTeam(teamId, typed)))) return;
    await navigate('/', { replace: true, state: homeNoticeState(`${name} was deleted.`) });
  }

  return (
    <Paper
      component="section"
      aria-labelledby="delete-heading"
      withBorder
      p="lg"
      style={{ borderColor: 'var(--mantine-color-red-7)' }}
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="delete-heading" c="red.9">
            Delete team
          </Title>
          <Text>
            Deleting the team removes its documents, decisions, meetings, history, members and
            invites for everyone, at once. It cannot be undone: download the team's data first if
            you may need it.
          </Text>
          <TextInput
            label="Type the team name to confirm"
            description={`Type "${name}" exactly.`}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            maw={480}
          />
          {error && (
            <Alert color="red" variant="light" title="Could not delete the team">
              {error}
            </Alert>
          )}
          <Button
            type="submit"
            color="red.9"
            disabled={!matches}
            loading={pending}
            leftSection={<Trash2 size={16} aria-hidden="true" />}
            style={{ alignSelf: 'flex-start' }}
          >
            Delete team
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
