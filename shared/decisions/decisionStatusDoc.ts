import { z } from 'zod';
import type * as Y from 'yjs';
import { decisionModels, decisionStatuses } from './decisionRules';

/**
 * The Yjs layout of a decision's status document (`team/<id>/decision/<decisionId>/status`):
 * where the decision stands, its live vote and tally, and the record of who decided it. Only
 * the server writes it, on commands it checks (votes are counted from Postgres, one row per
 * person), so no client can forge, duplicate or overwrite a vote. One root map, `status`.
 */
const ROOT = 'status';

export const tallySchema = z.object({
  model: z.enum(decisionModels),
  counts: z.record(z.string(), z.number()),
  voters: z.number(),
  passes: z.boolean(),
  reason: z.string(),
});

export const voteStateSchema = z.object({
  round: z.number().int().min(1),
  model: z.enum(decisionModels),
  open: z.boolean(),
  openedAt: z.number(),
  openedByName: z.string(),
  closedAt: z.number().nullable(),
  tally: tallySchema,
  /** Who voted (not what each chose), in the order they first voted. */
  voters: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type VoteState = z.infer<typeof voteStateSchema>;

export const decidedRecordSchema = z.object({
  at: z.number(),
  byId: z.string(),
  byName: z.string(),
  model: z.enum(decisionModels),
  /** The result in words ("Everyone showed three or more", "Leader decided after input"). */
  result: z.string(),
});
export type DecidedRecord = z.infer<typeof decidedRecordSchema>;

export const decisionStatusSchema = z.object({
  status: z.enum(decisionStatuses).default('proposed'),
  supersededBy: z.string().nullable().default(null),
  vote: voteStateSchema.nullable().default(null),
  decided: decidedRecordSchema.nullable().default(null),
});
export type DecisionStatusState = z.infer<typeof decisionStatusSchema>;

const empty: DecisionStatusState = {
  status: 'proposed',
  supersededBy: null,
  vote: null,
  decided: null,
};

/** Reads the status state (an empty document reads as a proposed decision with no vote). */
export function readDecisionStatus(doc: Y.Doc): DecisionStatusState {
  const parsed = decisionStatusSchema.safeParse(doc.getMap(ROOT).toJSON());
  return parsed.success ? parsed.data : empty;
}

/** Writes fields of the status state in one transaction (server only). */
export function writeDecisionStatus(doc: Y.Doc, fields: Partial<DecisionStatusState>): void {
  doc.transact(() => {
    const root = doc.getMap(ROOT);
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) root.set(key, value);
    }
  });
}

/** Calls `onChange` with the status state whenever it changes. */
export function observeDecisionStatus(doc: Y.Doc, onChange: (state: DecisionStatusState) => void) {
  const root = doc.getMap(ROOT);
  const handler = () => onChange(readDecisionStatus(doc));
  root.observe(handler);
  return () => root.unobserve(handler);
}
