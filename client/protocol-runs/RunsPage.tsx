import { Button, Paper, Stack, Title } from '@mantine/core';
import { BookOpen } from 'lucide-react';
import { Link, useLoaderData } from 'react-router';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import { CreateRunForm } from './CreateRunForm';
import { PageHeading } from './PageHeading';
import { canFacilitate } from './runAccess';
import type { runsLoader } from './runLoaders';
import { RunList } from './RunList';

/** A team's protocol runs, and for facilitators the form that starts a new one. */
export function RunsPage() {
  const { team, teams, runs, protocols } = useLoaderData<typeof runsLoader>();
  return (
    <PageShell
      title={`${team.name}: protocol runs`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
    >
      <Stack gap="xl">
        <PageHeading
          back={{ to: `/teams/${team.id}`, label: `Back to ${team.name}` }}
          title="Protocol runs"
          subtitle={team.name}
          actions={
            <Button
              component={Link}
              to={`/teams/${team.id}/protocols`}
              variant="default"
              leftSection={<BookOpen size={16} aria-hidden="true" />}
            >
              Protocol library
            </Button>
          }
        />
        {canFacilitate(team.role) && (
          <Paper component="section" aria-labelledby="create-run-heading" withBorder p="lg">
            <Stack gap="md">
              <Title order={2} size="h3" id="create-run-heading">
                Start a protocol run
              </Title>
              <CreateRunForm key={team.id} teamId={team.id} protocols={protocols} />
            </Stack>
          </Paper>
        )}
        <RunList teamId={team.id} runs={runs} />
      </Stack>
    </PageShell>
  );
}
