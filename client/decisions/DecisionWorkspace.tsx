import { Grid, Group, Stack, Text } from '@mantine/core';
import { Eye } from 'lucide-react';
import { useMemo } from 'react';
import { useRevalidator } from 'react-router';
import { canDo } from '../../shared/access/roles';
import { documentAccess } from '../../shared/access/documentAccess';
import { decisionDocumentName } from '../../shared/documents/documentName';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import { AccessProblemNotice } from '../collab/AccessProblemNotice';
import type { PresenceUser } from '../collab/presenceUser';
import { useServerAccess } from '../collab/useServerAccess';
import { HistoryButton } from '../versions/HistoryButton';
import { teamVersionNames } from '../versions/versionNames';
import { FocusCheckBanner } from '../meetings/FocusCheckBanner';
import { DecisionHeader } from './DecisionHeader';
import type { decisionLoader } from './decisionLoader';
import type { DecisionView } from './decisionView';
import { fieldsFromSummary } from './decisionView';
import { ChangesSection } from './ChangesSection';
import { DecisionColumn } from './DecisionColumn';
import { ModelSection } from './ModelSection';
import { StatusSection } from './StatusSection';
import type { DecisionDocuments } from './useDecisionDocuments';
import { useDecisionFields } from './useDecisionFields';
import { useDecisionChanges } from './useDecisionChanges';
import { useDecisionPlan } from './useDecisionPlan';
import { useDecisionStatus } from './useDecisionStatus';
import { VoteSection } from './VoteSection';
import { WorkPlanSection } from './WorkPlanSection';

const READ_ONLY_NOTE_ID = 'decision-read-only-note';

interface DecisionWorkspaceProps {
  data: Awaited<ReturnType<typeof decisionLoader>>;
  documents: DecisionDocuments;
  user: PresenceUser;
}

/** The decision page once its documents are open. */
export function DecisionWorkspace({ data, documents, user }: DecisionWorkspaceProps) {
  const { team, teams, summary, meeting, decisions } = data;
  const { doc, provider } = documents.decision;
  const revalidator = useRevalidator();
  // A live role change is enforced by the server at once; reload the team for the new rights.
  const access = useServerAccess(provider, {
    onAccessChanged: () => void revalidator.revalidate(),
  });
  const statusAccess = useServerAccess(documents.status.provider);
  const beforeArrival = useMemo(() => fieldsFromSummary(summary), [summary]);
  const live = useDecisionFields(doc, beforeArrival);
  const status = useDecisionStatus(documents.status.doc);
  const { fields } = live;
  const plan = useDecisionPlan(team.id, fields.planLink?.planId);
  const changeLog = useDecisionChanges(team.id, summary.id, {
    decision: doc,
    status: documents.status.doc,
  });
  // The server's word wins; before it has spoken (offline), the role decides.
  const canWrite = access.canWrite ?? documentAccess(team.role, 'decision').canWrite;
  const problem = access.problem ?? statusAccess.problem;
  const title = fields.title.trim() || 'Untitled decision';
  const meetingId = fields.meetingId ?? summary.meetingId;

  const view: DecisionView = {
    team,
    decisionId: summary.id,
    fields,
    write: live.write,
    status,
    canWrite,
  };

  return (
    <PageShell
      title={`${title}: decision`}
      actions={<SignedInActions teams={teams} currentTeamId={team.id} />}
      header={
        <DecisionHeader
          team={team}
          meeting={meeting}
          title={title}
          status={status.status}
          provider={provider}
          selfId={user.id}
          isLive={!problem}
          actions={
            <HistoryButton
              teamId={team.id}
              documentName={decisionDocumentName(team.id, summary.id)}
              title={title}
              canWrite={canWrite}
              timeZone={team.timeZone}
              liveDoc={doc}
              names={teamVersionNames(team.members, documents.purpose.doc)}
            />
          }
        />
      }
      size="lg"
    >
      {problem ? (
        <AccessProblemNotice problem={problem} />
      ) : (
        <Stack gap="xl">
          {meetingId && (
            <FocusCheckBanner
              teamId={team.id}
              meetingId={meetingId}
              user={{ id: user.id, name: user.name }}
              canFacilitate={canDo(team.role, 'meeting.facilitate')}
            />
          )}
          {!canWrite && (
            <Group gap={6} id={READ_ONLY_NOTE_ID} c="gray.8">
              <Eye size={18} aria-hidden="true" />
              <Text fw={600} c="inherit">
                Read-only: your role lets you read this decision but not change it.
              </Text>
            </Group>
          )}
          <Grid gap="xl">
            <Grid.Col span={{ base: 12, md: 7 }}>
              <DecisionColumn
                view={view}
                documents={documents}
                user={user}
                provider={provider}
                readOnlyNoteId={READ_ONLY_NOTE_ID}
                plan={plan}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="xl">
                <ModelSection view={view} />
                <VoteSection view={view} />
                <StatusSection view={view} decisions={decisions} />
                <WorkPlanSection view={view} plan={plan} />
                <ChangesSection
                  changeLog={changeLog}
                  timeZone={team.timeZone}
                  names={{
                    member: (id) => team.members.find((m) => m.userId === id)?.name,
                    decision: (id) => decisions.find((d) => d.id === id)?.title,
                  }}
                />
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      )}
    </PageShell>
  );
}
