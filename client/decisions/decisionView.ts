import type { DecisionSummary } from '../../shared/api/decisions';
import type { TeamDetail } from '../../shared/api/teams';
import type { DecisionFields } from '../../shared/decisions/decisionDoc';
import type { DecisionStatusState } from '../../shared/decisions/decisionStatusDoc';

/** What a decision page's sections read: the team, the live fields and status, and rights. */
export interface DecisionView {
  team: TeamDetail;
  decisionId: string;
  fields: DecisionFields;
  /** Sets some fields in one transaction (editors only). */
  write: (changes: Partial<DecisionFields>) => void;
  status: DecisionStatusState;
  /** Whether this person may edit the decision document (the server's word once it spoke). */
  canWrite: boolean;
}

/** Fields to show before the document has arrived on a first, offline visit. */
export function fieldsFromSummary(summary: DecisionSummary): DecisionFields {
  return {
    title: summary.title,
    owner: '',
    meetingId: summary.meetingId,
    runId: null,
    createdAt: Date.parse(summary.createdAt) || 0,
    model: summary.model,
    focusAffects: null,
    focusStudentIds: [],
    focusHow: '',
  };
}
