import { Text } from '@mantine/core';
import type { Checkpoint, Goal } from '../../shared/plans/planDoc';
import { type MeasurePoint, runChart, trendLabels } from '../../shared/plans/progress';
import { MeasureRunChart } from './MeasureRunChart';

interface GoalRunChartProps {
  goal: Goal;
  /** The goal's checkpoints; those measuring student results with a value are its points. */
  checkpoints: Checkpoint[];
  number: number;
}

/**
 * A goal's run chart: baseline, each student-results checkpoint and the target over time,
 * the aim line from baseline to target and the median of what was measured, with the latest
 * point's standing in words. Group figures only: a goal's measure is about a group.
 */
export function GoalRunChart({ goal, checkpoints, number }: GoalRunChartProps) {
  const { baselineValue, baselineDate, targetValue, targetDate } = goal;
  if (baselineValue === null || !baselineDate || targetValue === null || !targetDate) {
    return (
      <Text size="sm" c="dimmed">
        Enter the baseline and the target, each with its date, to see the run chart.
      </Text>
    );
  }
  const points: MeasurePoint[] = checkpoints.flatMap((checkpoint) =>
    checkpoint.kind === 'results' && checkpoint.value !== null
      ? [{ date: checkpoint.date, value: checkpoint.value }]
      : [],
  );
  const { rows, trend } = runChart(
    {
      baseline: { date: baselineDate, value: baselineValue },
      target: { date: targetDate, value: targetValue },
    },
    points,
  );
  return (
    <MeasureRunChart
      headingId={`goal-${goal.id}-chart`}
      title={`Run chart of goal ${number}${goal.measure ? `: ${goal.measure}` : ''}`}
      rows={rows}
      status={trend ? trendLabels[trend] : 'Nothing measured since the baseline yet'}
    />
  );
}
