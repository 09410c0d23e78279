import { type MeasureAim, type MeasurePoint, median, runChart, type Trend } from './progress';

/** One row of a measure's run chart; `aim` is null when the measure has no aim line. */
export interface MeasureChartRow {
  date: string;
  value: number | null;
  aim: number | null;
  median: number | null;
}

/** What a cycle knows of a measure's aim: values from the measure, dates from the cycle. */
export interface CycleMeasureAim {
  baselineValue: number | null;
  targetValue: number | null;
  startDate: string | null;
  endDate: string | null;
}

/** A cycle measure's run chart: its rows, the latest point's trend and the median measured. */
export interface CycleMeasureChart {
  rows: MeasureChartRow[];
  /** Null without an aim line, or before anything was measured. */
  trend: Trend | null;
  median: number | null;
  hasAim: boolean;
}

/**
 * Several values on one date (two classes measured the same day) plot as their mean, since a
 * run chart has one point per time.
 */
export function meanByDate(points: readonly MeasurePoint[]): MeasurePoint[] {
  const byDate = new Map<string, number[]>();
  for (const point of points)
    byDate.set(point.date, [...(byDate.get(point.date) ?? []), point.value]);
  return [...byDate]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, values]) => ({
      date,
      value: values.reduce((sum, value) => sum + value, 0) / values.length,
    }));
}

/**
 * The run chart of a cycle's measure: with a baseline, a target and both cycle dates, the aim
 * line runs from the baseline at the start date to the target at the end date (as a goal's
 * does); without them, the points and their median only.
 */
export function cycleMeasureChart(
  aim: CycleMeasureAim,
  points: readonly MeasurePoint[],
): CycleMeasureChart {
  const plotted = meanByDate(points);
  const { baselineValue, targetValue, startDate, endDate } = aim;
  if (baselineValue === null || targetValue === null || !startDate || !endDate) {
    const middle = median(plotted.map((point) => point.value));
    return {
      rows: plotted.map((point) => ({ ...point, aim: null, median: middle })),
      trend: null,
      median: middle,
      hasAim: false,
    };
  }
  const measureAim: MeasureAim = {
    baseline: { date: startDate, value: baselineValue },
    target: { date: endDate, value: targetValue },
  };
  const { rows, trend } = runChart(measureAim, plotted);
  return { rows, trend, median: rows[0]?.median ?? null, hasAim: true };
}
