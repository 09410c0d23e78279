import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Plus } from 'lucide-react';
import { useRevalidator } from 'react-router';
import type * as Y from 'yjs';
import { documentAccess } from '../../shared/access/documentAccess';
import type { CycleSummary } from '../../shared/api/cycles';
import type { PlanList, PlanSummary } from '../../shared/api/plans';
import type { TeamDetail } from '../../shared/api/teams';
import { workPlanDocumentName } from '../../shared/documents/documentName';
import { actions, checkpoints, goals, strategies } from '../../shared/plans/planDoc';
import { schoolYearLabel } from '../../shared/plans/planRules';
import { AccessProblemNotice } from '../collab/AccessProblemNotice';
import { FieldCommentsContext } from '../comments/fieldCommentsContext';
import { FieldPresenceProvider } from '../collab/fieldPresence';
import { useCommentsDocument } from '../comments/useCommentsDocument';
import type { CollabSession } from '../collab/openCollabDocument';
import type { PresenceUser } from '../collab/presenceUser';
import { useOrderedList } from '../collab/useOrderedList';
import { useServerAccess } from '../collab/useServerAccess';
import { GoalCard } from './GoalCard';
import { LiveDocumentBar } from './LiveDocumentBar';
import type { PlanContext } from './planContext';
import { PlanOverview } from './PlanOverview';
import { TargetTracker } from './TargetTracker';

interface PlanWorkspaceProps {
  team: TeamDetail;
  plan: PlanSummary;
  list: PlanList;
  planSession: CollabSession;
  actionsDoc: Y.Doc;
  cycles: CycleSummary[];
  user: PresenceUser;
}

const emptyGoal = {
  indicator: '',
  students: '',
  measure: '',
  baselineValue: null,
  baselineDate: null,
  targetValue: null,
  targetDate: null,
  groupSize: null,
  why: '',
  evidence: [],
  copiedFingerprint: null,
};

/** A plan once its documents are open: its goals, each with what serves it. */
export function PlanWorkspace(props: PlanWorkspaceProps) {
  const { team, plan, planSession, actionsDoc, cycles, user } = props;
  const revalidator = useRevalidator();
  const { doc, provider } = planSession;
  const access = useServerAccess(provider, {
    onAccessChanged: () => void revalidator.revalidate(),
  });
  const goalList = useOrderedList(goals, doc);
  const strategyList = useOrderedList(strategies, doc);
  const checkpointList = useOrderedList(checkpoints, doc);
  const actionList = useOrderedList(actions, actionsDoc);
  const archived = plan.archivedAt !== null;
  const canWrite =
    !archived && (access.canWrite ?? documentAccess(team.role, 'work-plan').canWrite);
  const comments = useCommentsDocument(
    { kind: 'work-plan', teamId: team.id, planId: plan.id },
    user,
    canWrite,
  );

  if (access.problem) return <AccessProblemNotice problem={access.problem} />;

  const context: PlanContext = {
    teamId: team.id,
    planId: plan.id,
    members: team.members,
    timeZone: team.timeZone,
    canWrite,
    strategies: strategyList,
    checkpoints: checkpointList,
    actions: actionList.items,
    cycles,
  };

  return (
    <FieldPresenceProvider provider={provider}>
      <FieldCommentsContext value={comments}>
        <Stack gap="lg">
          <LiveDocumentBar
            team={team}
            provider={provider}
            doc={doc}
            selfId={user.id}
            documentName={workPlanDocumentName(team.id, plan.id)}
            title={`the ${schoolYearLabel(plan.schoolYear)} work plan`}
            canWrite={canWrite}
            readOnlyReason={
              archived
                ? "Read-only: an earlier year's plan is kept as the team left it."
                : 'Read-only: your role lets you follow the plan but not change it.'
            }
          />
          <PlanOverview
            actions={actionList.items}
            members={team.members}
            timeZone={team.timeZone}
          />
          <TargetTracker
            teamId={team.id}
            planId={plan.id}
            planSession={planSession}
            actionsDoc={actionsDoc}
          />
          <Stack gap="xl" component="section" aria-labelledby="plan-goals">
            <Title order={3} id="plan-goals">
              Goals
            </Title>
            {goalList.items.length === 0 && (
              <Text c="dimmed">
                No goals yet. A goal names a student success indicator, for which students, and how
                the team will measure it.
              </Text>
            )}
            {goalList.items.map((goal, index) => (
              <GoalCard
                key={goal.id}
                goal={goal}
                number={index + 1}
                onChange={(changes) => goalList.update(goal.id, changes)}
                context={context}
              />
            ))}
            {canWrite && (
              <Group>
                <Button
                  variant="default"
                  leftSection={<Plus size={16} aria-hidden="true" />}
                  onClick={() => goalList.add(emptyGoal)}
                >
                  Add a goal
                </Button>
              </Group>
            )}
          </Stack>
        </Stack>
      </FieldCommentsContext>
    </FieldPresenceProvider>
  );
}
