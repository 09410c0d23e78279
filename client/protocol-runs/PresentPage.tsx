import { Center, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { useLoaderData } from 'react-router';
import { canDo, type TeamRole } from '../../shared/access/roles';
import type { CurrentUser } from '../../shared/api/auth';
import { AccessProblemNotice } from '../collab/AccessProblemNotice';
import { presenceUserFor } from '../collab/presenceUser';
import { useConnectionState } from '../collab/useConnectionState';
import { useServerAccess } from '../collab/useServerAccess';
import { FocusCheckBanner } from '../meetings/FocusCheckBanner';
import { PresentationView } from './PresentationView';
import type { runLoader } from './runLoaders';
import type { RunDocuments } from './useRunDocuments';
import { useRunDocuments } from './useRunDocuments';
import { useRunBoard } from './useRunBoard';
import { useRunControl } from './useRunControl';
import { useServerClock } from './useServerClock';

function Waiting({ label }: { label: string }) {
  return (
    <main>
      <title>{`${label} · ILT Workspace`}</title>
      <h1 className="visually-hidden">{label}</h1>
      <Center py="xl" mih="100vh">
        <Loader aria-label={label} />
      </Center>
    </main>
  );
}

interface LivePresentationProps {
  documents: RunDocuments;
  teamId: string;
  user: CurrentUser;
  role: TeamRole;
}

function LivePresentation({ documents, teamId, user, role }: LivePresentationProps) {
  const { provider } = documents.control;
  const connection = useConnectionState(provider);
  const access = useServerAccess(provider);
  const control = useRunControl(documents.control.doc);
  const board = useRunBoard(documents.board.doc);
  const offset = useServerClock(provider);
  if (access.problem) {
    return (
      <main style={{ padding: '2rem', maxWidth: 720, margin: '0 auto' }}>
        <h1 className="visually-hidden">Presentation view</h1>
        <AccessProblemNotice problem={access.problem} />
      </main>
    );
  }
  if (!control) return <Waiting label="Opening the presentation" />;
  const banner = control.meetingId && (
    <FocusCheckBanner
      teamId={teamId}
      meetingId={control.meetingId}
      user={user}
      canFacilitate={canDo(role, 'meeting.facilitate')}
      variant="projector"
    />
  );
  return (
    <PresentationView
      control={control}
      board={board}
      offset={offset}
      connection={connection}
      banner={banner}
    />
  );
}

function PresentationGate({
  user,
  teamId,
  role,
  runId,
}: {
  user: CurrentUser;
  teamId: string;
  role: TeamRole;
  runId: string;
}) {
  const presenceUser = useMemo(() => presenceUserFor(user), [user]);
  const documents = useRunDocuments(teamId, runId, presenceUser);
  return documents ? (
    <LivePresentation documents={documents} teamId={teamId} user={user} role={role} />
  ) : (
    <Waiting label="Opening the presentation" />
  );
}

/** The projector view of a run, opened in its own tab: full screen, no app chrome. */
export function PresentPage() {
  const { user, team, runId } = useLoaderData<typeof runLoader>();
  return (
    <PresentationGate
      key={`${team.id}/${runId}`}
      user={user}
      teamId={team.id}
      role={team.role}
      runId={runId}
    />
  );
}
