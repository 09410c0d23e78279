import { BarChart, DonutChart } from '@mantine/charts';
import { Alert, ColorSwatch, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReviewOverview } from '../../../shared/api/review';
import { ChartFigure } from './ChartFigure';
import { followUpRows, monthRows, statusRows, totalOf } from './overviewCharts';
import { countLabel } from './reviewLabels';

const CHART_HEIGHT = 200;

/** The series every bar chart draws: one bar per row, its count. */
const countSeries = [{ name: 'count', label: 'Decisions', color: 'lake.6' }];

/**
 * The whole log at a glance, for the principal: decisions by status and by month, and how the
 * follow-ups stand. Counts cover every decision, whatever the filters below.
 */
export function ReviewOverviewSection({ overview }: { overview: ReviewOverview | null }) {
  return (
    <Stack component="section" aria-labelledby="review-overview-heading" gap="md">
      <Title order={2} size="h3" id="review-overview-heading">
        Overview
      </Title>
      {overview ? <OverviewCharts overview={overview} /> : <OverviewUnavailable />}
    </Stack>
  );
}

function OverviewUnavailable() {
  return (
    <Alert color="orange" variant="light" title="Could not load the overview">
      The charts are missing for now; the decisions below are complete. Reload the page to try
      again.
    </Alert>
  );
}

function OverviewCharts({ overview }: { overview: ReviewOverview }) {
  const byStatus = statusRows(overview);
  const byMonth = monthRows(overview);
  const followUps = followUpRows(overview);
  const followUpTotal = totalOf(followUps);
  return (
    <>
      <Text c="dimmed" size="sm">
        {countLabel(totalOf(byStatus))} in the whole log, whatever the filters below.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
        <ChartFigure
          id="chart-status"
          title="Decisions by status"
          category="Status"
          unit="Decisions"
          rows={byStatus}
        >
          <BarChart
            h={CHART_HEIGHT}
            data={byStatus}
            dataKey="label"
            series={countSeries}
            withBarValueLabel
            withTooltip={false}
            accessibilityLayer={false}
            textColor="gray.8"
            yAxisProps={{ allowDecimals: false }}
            xAxisProps={{ interval: 0, angle: -30, textAnchor: 'end', height: 56 }}
          />
        </ChartFigure>
        <ChartFigure
          id="chart-month"
          title="Decisions by month"
          category="Month"
          unit="Decisions"
          rows={byMonth}
          note={byMonth.length === 0 ? 'No decisions in the last 12 months.' : 'Last 12 months.'}
        >
          <BarChart
            h={CHART_HEIGHT}
            data={byMonth}
            dataKey="label"
            series={countSeries}
            withBarValueLabel
            withTooltip={false}
            accessibilityLayer={false}
            textColor="gray.8"
            yAxisProps={{ allowDecimals: false }}
          />
        </ChartFigure>
        <ChartFigure
          id="chart-follow-ups"
          title="Follow-ups open and overdue"
          category="Follow-ups"
          unit="Count"
          rows={followUps}
          note={followUpTotal === 0 ? 'No follow-ups yet.' : undefined}
        >
          <DonutChart
            size={150}
            thickness={26}
            mx="auto"
            data={followUps.map(({ label, count, color }) => ({
              name: label,
              value: count,
              color,
            }))}
            chartLabel={followUpTotal}
            withTooltip={false}
            accessibilityLayer={false}
          />
          <Group gap="md" justify="center" mt="xs">
            {followUps.map((row) => (
              <Group key={row.label} gap={6} wrap="nowrap">
                <ColorSwatch
                  color={`var(--mantine-color-${row.color.replace('.', '-')})`}
                  size={12}
                />
                <Text size="sm">
                  {row.label}: {row.count}
                </Text>
              </Group>
            ))}
          </Group>
        </ChartFigure>
      </SimpleGrid>
    </>
  );
}
