import { Paper, Stack, Title } from '@mantine/core';
import { useLoaderData } from 'react-router';
import { canDo } from '../../shared/access/roles';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import { PageHeading } from '../protocol-runs/PageHeading';
import { CreateMeetingForm } from './CreateMeetingForm';
import { timeZoneNote } from './meetingDates';
import type { meetingsLoader } from './meetingLoaders';
import { MeetingList } from './MeetingList';

/** A team's meetings, and for facilitators and the principal the form that schedules one. */
export function MeetingsPage() {
  const { team, teams, meetings } = useLoaderData<typeof meetingsLoader>();
  return (
    <PageShell
      title={`${team.name}: meetings`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
    >
      <Stack gap="xl">
        <PageHeading
          back={{ to: `/teams/${team.id}`, label: `Back to ${team.name}` }}
          title="Meetings"
          subtitle={`${team.name} · Dates in ${timeZoneNote(team.timeZone)}`}
        />
        {canDo(team.role, 'meeting.facilitate') && (
          <Paper component="section" aria-labelledby="new-meeting-heading" withBorder p="lg">
            <Stack gap="md">
              <Title order={2} size="h3" id="new-meeting-heading">
                New meeting
              </Title>
              <CreateMeetingForm key={team.id} teamId={team.id} timeZone={team.timeZone} />
            </Stack>
          </Paper>
        )}
        <MeetingList teamId={team.id} timeZone={team.timeZone} meetings={meetings} />
      </Stack>
    </PageShell>
  );
}
