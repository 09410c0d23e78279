import { z } from 'zod';
import { calendarDate } from '../meetings/meetingDoc';
import type { EvidenceLink } from '../decisions/decisionDoc';
import type { CycleOutcome } from '../plans/cycleRules';
import { actionStatuses, type ActionStatus } from '../plans/planRules';
import type { Trend } from '../plans/progress';

/** `POST /api/teams/:teamId/plans` body (facilitator or principal). */
export const createPlanInput = z.strictObject({
  /** The calendar year the school year starts in (2026 for 2026–27). */
  schoolYear: z.number().int().min(2000).max(2200),
  /** Last year's plan to start from: each item is marked as copied until edited. */
  copyFrom: z.uuid().nullable().default(null),
});
export type CreatePlanInput = z.input<typeof createPlanInput>;

/** A due date is required: an action without one is not saved. */
const dueDate = z.string({ error: 'Give the action a due date' }).pipe(calendarDate);

const actionFields = {
  task: z.string().trim().min(1, 'Describe the action').max(500, 'The action is too long'),
  ownerId: z.uuid('Choose who owns the action'),
  dueDate,
  status: z.enum(actionStatuses),
  completionEvidence: z.string().max(1000, 'The evidence of completion is too long'),
};

/**
 * `POST …/plans/:planId/actions` body (any editor): an action is only saved with a task, an
 * owner from the team and a due date.
 */
export const createActionInput = z.strictObject({
  strategyId: z.string().min(1).max(100),
  task: actionFields.task,
  ownerId: actionFields.ownerId,
  dueDate,
  status: actionFields.status.default('not-started'),
  completionEvidence: actionFields.completionEvidence.default(''),
});
export type CreateActionInput = z.input<typeof createActionInput>;

/** `PATCH …/plans/:planId/actions/:actionId` body: the fields to change. */
export const updateActionInput = z
  .strictObject({
    task: actionFields.task.optional(),
    ownerId: actionFields.ownerId.optional(),
    dueDate: actionFields.dueDate.optional(),
    status: actionFields.status.optional(),
    completionEvidence: actionFields.completionEvidence.optional(),
  })
  .refine((body) => Object.keys(body).length > 0, 'Change at least one field');
export type UpdateActionInput = z.infer<typeof updateActionInput>;

/** A plan in the team's list. */
export interface PlanSummary {
  id: string;
  schoolYear: number;
  copiedFrom: string | null;
  /** Set once a later year's plan started: the plan is read-only from then on. */
  archivedAt: string | null;
}

/** `GET /api/teams/:teamId/plans` answer, latest year first. */
export interface PlanList {
  plans: PlanSummary[];
  /** The school year today falls in, in the team's time zone. */
  currentSchoolYear: number;
}

/** `GET …/plans/:planId` answer: the plan's projected rows. */
export interface PlanDetail extends PlanSummary {
  goals: {
    id: string;
    copied: boolean;
    indicator: string;
    students: string;
    measure: string;
    baselineValue: number | null;
    baselineDate: string | null;
    targetValue: number | null;
    targetDate: string | null;
    groupSize: number | null;
    why: string;
    evidence: EvidenceLink[];
  }[];
  strategies: {
    id: string;
    goalId: string;
    copied: boolean;
    practiceIf: string;
    practiceThen: string;
    rootCause: string;
    learning: string;
    learningFor: string;
    learningWhen: string;
  }[];
  actions: {
    id: string;
    strategyId: string;
    copied: boolean;
    task: string;
    ownerId: string;
    ownerName: string | null;
    dueDate: string;
    status: ActionStatus;
    completionEvidence: string;
  }[];
  checkpoints: {
    id: string;
    goalId: string;
    copied: boolean;
    kind: string;
    date: string;
    description: string;
    value: number | null;
    met: string | null;
  }[];
}

/**
 * `GET …/plans/:planId/overview`: the plan as the principal's review reads it. Goals carry
 * the target tracker's standing (no figure about fewer than ten students); action steps are
 * counted by status and by owner, with the overdue ones listed; cycles with their outcomes.
 */
export interface PlanOverview {
  plan: PlanSummary;
  /** The day the overview was made, in the team's time zone (what "overdue" is counted from). */
  today: string;
  goals: {
    id: string;
    number: number;
    indicator: string;
    measure: string;
    latest: number | null;
    latestDate: string | null;
    target: number | null;
    trend: Trend | null;
    suppressed: boolean;
  }[];
  actionsByStatus: Record<ActionStatus, number>;
  owners: {
    ownerId: string;
    name: string;
    byStatus: Record<ActionStatus, number>;
    overdue: number;
  }[];
  overdue: {
    id: string;
    task: string;
    ownerName: string;
    dueDate: string;
    status: ActionStatus;
    /** "Goal 1 · Strategy 1.2". */
    place: string;
  }[];
  cycles: {
    id: string;
    goalNumber: number;
    number: number;
    changeIdea: string;
    startDate: string | null;
    endDate: string | null;
    outcome: CycleOutcome | null;
    closedAt: string | null;
    decisionId: string | null;
  }[];
}

/**
 * `POST /api/teams/:teamId/decisions/:decisionId/follow-ups/:followUpId/action-step` body: a
 * decision's follow-up becomes an action step of the plan (its task and status carried over),
 * with an owner from the team and a due date, like any action step.
 */
export const followUpActionInput = z.strictObject({
  planId: z.uuid('Choose the plan'),
  strategyId: z.string().min(1, 'Choose the strategy').max(100),
  ownerId: actionFields.ownerId,
  dueDate,
});
export type FollowUpActionInput = z.input<typeof followUpActionInput>;
