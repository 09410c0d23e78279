import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { CircleCheck, CircleCheckBig, CircleDashed, TriangleAlert } from 'lucide-react';
import { Link } from 'react-router';
import type { Trend } from '../../shared/plans/progress';
import type { TrackerRow } from '../../shared/plans/tracker';
import {
  trackerAimText,
  trackerLatestText,
  trackerMeasureLabel,
  trackerStandingText,
  trackerTargetText,
} from './trackerText';

/** A quick scan beside the words, which carry the meaning; a shape per standing, not just a hue. */
function StandingIcon({ trend }: { trend: Trend | null }) {
  const props = { size: 16, 'aria-hidden': true, style: { flex: 'none' } } as const;
  if (trend === 'ahead') return <CircleCheckBig {...props} color="var(--mantine-color-green-8)" />;
  if (trend === 'on-track') return <CircleCheck {...props} color="var(--mantine-color-green-8)" />;
  if (trend === 'behind') return <TriangleAlert {...props} color="var(--mantine-color-orange-8)" />;
  return <CircleDashed {...props} color="var(--mantine-color-gray-6)" />;
}

function TrackerTableRow({
  row,
  cyclePath,
}: {
  row: TrackerRow;
  cyclePath: (id: string) => string;
}) {
  const label = trackerMeasureLabel(row);
  const latest = trackerLatestText(row);
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={400}>
        {row.cycleId === null ? (
          label
        ) : (
          <Stack gap={0}>
            <Anchor component={Link} to={cyclePath(row.cycleId)} size="sm">
              {label}
            </Anchor>
            {row.cycleClosed && (
              <Text size="xs" c="dimmed">
                Cycle closed
              </Text>
            )}
          </Stack>
        )}
      </Table.Th>
      <Table.Td>
        <Text size="sm" fw={600}>
          {latest.figure}
        </Text>
        {latest.date && (
          <Text size="xs" c="dimmed">
            {latest.date}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{trackerAimText(row)}</Table.Td>
      <Table.Td>{trackerTargetText(row)}</Table.Td>
      <Table.Td>
        <Group gap={6} wrap="nowrap">
          <StandingIcon trend={row.trend} />
          <span>{trackerStandingText(row)}</span>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

interface TrackerTableProps {
  rows: TrackerRow[];
  /** Labels the scrolling container, for people who scroll it by keyboard. */
  labelledBy: string;
  cyclePath: (cycleId: string) => string;
}

/**
 * The tracker's rows as a table. On a narrow screen it scrolls sideways inside its own box
 * (focusable, so a keyboard can scroll it) rather than widening the page.
 */
export function TrackerTable({ rows, labelledBy, cyclePath }: TrackerTableProps) {
  return (
    <Table.ScrollContainer
      minWidth={720}
      type="native"
      tabIndex={0}
      role="group"
      aria-labelledby={labelledBy}
    >
      <Table aria-label="Target tracker" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Measure</Table.Th>
            <Table.Th scope="col">Latest</Table.Th>
            <Table.Th scope="col">Aim line</Table.Th>
            <Table.Th scope="col">Target</Table.Th>
            <Table.Th scope="col">Standing</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <TrackerTableRow key={row.key} row={row} cyclePath={cyclePath} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
