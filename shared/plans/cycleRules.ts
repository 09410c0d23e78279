/**
 * The rules of an improvement cycle that do not depend on where it is stored: the five key
 * questions a cycle works on, the kinds of measure, the three ways a cycle closes, and how
 * long a cycle runs.
 */

/** InnovateEd's five key questions of an improvement cycle. */
export const keyQuestions = [
  'indicators',
  'practices',
  'assessment',
  'learning',
  'timeframes',
] as const;
export type KeyQuestion = (typeof keyQuestions)[number];

export const keyQuestionLabels: Record<KeyQuestion, string> = {
  indicators: 'Which student success indicators will we focus on?',
  practices: 'Which high-yield practices will we use?',
  assessment: 'How will assessments for learning adjust our support?',
  learning: 'How will job-embedded professional learning build our collective expertise?',
  timeframes: 'What are our timeframes?',
};

/** Outcome measures watch students, process measures the practice, balancing the side effects. */
export const measureKinds = ['outcome', 'process', 'balancing'] as const;
export type MeasureKind = (typeof measureKinds)[number];

export const measureKindLabels: Record<MeasureKind, string> = {
  outcome: 'Outcome',
  process: 'Process',
  balancing: 'Balancing',
};

/** How a cycle closes: keep the change, change it and try again, or drop it. */
export const cycleOutcomes = ['adopt', 'adapt', 'abandon'] as const;
export type CycleOutcome = (typeof cycleOutcomes)[number];

export const cycleOutcomeLabels: Record<CycleOutcome, string> = {
  adopt: 'Adopt',
  adapt: 'Adapt',
  abandon: 'Abandon',
};

/** "Cycle 2: Exit tickets every Friday", or "Cycle 2: Improvement cycle" before it has an idea. */
export function cycleTitle(number: number, changeIdea: string): string {
  return `Cycle ${number}: ${changeIdea.trim() || 'Improvement cycle'}`.slice(0, 300);
}

/** The title of the decision a cycle's close writes into the log. */
export function closeDecisionTitle(outcome: CycleOutcome, changeIdea: string): string {
  const idea = changeIdea.trim() || 'the change idea';
  const verb = { adopt: 'Adopt', adapt: 'Adapt', abandon: 'Abandon' }[outcome];
  return `${verb}: ${idea}`.slice(0, 300);
}

/** A cycle runs from two to eight weeks. */
export const CYCLE_WEEKS = { min: 2, max: 8 } as const;

/**
 * What is wrong with a cycle's dates, as a sentence for the team; null when they make a
 * cycle of two to eight weeks (or are not both set yet).
 */
export function cycleDatesProblem(startDate: string | null, endDate: string | null): string | null {
  if (!startDate || !endDate) return null;
  const days = (Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 864e5;
  if (days < 0) return 'The cycle ends before it starts';
  if (days < CYCLE_WEEKS.min * 7) return 'A cycle runs at least two weeks';
  if (days > CYCLE_WEEKS.max * 7) return 'A cycle runs at most eight weeks: split it in two';
  return null;
}
