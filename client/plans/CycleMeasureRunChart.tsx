import { Text } from '@mantine/core';
import { cycleMeasureChart } from '../../shared/plans/cycleChart';
import type { CycleMeasure, DataPoint } from '../../shared/plans/cycleDoc';
import { trendLabels } from '../../shared/plans/progress';
import { MeasureRunChart } from './MeasureRunChart';

const round = (value: number) => Math.round(value * 10) / 10;

interface CycleMeasureRunChartProps {
  measure: CycleMeasure;
  /** The measure's name as lists show it. */
  name: string;
  /** The measure's data points. */
  points: DataPoint[];
  startDate: string | null;
  endDate: string | null;
}

/**
 * A cycle measure's run chart: the aim line from the baseline at the cycle's start to the
 * target at its end (when all four are known), the points and their median. On the cycle
 * page and beside a protocol run that studies the cycle.
 */
export function CycleMeasureRunChart(props: CycleMeasureRunChartProps) {
  const { measure, name, points, startDate, endDate } = props;
  const chart = cycleMeasureChart({ ...measure, startDate, endDate }, points);
  const median = chart.median === null ? null : `Median: ${round(chart.median)}`;
  const aimHint =
    "Enter the measure's baseline and target values and the cycle's start and end dates to see the aim line.";
  if (chart.rows.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Enter data points, or the baseline, the target and the cycle&apos;s dates, to see the run
        chart.
      </Text>
    );
  }
  return (
    <MeasureRunChart
      headingId={`measure-${measure.id}-chart`}
      title={`Run chart: ${name}`}
      rows={chart.rows}
      status={
        chart.hasAim
          ? chart.trend
            ? trendLabels[chart.trend]
            : 'Nothing measured since the baseline yet'
          : (median ?? 'No data points yet')
      }
      note={chart.hasAim ? (median ?? undefined) : aimHint}
    />
  );
}
