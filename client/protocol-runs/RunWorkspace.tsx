import { Center, Grid, Loader, Stack } from '@mantine/core';
import { useRevalidator } from 'react-router';
import { canDo } from '../../shared/access/roles';
import type { TeamDetail, TeamSummary } from '../../shared/api/teams';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import type { Viewer } from './boardView';
import { AccessProblemNotice } from '../collab/AccessProblemNotice';
import { FocusCheckBanner } from '../meetings/FocusCheckBanner';
import { useConnectionState } from '../collab/useConnectionState';
import { useServerAccess } from '../collab/useServerAccess';
import { CurrentStepCard } from './CurrentStepCard';
import { DebriefSection } from './DebriefSection';
import { NextStepsSection } from './NextStepsSection';
import { NormsSection } from './NormsSection';
import { canFacilitate, canParticipate } from './runAccess';
import { RunHeader } from './RunHeader';
import { RunSummary } from './RunSummary';
import type { RunView } from './runView';
import { currentStepOf } from './runView';
import { StepBoardArea } from './StepBoardArea';
import { StudentWorkPanel } from './StudentWorkPanel';
import type { RunDocuments } from './useRunDocuments';
import { useMyRunState } from './useMyRunState';
import { CycleUnderStudy } from '../plans/CycleUnderStudy';
import { useRunBoard } from './useRunBoard';
import { useRunControl } from './useRunControl';
import { useRunDecisions } from './useRunDecisions';
import { useServerClock } from './useServerClock';

interface RunWorkspaceProps {
  team: TeamDetail;
  teams: TeamSummary[];
  runId: string;
  documents: RunDocuments;
  self: Viewer;
}

/** The run page once its documents are open: header, step and clock beside the student work, then the board across the page. */
export function RunWorkspace({ team, teams, runId, documents, self }: RunWorkspaceProps) {
  const revalidator = useRevalidator();
  const { provider } = documents.control;
  const connection = useConnectionState(provider);
  // A live role change is enforced by the server at once; reload the team for the new rights.
  const access = useServerAccess(provider, {
    onAccessChanged: () => void revalidator.revalidate(),
  });
  const boardAccess = useServerAccess(documents.board.provider);
  const control = useRunControl(documents.control.doc);
  const board = useRunBoard(documents.board.doc);
  const offset = useServerClock(provider);
  const isParticipant = canParticipate(team.role);
  const { mine, refresh } = useMyRunState(team.id, runId, {
    isEnabled: isParticipant && control !== null,
    board,
    control,
  });
  const { decisions, promote } = useRunDecisions(team.id, runId, control);
  const problem = access.problem ?? boardAccess.problem;
  const actions = <SignedInActions teams={teams} currentTeamId={team.id} />;

  if (problem || !control) {
    return (
      <PageShell title="Protocol run" actions={actions}>
        <h1 className="visually-hidden">Protocol run</h1>
        {problem ? (
          <AccessProblemNotice problem={problem} />
        ) : (
          <Center py="xl">
            <Loader aria-label="Opening the protocol run" />
          </Center>
        )}
      </PageShell>
    );
  }

  const run: RunView = {
    teamId: team.id,
    runId,
    self,
    control,
    board,
    mine,
    refreshMine: refresh,
    offset,
    isFacilitator: canFacilitate(team.role),
    isParticipant,
    decisions,
    promote,
  };
  const { status } = control.timer;
  const { index } = currentStepOf(control);
  const isDebrief = status === 'ended' || index === control.protocol.steps.length - 1;

  return (
    <PageShell
      title={`${control.title}: protocol run`}
      actions={actions}
      header={
        <>
          <RunHeader teamId={team.id} runId={runId} control={control} connection={connection} />
          {control.meetingId && (
            <FocusCheckBanner
              teamId={team.id}
              meetingId={control.meetingId}
              user={self}
              canFacilitate={canDo(team.role, 'meeting.facilitate')}
            />
          )}
        </>
      }
      size="lg"
    >
      <Stack gap="md">
        {status === 'ready' && <NormsSection norms={control.norms} />}
        {control.cycle && <CycleUnderStudy teamId={team.id} cycle={control.cycle} self={self} />}
        <Grid gap="md" align="flex-start">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <CurrentStepCard run={run} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <StudentWorkPanel run={run} />
          </Grid.Col>
        </Grid>
        {/* The board takes the page's whole width: its columns sit side by side. */}
        {status !== 'ended' && <StepBoardArea run={run} />}
        {isDebrief && status !== 'ready' && <DebriefSection run={run} />}
        {status !== 'ready' && <NextStepsSection run={run} />}
        {status === 'ended' && <RunSummary run={run} />}
      </Stack>
    </PageShell>
  );
}
