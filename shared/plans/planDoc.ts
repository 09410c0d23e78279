import { z } from 'zod';
import type * as Y from 'yjs';
import { defineOrderedList } from '../collab/orderedList';
import { evidenceLinkSchema } from '../decisions/decisionDoc';
import { calendarDate } from '../meetings/meetingDoc';
import {
  actionStatuses,
  benchmarkResults,
  checkpointKinds,
  contentFingerprint,
  shiftYears,
} from './planRules';

/**
 * The Yjs layout of a work plan, in two documents:
 * - `team/<id>/plan/<planId>`, co-written by the team's editors: the map `plan` (its school
 *   year) and the ordered lists `goals`, `strategies` (each under a goal) and `checkpoints`
 *   (each under a goal);
 * - `team/<id>/plan/<planId>/actions`, written by the server on commands it checks (an action
 *   step needs a task, an owner who is a member of the team and a due date): the ordered list
 *   `actions` (each under a strategy).
 * Every item may carry `copiedFingerprint`: the fingerprint of its content when it was copied
 * from last year's plan. It reads as copied while its content still has that fingerprint.
 */
const PLAN_FIELDS = 'plan';

/** Field schemas the plan's documents share: a damaged value reads as empty, never throws. */
export const text = (max: number) => z.string().max(max).catch('').default('');
export const optionalNumber = z.number().finite().nullable().catch(null).default(null);
export const optionalDate = calendarDate.nullable().catch(null).default(null);
const fingerprint = z.string().nullable().catch(null).default(null);

export const planFieldsSchema = z.object({
  /** The calendar year the school year starts in (2026 for 2026–27). */
  schoolYear: z.number().int().min(2000).max(2200),
  createdAt: z.number(),
});
export type PlanFields = z.infer<typeof planFieldsSchema>;

/** A goal: a student success indicator, for which students, measured how, from where to where. */
export const goalSchema = z.object({
  id: z.string().min(1),
  /** The student success indicator: what we want to see in students. */
  indicator: text(500),
  /** For which students: a student group, or students of focus by initials or pseudonym. */
  students: text(300),
  measure: text(300),
  baselineValue: optionalNumber,
  baselineDate: optionalDate,
  targetValue: optionalNumber,
  targetDate: optionalDate,
  /** How many students the measure is about: under 10, its figures are not shown in shared views. */
  groupSize: optionalNumber,
  /** Why it is a priority: what the evidence showed. */
  why: text(2000),
  evidence: z.array(evidenceLinkSchema).max(50).catch([]).default([]),
  copiedFingerprint: fingerprint,
});
export type Goal = z.infer<typeof goalSchema>;

/** A strategy under a goal: the high-yield practice as "if we … then …". */
export const strategySchema = z.object({
  id: z.string().min(1),
  goalId: z.string().min(1),
  /** "If we …": what the adults will do. */
  practiceIf: text(500),
  /** "… then …": what that will change for students. */
  practiceThen: text(500),
  rootCause: text(1000),
  /** The professional learning that supports it: what, for whom, when. */
  learning: text(500),
  learningFor: text(200),
  learningWhen: text(200),
  copiedFingerprint: fingerprint,
});
export type Strategy = z.infer<typeof strategySchema>;

/** An action step under a strategy: it has an owner and a due date, or it is not saved. */
export const actionSchema = z.object({
  id: z.string().min(1),
  strategyId: z.string().min(1),
  task: z.string().trim().min(1, 'Describe the action').max(500),
  /** The team member who owns it (a user id). */
  ownerId: z.uuid('Choose who owns the action'),
  dueDate: calendarDate,
  status: z.enum(actionStatuses).default('not-started'),
  /** What shows it is done. */
  completionEvidence: text(1000),
  copiedFingerprint: fingerprint,
});
export type PlanAction = z.infer<typeof actionSchema>;

/** A dated interim measure under a goal: student results, or an implementation benchmark. */
export const checkpointSchema = z.object({
  id: z.string().min(1),
  goalId: z.string().min(1),
  kind: z.enum(checkpointKinds).catch('results').default('results'),
  date: calendarDate,
  description: text(500),
  /** The result entered at the checkpoint (student results). */
  value: optionalNumber,
  /** Whether the benchmark was met (implementation). */
  met: z.enum(benchmarkResults).nullable().catch(null).default(null),
  copiedFingerprint: fingerprint,
});
export type Checkpoint = z.infer<typeof checkpointSchema>;

export const goals = defineOrderedList('goals', goalSchema);
export const strategies = defineOrderedList('strategies', strategySchema);
export const checkpoints = defineOrderedList('checkpoints', checkpointSchema);
export const actions = defineOrderedList('actions', actionSchema);

