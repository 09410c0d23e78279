import type * as Y from 'yjs';
import { readRichText, richTextToPlain } from '../../shared/collab/richText';
import {
  DECISION_RATIONALE_FIELD,
  DECISION_TEXT_FIELD,
  type EvidenceLink,
  type FollowUp,
  followUps,
  readDecisionFields,
  readEvidence,
} from '../../shared/decisions/decisionDoc';
import type { DecisionStatus } from '../../shared/decisions/decisionRules';
import { readDecisionStatus } from '../../shared/decisions/decisionStatusDoc';
import type { Tally } from '../../shared/decisions/tally';
import { readAttendance, readMeetingFields } from '../../shared/meetings/meetingDoc';
import { readMeetingControl } from '../../shared/meetings/meetingControlDoc';

/**
 * Pure mappings from live documents to the relational rows review screens query. The
 * projector (Projector.ts) writes what these return; keeping them pure makes "the rows match
 * the document" a property of one function.
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

/** Null while the meeting document holds no fields yet. */
export function projectMeetingDoc(doc: Y.Doc) {
  const fields = readMeetingFields(doc);
  if (!fields) return null;
  const attendeeIds = Object.entries(readAttendance(doc))
    .filter(([, present]) => present)
    .map(([userId]) => userId)
    .sort();
  return { title: fields.title, meetingDate: fields.date, attendeeIds };
}

export function projectMeetingControlDoc(doc: Y.Doc) {
  const { closed } = readMeetingControl(doc);
  return closed ? { at: new Date(closed.at), by: closed.byId } : null;
}

/** JSON with object keys sorted, so values read back from jsonb compare equal to fresh ones. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The keys whose values differ between a stored row and freshly projected columns. */
export function changedKeys<T extends object>(stored: Record<string, unknown>, fresh: T) {
  return (Object.keys(fresh) as (keyof T & string)[]).filter(
    (key) => stableJson(normalise(stored[key])) !== stableJson(normalise(fresh[key])),
  );
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.getTime();
  return value ?? null;
}
