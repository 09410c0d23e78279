import type { HocuspocusProvider } from '@hocuspocus/provider';
import { Stack } from '@mantine/core';
import { canDo } from '../../shared/access/roles';
import { createDecisionInput } from '../../shared/api/decisions';
import {
  DECISION_RATIONALE_FIELD,
  DECISION_TEXT_FIELD,
  decisionFieldsSchema,
} from '../../shared/decisions/decisionDoc';
import type { PresenceUser } from '../collab/presenceUser';
import { useCommentsDocument } from '../comments/useCommentsDocument';
import { LiveTextField } from '../forms/LiveTextField';
import { DecisionTextSection } from './DecisionTextSection';
import type { DecisionView } from './decisionView';
import { EvidenceSection } from './EvidenceSection';
import { FocusCheckSection } from './FocusCheckSection';
import { FollowUpsSection } from './FollowUpsSection';
import type { DecisionDocuments } from './useDecisionDocuments';
import type { DecisionPlan } from './useDecisionPlan';

/** The plan a follow-up can join as an action step: a current one, with strategies. */
function stepPlanOf(plan: DecisionPlan) {
  if (plan.state !== 'ready' || !plan.plan) return null;
  return !plan.plan.archivedAt && plan.plan.strategies.length > 0 ? plan.plan : null;
}

interface DecisionColumnProps {
  view: DecisionView;
  documents: DecisionDocuments;
  user: PresenceUser;
  provider: HocuspocusProvider;
  /** The read-only note that editors' fields point to when this person cannot write. */
  readOnlyNoteId: string;
  plan: DecisionPlan;
}

/** What the team writes together: the decision, why, on what evidence, for whom, and next. */
export function DecisionColumn(props: DecisionColumnProps) {
  const { view, documents, user, provider, readOnlyNoteId, plan } = props;
  const { fields, write, canWrite, team } = view;
  const { doc } = documents.decision;
  const comments = useCommentsDocument(
    { kind: 'decision', teamId: team.id, decisionId: view.decisionId },
    user,
    canWrite,
  );
  const planning = {
    teamId: team.id,
    decisionId: view.decisionId,
    plan: stepPlanOf(plan),
    members: team.members,
    link: fields.planLink,
    canAddSteps: canWrite && canDo(team.role, 'plan.edit'),
  };
  const editor = { doc, provider, user, canWrite, readOnlyNoteId, comments };

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
      <FollowUpsSection
        doc={doc}
        canWrite={canWrite}
        timeZone={team.timeZone}
        planning={planning}
      />
    </Stack>
  );
}
