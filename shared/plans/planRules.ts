import { stableJson } from '../util/stableJson';

/**
 * The rules of a work plan that do not depend on where it is stored: school years, the
 * action statuses and their words, and the "copied from last year" fingerprint.
 */

/** An action step's status, shown as a stoplight with words (never colour alone). */
export const actionStatuses = ['not-started', 'on-track', 'at-risk', 'off-track', 'done'] as const;
export type ActionStatus = (typeof actionStatuses)[number];

export const actionStatusLabels: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  'off-track': 'Off track',
  done: 'Done',
};

/** The stoplight colour beside the words; `none` for an action not started. */
export const actionStatusLight: Record<ActionStatus, 'none' | 'green' | 'amber' | 'red' | 'done'> =
  {
    'not-started': 'none',
    'on-track': 'green',
    'at-risk': 'amber',
    'off-track': 'red',
    done: 'done',
  };

/** What a checkpoint measures: student results, or whether we did what we said. */
export const checkpointKinds = ['results', 'implementation'] as const;
export type CheckpointKind = (typeof checkpointKinds)[number];

export const checkpointKindLabels: Record<CheckpointKind, string> = {
  results: 'Student results',
  implementation: 'Implementation benchmark',
};

/** Whether an implementation benchmark was met, as entered at the checkpoint. */
export const benchmarkResults = ['yes', 'partly', 'no'] as const;
export type BenchmarkResult = (typeof benchmarkResults)[number];

/** The month (1–12) a school year starts in; a date from then on belongs to that year. */
const SCHOOL_YEAR_FIRST_MONTH = 7;

/** The school year (by the calendar year it starts in) a YYYY-MM-DD date falls in. */
export function schoolYearOf(date: string): number {
  const [year, month] = date.split('-').map(Number);
  if (!year || !month) throw new Error(`Not a calendar date: ${date}`);
  return month >= SCHOOL_YEAR_FIRST_MONTH ? year : year - 1;
}

/** "2026–27" for 2026. */
export function schoolYearLabel(startYear: number): string {
  return `${startYear}–${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The same calendar date a number of years later (29 February becomes 28 February). */
export function shiftYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year + years, month, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${year + years}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * A short fingerprint of an item's content: an item copied from last year keeps the
 * fingerprint it was copied with, and stays marked as copied while its content still has it,
 * so a plan resubmitted unchanged shows item by item. (FNV-1a over the content's JSON with
 * sorted keys; not a security measure.)
 */
export function contentFingerprint(content: Record<string, unknown>): string {
  let hash = 0x811c9dc5;
  for (const char of stableJson(content)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
