import { z } from 'zod';
import { decisionStatuses } from '../decisions/decisionRules';

/**
 * A decision draft that came out of a run, as the run's control document lists it on every
 * device. The server writes the list from the decisions' rows whenever a card is promoted or
 * a listed decision's title, status or follow-ups change. It holds only what the decision's
 * own page shows to everyone who may open the run: every team role reads both run documents
 * and decisions (shared/access/roles.ts), so nothing here reaches a device that could not
 * already read it.
 */
export const runDecisionSchema = z.object({
  id: z.string(),
  /** The decision's title, as its document holds it. */
  title: z.string(),
  /** Where the decision stands (set on its own page, by the rules there). */
  status: z.enum(decisionStatuses).catch('proposed'),
  /** Its follow-up tasks, in their order. */
  followUps: z.array(z.string()).catch([]),
});
export type RunDecision = z.infer<typeof runDecisionSchema>;

/** The facilitator's latest "bring everyone to this decision" (written by the server). */
export const decisionFollowSchema = z.object({
  /** Grows by one each time, so bringing everyone to the same decision again still counts. */
  seq: z.number().int().min(1),
  /** A decision of this run (the server checks). */
  decisionId: z.string(),
  /** Who brought everyone there: the facilitator or the principal. */
  byName: z.string(),
  /** Server time (ms) of the command. */
  at: z.number(),
});
export type DecisionFollow = z.infer<typeof decisionFollowSchema>;

/**
 * How long (ms) after "bring everyone" a device that hears of it still follows. A device that
 * was away, or opens the run from its stored copy, must not be carried off by an old request.
 */
export const DECISION_FOLLOW_FRESH_MS = 60_000;
