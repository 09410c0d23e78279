import { LineChart } from '@mantine/charts';
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { MeasureChartRow } from '../../shared/plans/cycleChart';
import { formatCalendarDate } from '../../shared/time/teamTime';

const round = (value: number) => Math.round(value * 10) / 10;

interface MeasureRunChartProps {
  headingId: string;
  title: string;
  rows: MeasureChartRow[];
  /** Where the measure stands, in words (the trend, or why there is none). */
  status: string;
  /** A further line under the status (the median, or what would draw the aim line). */
  note?: string;
}

/**
 * A measure's run chart: its points over time, the aim line (when it has one) and the median,
 * drawn for sighted people and given to everyone as a table. Used by a goal and by a cycle.
 */
export function MeasureRunChart({ headingId, title, rows, status, note }: MeasureRunChartProps) {
  const hasAim = rows.some((row) => row.aim !== null);
  const data = rows.map((row) => ({
    date: formatCalendarDate(row.date),
    Measured: row.value,
    'Aim line': row.aim === null ? null : round(row.aim),
    Median: row.median,
  }));
  const series = [
    { name: 'Measured', color: 'lake.7' },
    ...(hasAim ? [{ name: 'Aim line', color: 'gray.6', strokeDasharray: '6 4' }] : []),
    { name: 'Median', color: 'orange.7', strokeDasharray: '2 3' },
  ];
  return (
    <Paper component="figure" withBorder p="md" m={0} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={5} id={headingId}>
          {title}
        </Title>
        <Text fw={600}>{status}</Text>
        {note && <Text size="sm">{note}</Text>}
        {/* inert: the drawing is neither read nor focusable; the table below carries it. */}
        <div aria-hidden="true" inert>
          <LineChart
            h={220}
            data={data}
            dataKey="date"
            series={series}
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
              {hasAim && <th scope="col">Aim line</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.date}>
                <th scope="row">{formatCalendarDate(row.date)}</th>
                <td>{row.value ?? 'not measured'}</td>
                {row.aim !== null && <td>{round(row.aim)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </Stack>
    </Paper>
  );
}
