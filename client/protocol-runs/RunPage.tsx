import { Center, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { useLoaderData } from 'react-router';
import type { CurrentUser } from '../../shared/api/auth';
import type { TeamDetail, TeamSummary } from '../../shared/api/teams';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import { presenceUserFor } from '../collab/presenceUser';
import type { runLoader } from './runLoaders';
import { RunWorkspace } from './RunWorkspace';
import { useRunDocuments } from './useRunDocuments';

interface RunDocumentsGateProps {
  user: CurrentUser;
  team: TeamDetail;
  teams: TeamSummary[];
  runId: string;
}

function RunDocumentsGate({ user, team, teams, runId }: RunDocumentsGateProps) {
  const presenceUser = useMemo(() => presenceUserFor(user), [user]);
  const documents = useRunDocuments(team.id, runId, presenceUser);
  if (documents) {
    return (
      <RunWorkspace
        team={team}
        teams={teams}
        runId={runId}
        documents={documents}
        self={{ id: user.id, name: user.name }}
      />
    );
  }
  return (
    <PageShell
      title="Protocol run"
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
    >
      <h1 className="visually-hidden">Opening the protocol run</h1>
      <Center py="xl">
        <Loader aria-label="Opening the protocol run" />
      </Center>
    </PageShell>
  );
}

/** A protocol run for everyone: the step, the clock, the board, and the facilitator's controls. */
export function RunPage() {
  const { user, team, teams, runId } = useLoaderData<typeof runLoader>();
  // Another run means other documents: remount rather than reuse the previous sessions.
  return (
    <RunDocumentsGate
      key={`${team.id}/${runId}`}
      user={user}
      team={team}
      teams={teams}
      runId={runId}
    />
  );
}
