import { Alert, Anchor, Button, Divider, Stack, Text, Title } from '@mantine/core';
import { ArrowLeft, Download } from 'lucide-react';
import { Link, useLoaderData } from 'react-router';
import { canDo } from '../../../shared/access/roles';
import { teamExportUrl } from '../../api/teamsApi';
import { PageShell } from '../../app/PageShell';
import { SignedInActions } from '../../app/SignedInActions';
import type { teamLoader } from '../members/teamLoader';
import { AuditLogSection } from './AuditLogSection';
import { DeleteTeamSection } from './DeleteTeamSection';
import { RenameTeamForm } from './RenameTeamForm';
import { TimeZoneForm } from './TimeZoneForm';

function ExportSection({ teamId }: { teamId: string }) {
  return (
    <Stack component="section" aria-labelledby="export-heading" gap="sm">
      <Title order={2} size="h3" id="export-heading">
        Export
      </Title>
      <Text>
        A zip file with everything the team has: its documents as JSON and its records (members,
        decisions, follow-ups, meetings) as CSV files that open in a spreadsheet.
      </Text>
      <Button
        component="a"
        href={teamExportUrl(teamId)}
        download
        variant="default"
        leftSection={<Download size={16} aria-hidden="true" />}
        style={{ alignSelf: 'flex-start' }}
      >
        Download all team data
      </Button>
    </Stack>
  );
}

/** The principal's page for the team itself: name, export, audit log, deletion. */
export function TeamSettingsPage() {
  const { team, teams } = useLoaderData<typeof teamLoader>();
  const isPrincipal = canDo(team.role, 'team.rename');
  return (
    <PageShell
      title={`${team.name}: settings`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
    >
      <Stack gap="xl">
        <Stack gap="xs">
          <Anchor
            component={Link}
            to={`/teams/${team.id}`}
            display="inline-flex"
            style={{ alignItems: 'center', gap: 4 }}
          >
            <ArrowLeft size={16} aria-hidden="true" />
            Back to {team.name}
          </Anchor>
          <Title order={1}>Team settings</Title>
          <Text>{team.name}</Text>
        </Stack>
        {isPrincipal ? (
          <>
            <Stack component="section" aria-labelledby="team-name-heading" gap="sm">
              <Title order={2} size="h3" id="team-name-heading">
                Team name
              </Title>
              <RenameTeamForm key={team.id} teamId={team.id} name={team.name} />
            </Stack>
            <Divider />
            {canDo(team.role, 'team.settings') && (
              <>
                <Stack component="section" aria-labelledby="time-zone-heading" gap="sm">
                  <Title order={2} size="h3" id="time-zone-heading">
                    Time zone
                  </Title>
                  <TimeZoneForm key={team.id} teamId={team.id} timeZone={team.timeZone} />
                </Stack>
                <Divider />
              </>
            )}
            <ExportSection teamId={team.id} />
            <Divider />
            <AuditLogSection teamId={team.id} />
            <DeleteTeamSection key={team.id} teamId={team.id} name={team.name} />
          </>
        ) : (
          <Alert
            color="orange"
            variant="light"
            title="Only the principal can change team settings"
            role="none"
          >
            Ask your team's principal to rename, export or delete the team.
          </Alert>
        )}
      </Stack>
    </PageShell>
  );
}
