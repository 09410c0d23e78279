import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ChartRow } from './overviewCharts';

interface ChartFigureProps {
  /** Unique on the page: names the figure and its table. */
  id: string;
  title: string;
  /** The table's column headers: what a row is ("Status") and what it counts ("Decisions"). */
  category: string;
  unit: string;
  rows: ChartRow[];
  /** A line under the chart, e.g. "12 follow-ups in all". */
  note?: string;
  /** The chart itself, drawn for the eye only. */
  children: ReactNode;
}

/**
 * A chart with its name and its numbers. The drawing is hidden from assistive technology and
 * has nothing to focus (its charts are built without recharts' keyboard layer); a table with the
 * same numbers is its text alternative, for screen readers and anyone who wants exact figures.
 */
export function ChartFigure({ id, title, category, unit, rows, note, children }: ChartFigureProps) {
  const headingId = `${id}-heading`;
  return (
    <Paper component="figure" withBorder p="md" m={0} aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h5" id={headingId}>
          {title}
        </Title>
        {/* inert: the drawing is neither read nor focusable; the table below carries it. */}
        <div aria-hidden="true" inert>
          {children}
        </div>
        {note && (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        )}
        <table className="visually-hidden">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{category}</th>
              <th scope="col">{unit}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Stack>
    </Paper>
  );
}
