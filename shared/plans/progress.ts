/**
 * Progress monitoring of a measure: its points over time against the aim line from baseline
 * to target, the median of its points, and whether the latest point is on track.
 */

/** A value of the measure on a calendar date (YYYY-MM-DD). */
export interface MeasurePoint {
  date: string;
  value: number;
}

/** A measure's baseline and target, each a value on a date. */
export interface MeasureAim {
  baseline: MeasurePoint;
  target: MeasurePoint;
}

/** Where the latest point stands against the aim line. */
export type Trend = 'ahead' | 'on-track' | 'behind';

export const trendLabels: Record<Trend, string> = {
  ahead: 'Ahead of the aim line',
  'on-track': 'On track',
  behind: 'Behind the aim line',
};

const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** The aim line's value on a date: straight from baseline to target, held beyond them. */
export function aimAt(aim: MeasureAim, date: string): number {
  const start = dayOf(aim.baseline.date);
  const end = dayOf(aim.target.date);
  if (end <= start) return aim.target.value;
  const share = Math.min(1, Math.max(0, (dayOf(date) - start) / (end - start)));
  return aim.baseline.value + share * (aim.target.value - aim.baseline.value);
}

/** The median of the values (null for none). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The latest point against the aim line. A target below the baseline means lower is better.
 * Within `tolerance` of the whole distance from baseline to target counts as on track.
 */
export function trendOf(aim: MeasureAim, latest: MeasurePoint, tolerance = 0.05): Trend {
  const distance = Math.abs(aim.target.value - aim.baseline.value);
  const better = aim.target.value >= aim.baseline.value ? 1 : -1;
  const gap = (latest.value - aimAt(aim, latest.date)) * better;
  if (gap > tolerance * distance) return 'ahead';
  if (gap < -tolerance * distance) return 'behind';
  return 'on-track';
}

/** One row of a run chart: the point's value (if measured then), the aim and the median. */
export interface RunChartRow {
  date: string;
  value: number | null;
  aim: number;
  median: number | null;
}

/**
 * A measure's run chart: the baseline, every measured point and the target, in date order,
 * with the aim line and the median of what was measured; and the trend of the latest point
 * (null before anything was measured after the baseline).
 */
export function runChart(
  aim: MeasureAim,
  points: readonly MeasurePoint[],
): { rows: RunChartRow[]; trend: Trend | null } {
  const measured = [aim.baseline, ...points].sort((a, b) => a.date.localeCompare(b.date));
  const middle = median(measured.map((point) => point.value));
  const byDate = new Map<string, number | null>(measured.map((p) => [p.date, p.value]));
  if (!byDate.has(aim.target.date)) byDate.set(aim.target.date, null);
  const rows = [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, value]) => ({ date, value, aim: aimAt(aim, date), median: middle }));
  const latest = points.length > 0 ? measured.at(-1) : undefined;
  return { rows, trend: latest ? trendOf(aim, latest) : null };
}
