import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useLoaderData, useLocation } from 'react-router';
import type { TeamSummary } from '../../shared/api/teams';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import { roleLabels } from './members/roleLabels';
import { CreateTeamForm } from './CreateTeamForm';
import { readHomeNotice } from './homeNotice';
import type { teamsLoader } from './teamsLoader';

function TeamList({ teams }: { teams: TeamSummary[] }) {
  if (teams.length === 0) {
    return <Text>You are not in a team yet. Create one below, or open an invite link.</Text>;
  }
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {teams.map((team) => (
        <Card component="li" key={team.id} withBorder padding="md">
          <Group justify="space-between" wrap="wrap">
            <Anchor component={Link} to={`/teams/${team.id}`} fw={600} fz="lg">
              {team.name}
            </Anchor>
            <Badge variant="light" size="lg">
              {roleLabels[team.role]}
            </Badge>
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

/** Home: the signed-in person's teams and a form to start a new one. */
export function TeamsPage() {
  const { user, teams } = useLoaderData<typeof teamsLoader>();
  // Set by the page we came from, e.g. "You left Lincoln ILT." after leaving a team.
  const notice = readHomeNotice(useLocation().state);
  return (
    <PageShell title="Your teams" actions={<SignedInActions teams={teams} />}>
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>Your teams</Title>
          <Text>Signed in as {user.name}.</Text>
          <Text role="status" fw={600} c="green.9">
            {notice}
          </Text>
        </Stack>
        <section aria-labelledby="team-list-heading">
          <Title order={2} id="team-list-heading" size="h3" mb="sm">
            Teams you belong to
          </Title>
          <TeamList teams={teams} />
        </section>
        <section aria-labelledby="create-team-heading">
          <Title order={2} id="create-team-heading" size="h3" mb="sm">
            Start a new team
          </Title>
          <CreateTeamForm />
        </section>
      </Stack>
    </PageShell>
  );
}
