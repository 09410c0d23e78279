import type { ReviewOverview } from '../../../shared/api/review';
import { decisionStatuses } from '../../../shared/decisions/decisionRules';
import { statusLabels } from '../../../shared/decisions/decisionLabels';
import { monthLabel } from './reviewLabels';

/** A bar or slice of an overview chart, with the words its text alternative uses. */
export interface ChartRow {
  label: string;
  count: number;
}

/** Decisions per status, in the order statuses move through, empty statuses included. */
export function statusRows(overview: ReviewOverview): ChartRow[] {
  const counts = new Map(overview.byStatus.map(({ status, count }) => [status, count]));
  return decisionStatuses.map((status) => ({
    label: statusLabels[status],
    count: counts.get(status) ?? 0,
  }));
}

/** Decisions per month, oldest first, as "Mar 2026". */
export function monthRows(overview: ReviewOverview): ChartRow[] {
  return overview.byMonth.map(({ month, count }) => ({ label: monthLabel(month), count }));
}

/**
 * The follow-ups as three parts that add up: on time, overdue, done. The API counts overdue
 * follow-ups among the open ones, so the on-time part is open minus overdue.
 */
export function followUpRows({ followUps }: ReviewOverview): (ChartRow & { color: string })[] {
  const { open, overdue, done } = followUps;
  return [
    { label: 'Open, on time', count: Math.max(0, open - overdue), color: 'lake.6' },
    { label: 'Overdue', count: overdue, color: 'red.8' },
    { label: 'Done', count: done, color: 'gray.5' },
  ];
}

/** The total of a chart's rows. */
export function totalOf(rows: readonly ChartRow[]): number {
  return rows.reduce((sum, row) => sum + row.count, 0);
}
