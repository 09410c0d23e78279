import { Center, Loader } from '@mantine/core';
import { useMemo } from 'react';
import { useLoaderData } from 'react-router';
import type { CycleSummary } from '../../shared/api/cycles';
import type { PlanDetail } from '../../shared/api/plans';
import type { TeamDetail } from '../../shared/api/teams';
import { cycleDocumentName, cycleRecordDocumentName } from '../../shared/documents/documentName';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import type { PresenceUser } from '../collab/presenceUser';
import { presenceUserFor } from '../collab/presenceUser';
import { useCollabDocument } from '../collab/useCollabDocument';
import { TeamBar } from '../teams/members/TeamBar';
import type { cycleLoader } from './cycleLoader';
import { cycleTitle } from './cycleLabels';
import { CycleWorkspace } from './CycleWorkspace';

interface CycleDocumentsGateProps {
  team: TeamDetail;
  plan: PlanDetail;
  cycle: CycleSummary;
  user: PresenceUser;
}

/** Opens the cycle's two documents (the record read-only, as the server writes it). */
function CycleDocumentsGate({ team, plan, cycle, user }: CycleDocumentsGateProps) {
  const cycleSession = useCollabDocument(cycleDocumentName(team.id, cycle.id), user);
  const recordSession = useCollabDocument(cycleRecordDocumentName(team.id, cycle.id), user, {
    presence: false,
  });
  if (!cycleSession || !recordSession) {
    return (
      <Center py="xl">
        <Loader aria-label="Opening the improvement cycle" />
      </Center>
    );
  }
  return (
    <CycleWorkspace
      team={team}
      plan={plan}
      cycle={cycle}
      cycleSession={cycleSession}
      recordDoc={recordSession.doc}
      user={user}
    />
  );
}

/** An improvement cycle under a goal of the work plan: framing, measures, data, close. */
export function CyclePage() {
  const { user, team, teams, plan, cycle } = useLoaderData<typeof cycleLoader>();
  const presenceUser = useMemo(() => presenceUserFor(user), [user]);
  return (
    <PageShell
      title={`${cycleTitle(cycle.number, cycle.changeIdea)}: ${team.name}`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
      header={<TeamBar team={team} />}
      size="lg"
    >
      <CycleDocumentsGate
        key={cycle.id}
        team={team}
        plan={plan}
        cycle={cycle}
        user={presenceUser}
      />
    </PageShell>
  );
}
