import type * as Y from 'yjs';
import { readRichText, richTextToPlain } from '../collab/richText';
import {
  DECISION_RATIONALE_FIELD,
  DECISION_TEXT_FIELD,
  type EvidenceLink,
  type FollowUp,
  followUps,
  readDecisionFields,
  readEvidence,
} from './decisionDoc';
import type { DecisionStatus } from './decisionRules';
import { readDecisionStatus } from './decisionStatusDoc';
import type { Tally } from './tally';

/**
 * Pure mappings from decision documents to the rows of the decision log that review screens
 * query; the server's projector writes what they return.
 */

/** The decision row's columns that come from the co-edited decision document. */
export interface DecisionDocColumns {
  title: string;
  owner: string;
  model: string | null;
  decisionText: string;
  rationale: string;
  evidence: EvidenceLink[];
  focusAffects: string | null;
  focusStudentIds: string[];
  focusHow: string;
  meetingId: string | null;
}

/** The decision row's columns that come from the server-written status document. */
export interface DecisionStatusColumns {
  status: DecisionStatus;
  supersededBy: string | null;
  /** The latest vote's tally, or null when no vote was held. */
  tally: Tally | null;
  /** Who voted in the latest vote, by name. */
  voters: string[];
  decidedAt: number | null;
  decidedBy: string | null;
}

/** A follow-up row: its place in the list and its fields. */
export type FollowUpColumns = FollowUp & { position: number };

/** Null while the decision document holds no fields yet (nothing to project). */
export function projectDecisionDoc(
  doc: Y.Doc,
): { columns: DecisionDocColumns; followUps: FollowUpColumns[] } | null {
  const fields = readDecisionFields(doc);
  if (!fields) return null;
  const plain = (key: string) => richTextToPlain(readRichText(doc.getXmlFragment(key))).trim();
  return {
    columns: {
      title: fields.title,
      owner: fields.owner,
      model: fields.model,
      decisionText: plain(DECISION_TEXT_FIELD),
      rationale: plain(DECISION_RATIONALE_FIELD),
      evidence: readEvidence(doc),
      focusAffects: fields.focusAffects,
      focusStudentIds: fields.focusStudentIds,
      focusHow: fields.focusHow,
      meetingId: fields.meetingId,
    },
    followUps: followUps.read(doc).map((item, position) => ({ ...item, position })),
  };
}

export function projectDecisionStatusDoc(doc: Y.Doc): DecisionStatusColumns {
  const state = readDecisionStatus(doc);
  return {
    status: state.status,
    supersededBy: state.supersededBy,
    tally: state.vote?.tally ?? null,
    voters: state.vote?.voters.map((v) => v.name) ?? [],
    decidedAt: state.decided?.at ?? null,
    decidedBy: state.decided?.byId ?? null,
  };
}
