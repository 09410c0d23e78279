import { z } from 'zod';
import type * as Y from 'yjs';
import { defineOrderedList } from '../collab/orderedList';
import { decisionModels, type FocusCheck } from './decisionRules';

/**
 * The Yjs layout of a decision draft (`team/<id>/decision/<decisionId>`), co-edited live:
 * - `decision`: a map of plain fields (title, owner, model, focus check, where it came from),
 * - `text` and `rationale`: rich text (Tiptap fragments),
 * - `evidence`: an array of links to what the decision rests on,
 * - `followUps`: an ordered list of follow-up actions.
 * Status, votes and the decided record are not here: only the server and facilitators may
 * change those, so they belong in a document of their own. Layout changes are additive only.
 */
const FIELDS = 'decision';
const EVIDENCE = 'evidence';

/** The rich-text fields' fragment keys. */
export const DECISION_TEXT_FIELD = 'text';
export const DECISION_RATIONALE_FIELD = 'rationale';

/**
 * What a decision rests on: a protocol-run card, uploaded student work, an improvement cycle
 * (its data and study), or a web page.
 */
export const evidenceLinkSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('run-card'),
    runId: z.string(),
    cardId: z.string(),
    text: z.string(),
  }),
  z.object({ kind: z.literal('artifact'), artifactId: z.string(), name: z.string() }),
  z.object({
    kind: z.literal('cycle'),
    cycleId: z.string(),
    planId: z.string(),
    title: z.string().max(300),
  }),
  z.object({
    kind: z.literal('url'),
    url: z.url({ protocol: /^https?$/ }),
    label: z.string().max(200),
  }),
]);
export type EvidenceLink = z.infer<typeof evidenceLinkSchema>;

/** The goal, and maybe the strategy, of the work plan a decision serves. */
export const planLinkSchema = z.object({
  planId: z.string(),
  goalId: z.string(),
  strategyId: z.string().nullable().default(null),
});
export type PlanLink = z.infer<typeof planLinkSchema>;

export const decisionFieldsSchema = z.object({
  title: z.string().max(300),
  /** Who owns carrying the decision out (a name; may be empty in a draft). */
  owner: z.string().max(120).default(''),
  meetingId: z.string().nullable().default(null),
  /** The protocol run it came out of, if any. */
  runId: z.string().nullable().default(null),
  createdAt: z.number(),
  /** The decision-making model, declared before the discussion starts. */
  model: z.enum(decisionModels).nullable().catch(null).default(null),
  /** The focus-student check: does it affect our students of focus, which, how we will know. */
  focusAffects: z.enum(['yes', 'no', 'unknown']).nullable().catch(null).default(null),
  focusStudentIds: z.array(z.string()).catch([]).default([]),
  focusHow: z.string().max(2000).catch('').default(''),
  /** The work plan's goal or strategy the decision is tied to. */
  planLink: planLinkSchema.nullable().optional().catch(undefined),
});
export type DecisionFields = z.infer<typeof decisionFieldsSchema>;

export const followUpStatuses = ['open', 'in-progress', 'done'] as const;

/** A follow-up action: a task, who does it, by when, and how far along it is. */
export const followUpSchema = z.object({
  id: z.string().min(1),
  task: z.string().trim().min(1, 'Describe the task').max(500),
  owner: z.string().max(120).default(''),
  /** A calendar date (YYYY-MM-DD) in the team's time zone, or null. */
  dueDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .default(null),
  status: z.enum(followUpStatuses).default('open'),
  /** The work plan's action step this follow-up became (the server writes it). */
  actionStep: z.object({ planId: z.string(), actionId: z.string() }).optional().catch(undefined),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** Verbs for a decision's follow-up actions. */
export const followUps = defineOrderedList('followUps', followUpSchema);

/** Reads the plain fields; null while the document is empty. */
export function readDecisionFields(doc: Y.Doc): DecisionFields | null {
  const parsed = decisionFieldsSchema.safeParse(doc.getMap(FIELDS).toJSON());
  return parsed.success ? parsed.data : null;
}

/**
 * The plain fields as this copy holds them, over `underneath` (what the page knew before the
 * document arrived): a change made here before the server's copy came in shows at once,
 * instead of only when the title and creation time arrive with it.
 */
export function readDecisionFieldsOver(doc: Y.Doc, underneath: DecisionFields): DecisionFields {
  const parsed = decisionFieldsSchema.safeParse({
    ...underneath,
    ...doc.getMap(FIELDS).toJSON(),
  });
  return parsed.success ? parsed.data : underneath;
}

/** The focus check as the decision rules read it. */
export function focusCheckOf(fields: DecisionFields | null): FocusCheck | null {
  if (!fields) return null;
  return {
    affects: fields.focusAffects,
    studentIds: fields.focusStudentIds,
    howWeWillKnow: fields.focusHow,
  };
}

/** Calls `onChange` whenever the plain fields change. */
export function observeDecisionFields(doc: Y.Doc, onChange: (f: DecisionFields | null) => void) {
  const map = doc.getMap(FIELDS);
  const handler = () => onChange(readDecisionFields(doc));
  map.observe(handler);
  return () => map.unobserve(handler);
}

/** Sets plain fields in one transaction. */
export function writeDecisionFields(doc: Y.Doc, fields: Partial<DecisionFields>): void {
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) doc.getMap(FIELDS).set(key, value);
    }
  });
}

/** The evidence links that can be read. */
export function readEvidence(doc: Y.Doc): EvidenceLink[] {
  return doc
    .getArray(EVIDENCE)
    .toArray()
    .flatMap((value) => {
      const parsed = evidenceLinkSchema.safeParse(value);
      return parsed.success ? [parsed.data] : [];
    });
}

/** Adds an evidence link (validated). */
export function addEvidence(doc: Y.Doc, link: EvidenceLink): void {
  doc.getArray(EVIDENCE).push([evidenceLinkSchema.parse(link)]);
}

/** Removes the evidence link at `index` of the stored array (as `observeEvidence` reports). */
export function removeEvidence(doc: Y.Doc, index: number): void {
  const array = doc.getArray(EVIDENCE);
  if (index >= 0 && index < array.length) array.delete(index, 1);
}

/** Calls `onChange` with the readable links and their stored indexes whenever they change. */
export function observeEvidence(
  doc: Y.Doc,
  onChange: (links: { index: number; link: EvidenceLink }[]) => void,
) {
  const array = doc.getArray(EVIDENCE);
  const handler = () => onChange(readIndexedEvidence(doc));
  array.observe(handler);
  return () => array.unobserve(handler);
}

/** The readable evidence links with their index in the stored array. */
export function readIndexedEvidence(doc: Y.Doc): { index: number; link: EvidenceLink }[] {
  return doc
    .getArray(EVIDENCE)
    .toArray()
    .flatMap((value, index) => {
      const parsed = evidenceLinkSchema.safeParse(value);
      return parsed.success ? [{ index, link: parsed.data }] : [];
    });
}
