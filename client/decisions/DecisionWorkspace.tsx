import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Grid, Group, Stack, Text } from '@mantine/core';
import { Eye } from 'lucide-react';
import { useMemo } from 'react';
import { useRevalidator } from 'react-router';
import { canDo, documentAccess } from '../../shared/access/roles';
import { createDecisionInput } from '../../shared/api/decisions';
import {
  DECISION_RATIONALE_FIELD,
  DECISION_TEXT_FIELD,
  decisionFieldsSchema,
} from '../../shared/decisions/decisionDoc';
import { decisionDocumentName } from '../../shared/documents/documentName';
import { PageShell } from '../app/PageShell';
import { SignedInActions } from '../app/SignedInActions';
import { AccessProblemNotice } from '../collab/AccessProblemNotice';
import type { PresenceUser } from '../collab/presenceUser';
import { useServerAccess } from '../collab/useServerAccess';
import { useCommentsDocument } from '../comments/useCommentsDocument';
import { HistoryButton } from '../versions/HistoryButton';
import { teamVersionNames } from '../versions/versionNames';
import { FocusCheckBanner } from '../meetings/FocusCheckBanner';
import { DecisionHeader } from './DecisionHeader';
import type { decisionLoader } from './decisionLoader';
import { DecisionTextSection } from './DecisionTextSection';
import type { DecisionView } from './decisionView';
import { fieldsFromSummary } from './decisionView';
import { EvidenceSection } from './EvidenceSection';
import { FocusCheckSection } from './FocusCheckSection';
import { FollowUpsSection } from './FollowUpsSection';
import { ChangesSection } from './ChangesSection';
import { LiveTextField } from '../forms/LiveTextField';
import { ModelSection } from './ModelSection';
import { StatusSection } from './StatusSection';
import type { DecisionDocuments } from './useDecisionDocuments';
import { useDecisionFields } from './useDecisionFields';
import { useDecisionChanges } from './useDecisionChanges';
import { useDecisionStatus } from './useDecisionStatus';
import { VoteSection } from './VoteSection';

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
              <DecisionColumn view={view} documents={documents} user={user} provider={provider} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack gap="xl">
                <ModelSection view={view} />
                <VoteSection view={view} />
                <StatusSection view={view} decisions={decisions} />
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

interface DecisionColumnProps {
  view: DecisionView;
  documents: DecisionDocuments;
  user: PresenceUser;
  provider: HocuspocusProvider;
}

/** What the team writes together: the decision, why, on what evidence, for whom, and next. */
function DecisionColumn({ view, documents, user, provider }: DecisionColumnProps) {
  const { fields, write, canWrite, team } = view;
  const { doc } = documents.decision;
  const comments = useCommentsDocument(
    { kind: 'decision', teamId: team.id, decisionId: view.decisionId },
    user,
    canWrite,
  );
  const editor = { doc, provider, user, canWrite, readOnlyNoteId: READ_ONLY_NOTE_ID, comments };

  return (
    <Stack gap="xl">
      <DecisionTextSection
        id="decision-text"
        heading="The decision"
        intro="What the team decides, in a few sentences."
        label="Decision text"
        field={DECISION_TEXT_FIELD}
        {...editor}
        before={
          <LiveTextField
            label="Title"
            value={fields.title}
            schema={createDecisionInput.shape.title}
            onCommit={(title) => write({ title })}
            readOnly={!canWrite}
            maxLength={300}
            required
          />
        }
        after={
          <LiveTextField
            label="Decision owner"
            description="Who makes sure the decision is carried out."
            value={fields.owner}
            schema={decisionFieldsSchema.shape.owner.unwrap().trim()}
            onCommit={(owner) => write({ owner })}
            readOnly={!canWrite}
            maxLength={120}
          />
        }
      />
      <DecisionTextSection
        id="decision-rationale"
        heading="Rationale"
        intro="Why the team decides this: what it weighed and what it expects."
        label="Rationale"
        field={DECISION_RATIONALE_FIELD}
        {...editor}
      />
      <EvidenceSection teamId={team.id} doc={doc} canWrite={canWrite} />
      <FocusCheckSection view={view} purposeDoc={documents.purpose.doc} />
      <FollowUpsSection doc={doc} canWrite={canWrite} timeZone={team.timeZone} />
    </Stack>
  );
}
