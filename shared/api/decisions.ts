import { z } from 'zod';
import {
  decisionStatuses,
  type DecisionModel,
  type DecisionStatus,
} from '../decisions/decisionRules';

/** `POST /api/teams/:teamId/decisions` body: a new proposed decision, maybe in a meeting. */
export const createDecisionInput = z.strictObject({
  title: z.string().trim().min(1, 'Name the decision').max(300, 'Title is too long'),
  meetingId: z.uuid().optional(),
});
export type CreateDecisionInput = z.infer<typeof createDecisionInput>;

/** A decision in a list. */
export interface DecisionSummary {
  id: string;
  title: string;
  status: DecisionStatus;
  model: DecisionModel | null;
  meetingId: string | null;
  createdAt: string;
}

/** `GET /api/teams/:teamId/decisions[?meetingId=]` answer, oldest first. */
export interface DecisionList {
  decisions: DecisionSummary[];
}

/** `PUT /api/teams/:teamId/decisions/:decisionId/vote` body: the caller's own ballot. */
export const castVoteInput = z.strictObject({
  value: z.union([z.number().int(), z.string().max(20)]),
});

/** `GET /api/teams/:teamId/decisions/:decisionId/vote` answer: the caller's ballot, if any. */
export interface MyVote {
  round: number | null;
  value: number | string | null;
}

/** `POST /api/teams/:teamId/decisions/:decisionId/status` body. */
export const changeStatusInput = z.strictObject({
  status: z.enum(decisionStatuses),
  /** The decision that replaces this one (status `superseded` only). */
  supersededBy: z.uuid().optional(),
});
export type ChangeStatusInput = z.infer<typeof changeStatusInput>;

/** One change of a decision's fields, as the history shows it. */
export interface DecisionChange {
  id: number;
  field: string;
  before: unknown;
  after: unknown;
  byName: string | null;
  at: string;
}

/** `GET /api/teams/:teamId/decisions/:decisionId/changes` answer, newest first. */
export interface DecisionChanges {
  changes: DecisionChange[];
}
