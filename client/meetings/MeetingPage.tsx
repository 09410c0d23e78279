import { Center, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { useLoaderData } from 'react-router';
import type { CurrentUser } from '../../shared/api/auth';
import type { MeetingDetail } from '../../shared/api/meetings';
import type { ProtocolListItem } from '../../shared/api/runs';
import type { TeamDetail, TeamSummary } from '../../shared/api/teams';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import { presenceUserFor } from '../collab/presenceUser';
import type { meetingLoader } from './meetingLoaders';
import { MeetingWorkspace } from './MeetingWorkspace';
import { useMeetingDocuments } from './useMeetingDocuments';

interface MeetingDocumentsGateProps {
  user: CurrentUser;
  team: TeamDetail;
  teams: TeamSummary[];
  meeting: MeetingDetail;
  protocols: ProtocolListItem[];
}

function MeetingDocumentsGate({
  user,
  team,
  teams,
  meeting,
  protocols,
}: MeetingDocumentsGateProps) {
  const presenceUser = useMemo(() => presenceUserFor(user), [user]);
  const documents = useMeetingDocuments(team.id, meeting.id, presenceUser);
  if (documents) {
    return (
      <MeetingWorkspace
        team={team}
        teams={teams}
        meeting={meeting}
        protocols={protocols}
        documents={documents}
        user={presenceUser}
      />
    );
  }
  return (
    <PageShell
      title={meeting.title}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
    >
      <h1 className="visually-hidden">Opening the meeting</h1>
      <Center py="xl">
        <Loader aria-label="Opening the meeting" />
      </Center>
    </PageShell>
  );
}

/** A meeting for the whole team: agenda, attendance, live notes, the focus check. */
export function MeetingPage() {
  const { user, team, teams, meeting, protocols } = useLoaderData<typeof meetingLoader>();
  // Another meeting means other documents: remount rather than reuse the previous sessions.
  return (
    <MeetingDocumentsGate
      key={`${team.id}/${meeting.id}`}
      user={user}
      team={team}
      teams={teams}
      meeting={meeting}
      protocols={protocols}
    />
  );
}
