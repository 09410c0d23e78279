import { z } from 'zod';
import { decisionModels } from '../decisions/decisionRules';
import { calendarDate } from '../meetings/meetingDoc';
import { type CycleOutcome, cycleOutcomes, type KeyQuestion } from '../plans/cycleRules';

/** `POST /api/teams/:teamId/plans/:planId/cycles` body (any editor): a cycle under a goal. */
export const createCycleInput = z.strictObject({
  goalId: z.string().min(1).max(100),
  /** The strategy whose practice the change idea carries out. */
  strategyId: z.string().min(1).max(100).nullable().default(null),
});
export type CreateCycleInput = z.input<typeof createCycleInput>;

/** `PUT …/cycles/:cycleId/prediction` body: the prediction, until data lock it. */
export const predictionInput = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1, 'Write what you predict the change will do')
    .max(2000, 'Keep the prediction under 2,000 characters'),
});

/** One data point as entered in the cycle's table. */
export const dataPointInput = z.strictObject({
  measureId: z.string().min(1, 'Choose the measure').max(100),
  date: z.string({ error: 'Give the date it was measured' }).pipe(calendarDate),
  value: z.number({ error: 'Enter the value as a number' }).finite(),
  note: z.string().max(500, 'Keep the note under 500 characters').default(''),
});

/** `POST …/cycles/:cycleId/data` body: one or more data points, all saved or none. */
export const dataPointsInput = z.strictObject({
  points: z.array(dataPointInput).min(1, 'Enter at least one data point').max(1000),
});
export type DataPointsInput = z.input<typeof dataPointsInput>;

/** `POST …/cycles/:cycleId/data.csv` body: a CSV file's text (date, measure, value, note). */
export const importDataInput = z.strictObject({
  csv: z
    .string()
    .min(1, 'The file is empty')
    .max(60_000, 'The file is too large: import at most 1,000 rows at once'),
});

/**
 * `POST …/cycles/:cycleId/close` body (facilitator or principal): adopt, adapt or abandon,
 * what the team learned, and how the team decides it (the decision the close writes).
 */
export const closeCycleInput = z.strictObject({
  outcome: z.enum(cycleOutcomes, { error: 'Choose adopt, adapt or abandon' }),
  summary: z
    .string()
    .trim()
    .min(1, 'Say what the team learned')
    .max(2000, 'Keep it under 2,000 characters'),
  model: z.enum(decisionModels, { error: 'Choose how the team decides' }),
});
export type CloseCycleInput = z.input<typeof closeCycleInput>;

/** A cycle as lists and its page show it. */
export interface CycleSummary {
  id: string;
  planId: string;
  goalId: string;
  number: number;
  previousCycleId: string | null;
  keyQuestion: KeyQuestion | null;
  problemOfPractice: string;
  changeIdea: string;
  startDate: string | null;
  endDate: string | null;
  predictionLockedAt: string | null;
  outcome: CycleOutcome | null;
  decisionId: string | null;
  closedAt: string | null;
  /** Set when the cycle closed or its plan's year ended: read-only from then on. */
  archivedAt: string | null;
}

/** `GET …/plans/:planId/cycles`. */
export interface CycleList {
  cycles: CycleSummary[];
}

/** `POST …/cycles/:cycleId/close` answer. */
export interface CloseCycleResult {
  decisionId: string;
  nextCycleId: string | null;
}

/** A CSV import refused: what is wrong, line by line (nothing was saved). */
export interface ImportProblem {
  line: number;
  message: string;
}
