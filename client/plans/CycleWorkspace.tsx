import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { ArrowLeft } from 'lucide-react';
import { useCallback } from 'react';
import { Link, useRevalidator } from 'react-router';
import type * as Y from 'yjs';
import { canDo } from '../../shared/access/roles';
import { documentAccess } from '../../shared/access/documentAccess';
import type { CycleSummary } from '../../shared/api/cycles';
import type { PlanDetail } from '../../shared/api/plans';
import type { TeamDetail } from '../../shared/api/teams';
import { cycleDocumentName } from '../../shared/documents/documentName';
import { cycleCommentPath } from '../../shared/plans/commentPaths';
import {
  type CycleFields,
  measures,
  observeCycleRecord,
  readCycleFields,
  readCycleRecord,
  writeCycleFields,
} from '../../shared/plans/cycleDoc';
import { schoolYearLabel } from '../../shared/plans/planRules';
import { AccessProblemNotice } from '../collab/AccessProblemNotice';
import { FieldCommentsContext } from '../comments/fieldCommentsContext';
import { FieldPresenceProvider } from '../collab/fieldPresence';
import { useCommentsDocument } from '../comments/useCommentsDocument';
import type { CollabSession } from '../collab/openCollabDocument';
import type { PresenceUser } from '../collab/presenceUser';
import { useDocSnapshot } from '../collab/useDocSnapshot';
import { useOrderedList } from '../collab/useOrderedList';
import { useServerAccess } from '../collab/useServerAccess';
import { CycleClose } from './CycleClose';
import { type CycleContext, emptyCycleFields, observeCycleFields } from './cycleContext';
import { CycleData } from './CycleData';
import { CycleFraming } from './CycleFraming';
import { cycleTitle } from './cycleLabels';
import { CycleMeasures } from './CycleMeasures';
import { LiveDocumentBar } from './LiveDocumentBar';
import { CyclePrediction } from './CyclePrediction';
import { CycleSection } from './CycleSection';
import { CycleStudies } from './CycleStudies';
import { PlanTextField } from './planFields';

interface CycleWorkspaceProps {
  team: TeamDetail;
  plan: PlanDetail;
  cycle: CycleSummary;
  cycleSession: CollabSession;
  recordDoc: Y.Doc;
  user: PresenceUser;
}

function readOnlyReason(closed: boolean, archived: boolean): string {
  if (closed) return 'Read-only: the cycle is closed and kept as the team left it.';
  if (archived) return "Read-only: an earlier year's cycle is kept as the team left it.";
  return 'Read-only: your role lets you follow the cycle but not change it.';
}

/** A cycle once its documents are open: framing, measures, prediction, data, study, close. */
export function CycleWorkspace(props: CycleWorkspaceProps) {
  const { team, plan, cycle, cycleSession, recordDoc, user } = props;
  const revalidator = useRevalidator();
  const { doc, provider } = cycleSession;
  const access = useServerAccess(provider, {
    onAccessChanged: () => void revalidator.revalidate(),
  });
  const liveFields = useDocSnapshot(doc, readCycleFields, observeCycleFields);
  const measureList = useOrderedList(measures, doc);
  const record = useDocSnapshot(recordDoc, readCycleRecord, observeCycleRecord);
  const changeFields = useCallback(
    (changes: Partial<CycleFields>) => writeCycleFields(doc, changes),
    [doc],
  );
  const closed = record.close !== null || cycle.closedAt !== null;
  const archived = cycle.archivedAt !== null || plan.archivedAt !== null;
  const open = !closed && !archived;
  const canWrite = open && (access.canWrite ?? documentAccess(team.role, 'cycle').canWrite);
  const comments = useCommentsDocument(
    { kind: 'cycle', teamId: team.id, cycleId: cycle.id },
    user,
    canWrite,
  );

  if (access.problem) return <AccessProblemNotice problem={access.problem} />;

  const fields = liveFields ?? emptyCycleFields(cycle);
  const goalIndex = plan.goals.findIndex((goal) => goal.id === cycle.goalId);
  const goal = plan.goals[goalIndex];
  const context: CycleContext = {
    teamId: team.id,
    planId: plan.id,
    cycleId: cycle.id,
    number: cycle.number,
    timeZone: team.timeZone,
    isOpen: open,
    canWrite,
    canClose: open && canDo(team.role, 'plan.manage'),
    fields,
    changeFields,
    measures: measureList,
    record,
  };

  return (
    <FieldPresenceProvider provider={provider}>
      <FieldCommentsContext value={comments}>
        <Stack gap="lg">
          <Stack gap={4}>
            <Anchor component={Link} to={`/teams/${team.id}/plan/${plan.id}`} size="sm">
              <Group gap={4} component="span">
                <ArrowLeft size={16} aria-hidden="true" />
                Work plan {schoolYearLabel(plan.schoolYear)}
              </Group>
            </Anchor>
            <Title order={2}>{cycleTitle(cycle.number, fields.changeIdea)}</Title>
            {goal && (
              <Text c="gray.8">
                Under goal {goalIndex + 1}: “{goal.indicator || 'a goal not named yet'}”
              </Text>
            )}
          </Stack>
          <LiveDocumentBar
            team={team}
            provider={provider}
            doc={doc}
            selfId={user.id}
            documentName={cycleDocumentName(team.id, cycle.id)}
            title={cycleTitle(cycle.number, fields.changeIdea)}
            canWrite={canWrite}
            readOnlyReason={readOnlyReason(closed, archived)}
          />
          <CycleFraming
            context={context}
            strategies={plan.strategies.filter((s) => s.goalId === cycle.goalId)}
          />
          <CycleMeasures context={context} />
          <CyclePrediction context={context} />
          <CycleData context={context} />
          <CycleSection id="cycle-study" title="Study">
            <PlanTextField
              label="Study notes"
              description="What the data show, and what the team makes of them"
              value={fields.studyNotes}
              onCommit={(studyNotes) => changeFields({ studyNotes })}
              readOnly={!canWrite}
              max={5000}
              multiline
              comment={{ path: cycleCommentPath('studyNotes') }}
            />
            <CycleStudies context={context} canFacilitate={canDo(team.role, 'run.facilitate')} />
          </CycleSection>
          <CycleClose context={context} />
        </Stack>
      </FieldCommentsContext>
    </FieldPresenceProvider>
  );
}
