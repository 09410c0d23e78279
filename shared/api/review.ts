import { z } from 'zod';
import { decisionModels, decisionStatuses } from '../decisions/decisionRules';
import type { DecisionModel, DecisionStatus } from '../decisions/decisionRules';
import type { EvidenceLink, FollowUp } from '../decisions/decisionDoc';
import type { Tally } from '../decisions/tally';
import { calendarDate } from '../meetings/meetingDoc';
import type { DecisionChange } from './decisions';

/**
 * The principal's review of the decision log, over the relational rows (never the live
 * documents): filtered, searched, sorted and paged by the server.
 */

export const reviewSorts = ['created', 'decided', 'title', 'status'] as const;

/** `GET /api/teams/:teamId/review/decisions` query (also the CSV export's). */
export const reviewQuery = z.strictObject({
  /** Full-text search over title, decision, rationale, owner and follow-up tasks. */
  q: z.string().trim().max(200).optional(),
  /** Created on or after / on or before these calendar dates, in the team's time zone. */
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  status: z.enum(decisionStatuses).optional(),
  model: z.enum(decisionModels).optional(),
  /** Owner, matched case-insensitively as a substring. */
  owner: z.string().trim().max(120).optional(),
  /** The id of a student of focus (from the purpose document) the decision affects. */
  student: z.string().max(100).optional(),
  meetingId: z.uuid().optional(),
  sort: z.enum(reviewSorts).default('created'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});
export type ReviewQuery = z.infer<typeof reviewQuery>;

/** A decision as a row of the review timeline. */
export interface ReviewDecision {
  id: string;
  title: string;
  status: DecisionStatus;
  model: DecisionModel | null;
  owner: string;
  /** Plain text of the decision, shortened for the list. */
  excerpt: string;
  meeting: { id: string; title: string; date: string } | null;
  studentIds: string[];
  createdAt: string;
  decidedAt: string | null;
  followUps: { open: number; overdue: number; total: number };
}

/** `GET /api/teams/:teamId/review/decisions` answer. */
export interface ReviewPage {
  decisions: ReviewDecision[];
  total: number;
  page: number;
  pageSize: number;
  /** The team's students of focus (id and label), for the filter and for showing ids. */
  students: { id: string; label: string }[];
  timeZone: string;
}

/** `GET /api/teams/:teamId/review/decisions/:decisionId` answer: everything about one decision. */
export interface ReviewDecisionDetail extends ReviewDecision {
  decisionText: string;
  rationale: string;
  evidence: EvidenceLink[];
  focusCheck: { affects: 'yes' | 'no' | 'unknown' | null; studentIds: string[]; how: string };
  tally: Tally | null;
  voters: string[];
  decidedByName: string | null;
  supersededBy: { id: string; title: string } | null;
  followUpItems: FollowUp[];
  history: DecisionChange[];
}

/** A follow-up that is overdue or due soon, with its decision. */
export interface DueFollowUp extends FollowUp {
  decisionId: string;
  decisionTitle: string;
  /** Days until due in the team's time zone; negative when overdue. */
  daysLeft: number;
}

/** `GET /api/teams/:teamId/review/follow-ups?within=14` answer, most overdue first. */
export interface DueFollowUps {
  overdue: DueFollowUp[];
  dueSoon: DueFollowUp[];
  timeZone: string;
}

/** `GET /api/teams/:teamId/review/overview` answer: small counts for charts. */
export interface ReviewOverview {
  byStatus: { status: DecisionStatus; count: number }[];
  /** Decisions created per month (YYYY-MM in the team's time zone), oldest first, last 12. */
  byMonth: { month: string; count: number }[];
  followUps: { open: number; overdue: number; done: number };
}
