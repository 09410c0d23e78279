import { isSmallGroup, shareableFigure } from './privacy';
import { aimAt, type MeasureAim, type MeasurePoint, type Trend, trendOf } from './progress';

/**
 * The target tracker: every measure of the plan (each goal's indicator, each cycle's
 * measures) with its latest value against the aim line. Built from the projected rows, so
 * the review screens and the tracker say the same; figures about small groups are left out
 * here, where the rows become a shared view.
 */

export interface TrackedGoal {
  id: string;
  measure: string;
  indicator: string;
  baselineValue: number | null;
  baselineDate: string | null;
  targetValue: number | null;
  targetDate: string | null;
  groupSize: number | null;
}

export interface TrackedCycle {
  id: string;
  goalId: string;
  number: number;
  changeIdea: string;
  startDate: string | null;
  endDate: string | null;
  closed: boolean;
}

export interface TrackedMeasure {
  id: string;
  cycleId: string;
  name: string;
  unit: string;
  baselineValue: number | null;
  targetValue: number | null;
  groupSize: number | null;
}

export interface TrackerRow {
  /** `goal:<id>` or `cycle:<cycleId>:<measureId>`. */
  key: string;
  goalId: string;
  goalNumber: number;
  cycleId: string | null;
  cycleNumber: number | null;
  cycleClosed: boolean;
  measure: string;
  unit: string;
  /** The latest measured point's date and value; value null when it is not shown. */
  latestDate: string | null;
  latest: number | null;
  /** The aim line's value on the latest date. */
  aim: number | null;
  target: number | null;
  trend: Trend | null;
  /** The figures are about fewer than ten students: shown as "fewer than 10". */
  suppressed: boolean;
}

/** Several values on one date (two classes measured the same day) count as their mean. */
function latestOf(points: readonly MeasurePoint[]): MeasurePoint | null {
  let latestDate: string | null = null;
  for (const point of points) if (!latestDate || point.date > latestDate) latestDate = point.date;
  if (!latestDate) return null;
  const values = points.filter((point) => point.date === latestDate).map((point) => point.value);
  return { date: latestDate, value: values.reduce((sum, v) => sum + v, 0) / values.length };
}

function aimOf(
  baselineValue: number | null,
  baselineDate: string | null,
  targetValue: number | null,
  targetDate: string | null,
): MeasureAim | null {
  if (baselineValue === null || !baselineDate || targetValue === null || !targetDate) return null;
  return {
    baseline: { date: baselineDate, value: baselineValue },
    target: { date: targetDate, value: targetValue },
  };
}

function row(
  base: Omit<TrackerRow, 'latestDate' | 'latest' | 'aim' | 'target' | 'trend' | 'suppressed'>,
  aim: MeasureAim | null,
  points: readonly MeasurePoint[],
  measure: { unit: string; groupSize: number | null },
  target: number | null,
): TrackerRow {
  const latest = latestOf(points);
  const shown = latest ? shareableFigure(latest.value, measure) : null;
  const suppressed = isSmallGroup(measure.groupSize) || (latest !== null && shown === null);
  const figure = (value: number | null) => (suppressed ? null : value);
  return {
    ...base,
    latestDate: latest?.date ?? null,
    latest: figure(shown),
    aim: figure(aim && latest ? aimAt(aim, latest.date) : null),
    target: figure(target),
    trend: aim && latest ? trendOf(aim, latest) : null,
    suppressed,
  };
}

/** The tracker's rows: goal by goal, the goal's own measure first, then its cycles'. */
export function trackerRows(input: {
  goals: readonly TrackedGoal[];
  /** Student-results checkpoints with a value, by goal. */
  checkpoints: readonly { goalId: string; date: string; value: number }[];
  cycles: readonly TrackedCycle[];
  measures: readonly TrackedMeasure[];
  points: readonly { cycleId: string; measureId: string; date: string; value: number }[];
}): TrackerRow[] {
  return input.goals.flatMap((goal, index) => {
    const goalRow = row(
      {
        key: `goal:${goal.id}`,
        goalId: goal.id,
        goalNumber: index + 1,
        cycleId: null,
        cycleNumber: null,
        cycleClosed: false,
        measure: goal.measure.trim() || goal.indicator.trim() || 'Goal measure',
        unit: '',
      },
      aimOf(goal.baselineValue, goal.baselineDate, goal.targetValue, goal.targetDate),
      input.checkpoints.filter((checkpoint) => checkpoint.goalId === goal.id),
      { unit: '', groupSize: goal.groupSize },
      goal.targetValue,
    );
    const cycleRows = input.cycles
      .filter((cycle) => cycle.goalId === goal.id)
      .flatMap((cycle) =>
        input.measures
          .filter((measure) => measure.cycleId === cycle.id)
          .map((measure) =>
            row(
              {
                key: `cycle:${cycle.id}:${measure.id}`,
                goalId: goal.id,
                goalNumber: index + 1,
                cycleId: cycle.id,
                cycleNumber: cycle.number,
                cycleClosed: cycle.closed,
                measure: measure.name.trim() || 'Unnamed measure',
                unit: measure.unit,
              },
              aimOf(measure.baselineValue, cycle.startDate, measure.targetValue, cycle.endDate),
              input.points.filter(
                (point) => point.cycleId === cycle.id && point.measureId === measure.id,
              ),
              measure,
              measure.targetValue,
            ),
          ),
      );
    return [goalRow, ...cycleRows];
  });
}