/** The fields of each item that are its content: what "edited since copied" compares. */
const contentOf = {
  // A group size left empty is not content: goals copied before it existed keep their mark.
  goal: ({ id: _id, copiedFingerprint: _c, groupSize, ...content }: Goal) =>
    groupSize === null ? content : { ...content, groupSize },
  strategy: ({ id: _id, goalId: _g, copiedFingerprint: _c, ...content }: Strategy) => content,
  action: ({
    id: _id,
    strategyId: _s,
    status: _st,
    completionEvidence: _ce,
    copiedFingerprint: _c,
    ...content
  }: PlanAction) => content,
  checkpoint: ({
    id: _id,
    goalId: _g,
    value: _v,
    met: _m,
    copiedFingerprint: _c,
    ...content
  }: Checkpoint) => content,
};
export type PlanItemType = keyof typeof contentOf;

type ItemOf<T extends PlanItemType> = Parameters<(typeof contentOf)[T]>[0];

/** The fingerprint of an item's content as it is now. */
function fingerprintOf<T extends PlanItemType>(type: T, item: ItemOf<T>): string {
  return contentFingerprint((contentOf[type] as (i: ItemOf<T>) => Record<string, unknown>)(item));
}

/** Whether an item is still as it was copied from last year's plan. */
export function isCopied<T extends PlanItemType>(type: T, item: ItemOf<T>): boolean {
  return item.copiedFingerprint !== null && item.copiedFingerprint === fingerprintOf(type, item);
}

function stamped<T extends PlanItemType>(type: T, item: ItemOf<T>): ItemOf<T> {
  return { ...item, copiedFingerprint: fingerprintOf(type, item) };
}

/** Reads the plan's fields; null while the document is empty. */
export function readPlanFields(doc: Y.Doc): PlanFields | null {
  const parsed = planFieldsSchema.safeParse(doc.getMap(PLAN_FIELDS).toJSON());
  return parsed.success ? parsed.data : null;
}

export function writePlanFields(doc: Y.Doc, fields: PlanFields): void {
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) doc.getMap(PLAN_FIELDS).set(key, value);
  });
}

/** The co-written part of a plan, read whole. */
export interface PlanContent {
  goals: Goal[];
  strategies: Strategy[];
  checkpoints: Checkpoint[];
}

export function readPlanContent(doc: Y.Doc): PlanContent {
  return {
    goals: goals.read(doc),
    strategies: strategies.read(doc),
    checkpoints: checkpoints.read(doc),
  };
}

/**
 * Last year's plan as the start of this year's: every goal, strategy, checkpoint and action
 * with a new id, dates moved on by the years between the plans, statuses and checkpoint
 * values cleared, each marked as copied. Evidence links stay (the evidence of a priority
 * does not change because the year did).
 */
export function copyPlanForward(
  from: PlanContent & { actions: PlanAction[] },
  years: number,
  newId: () => string = () => globalThis.crypto.randomUUID(),
): PlanContent & { actions: PlanAction[] } {
  const ids = new Map<string, string>();
  const idFor = (old: string) => {
    let id = ids.get(old);
    if (!id) ids.set(old, (id = newId()));
    return id;
  };
  const shift = (date: string | null) => (date === null ? null : shiftYears(date, years));
  return {
    goals: from.goals.map((goal) =>
      stamped('goal', {
        ...goal,
        id: idFor(goal.id),
        baselineDate: shift(goal.baselineDate),
        targetDate: shift(goal.targetDate),
      }),
    ),
    strategies: from.strategies
      .filter((strategy) => ids.has(strategy.goalId))
      .map((strategy) =>
        stamped('strategy', {
          ...strategy,
          id: idFor(strategy.id),
          goalId: idFor(strategy.goalId),
        }),
      ),
    checkpoints: from.checkpoints
      .filter((checkpoint) => ids.has(checkpoint.goalId))
      .map((checkpoint) =>
        stamped('checkpoint', {
          ...checkpoint,
          id: idFor(checkpoint.id),
          goalId: idFor(checkpoint.goalId),
          date: shiftYears(checkpoint.date, years),
          value: null,
          met: null,
        }),
      ),
    actions: from.actions
      .filter((action) => ids.has(action.strategyId))
      .map((action) =>
        stamped('action', {
          ...action,
          id: idFor(action.id),
          strategyId: idFor(action.strategyId),
          dueDate: shiftYears(action.dueDate, years),
          status: 'not-started',
          completionEvidence: '',
        }),
      ),
  };
}

/** Writes copied content into a new plan's two documents (each list appended in order). */
export function writePlanContent(doc: Y.Doc, content: PlanContent): void {
  doc.transact(() => {
    for (const goal of content.goals) goals.add(doc, goal);
    for (const strategy of content.strategies) strategies.add(doc, strategy);
    for (const checkpoint of content.checkpoints) checkpoints.add(doc, checkpoint);
  });
}
