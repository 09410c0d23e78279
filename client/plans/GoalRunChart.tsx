import { LineChart } from '@mantine/charts';
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { Checkpoint, Goal } from '../../shared/plans/planDoc';
import { type MeasurePoint, runChart, trendLabels } from '../../shared/plans/progress';
import { formatCalendarDate } from '../../shared/time/teamTime';

const round = (value: number) => Math.round(value * 10) / 10;

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
  const data = rows.map((row) => ({
    date: formatCalendarDate(row.date),
    Measured: row.value,
    'Aim line': round(row.aim),
    Median: row.median,
  }));
  const headingId = `goal-${goal.id}-chart`;
  const title = `Run chart of goal ${number}${goal.measure ? `: ${goal.measure}` : ''}`;
  return (
    <Paper component="figure" withBorder p="md" m={0} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={5} id={headingId}>
          {title}
        </Title>
        <Text fw={600}>
          {trend ? trendLabels[trend] : 'Nothing measured since the baseline yet'}
        </Text>
        {/* inert: the drawing is neither read nor focusable; the table below carries it. */}
        <div aria-hidden="true" inert>
          <LineChart
            h={220}
            data={data}
            dataKey="date"
            series={[
              { name: 'Measured', color: 'lake.7' },
              { name: 'Aim line', color: 'gray.6', strokeDasharray: '6 4' },
              { name: 'Median', color: 'orange.7', strokeDasharray: '2 3' },
            ]}
            connectNulls
            withLegend
            withTooltip={false}
            textColor="gray.8"
          />
        </div>
        <table className="visually-hidden">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Measured</th>
              <th scope="col">Aim line</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.date}>
                <th scope="row">{formatCalendarDate(row.date)}</th>
                <td>{row.value ?? 'not measured'}</td>
                <td>{round(row.aim)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Stack>
    </Paper>
  );
}
