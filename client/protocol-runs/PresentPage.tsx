import { Center, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { useLoaderData } from 'react-router';
import type { CurrentUser } from '../../shared/api/auth';
import { AccessProblemNotice } from '../collab/AccessProblemNotice';
import { presenceUserFor } from '../collab/presenceUser';
import { useConnectionState } from '../collab/useConnectionState';
import { useServerAccess } from '../collab/useServerAccess';
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

function LivePresentation({ documents }: { documents: RunDocuments }) {
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
  return (
    <PresentationView control={control} board={board} offset={offset} connection={connection} />
  );
}

function PresentationGate({
  user,
  teamId,
  runId,
}: {
  user: CurrentUser;
  teamId: string;
  runId: string;
}) {
  const presenceUser = useMemo(() => presenceUserFor(user), [user]);
  const documents = useRunDocuments(teamId, runId, presenceUser);
  return documents ? (
    <LivePresentation documents={documents} />
  ) : (
    <Waiting label="Opening the presentation" />
  );
}

/** The projector view of a run, opened in its own tab: full screen, no app chrome. */
export function PresentPage() {
  const { user, team, runId } = useLoaderData<typeof runLoader>();
  return (
    <PresentationGate key={`${team.id}/${runId}`} user={user} teamId={team.id} runId={runId} />
  );
}
