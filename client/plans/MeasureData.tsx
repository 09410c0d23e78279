import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { Trash2 } from 'lucide-react';
import type { CycleMeasure, DataPoint } from '../../shared/plans/cycleDoc';
import { formatCalendarDate } from '../../shared/time/teamTime';
import { useApiAction } from '../forms/useApiAction';
import type { CycleContext } from './cycleContext';
import { measureName } from './cycleLabels';
import { deleteDataPoint } from './cyclesApi';
import { CycleMeasureRunChart } from './CycleMeasureRunChart';

function DataPointRow({ point, context }: { point: DataPoint; context: CycleContext }) {
  const { pending, error, run } = useApiAction();
  const date = formatCalendarDate(point.date);
  return (
    <Table.Tr>
      <Table.Td>{date}</Table.Td>
      <Table.Td>{point.value}</Table.Td>
      <Table.Td>
        <Stack gap={4}>
          <Text size="sm">{point.note}</Text>
          {error && (
            <Text size="sm" c="red.8" role="alert">
              {error}
            </Text>
          )}
        </Stack>
      </Table.Td>
      {context.canWrite && (
        <Table.Td>
          <Button
            variant="subtle"
            color="red"
            size="xs"
            aria-label={`Delete ${point.value} on ${date}`}
            loading={pending}
            onClick={() =>
              void run(() => deleteDataPoint(context.teamId, context.cycleId, point.id))
            }
          >
            <Trash2 size={16} aria-hidden="true" />
          </Button>
        </Table.Td>
      )}
    </Table.Tr>
  );
}

interface MeasureDataProps {
  measure: CycleMeasure;
  context: CycleContext;
}

/** A measure's data points as a table, and its run chart. */
export function MeasureData({ measure, context }: MeasureDataProps) {
  const name = measureName(context.measures.items, measure.id);
  const headingId = `measure-${measure.id}-data`;
  const points = context.record.dataPoints
    .filter((point) => point.measureId === measure.id)
    .sort((a, b) => a.date.localeCompare(b.date));
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={4} id={headingId}>
        {name}
        {measure.unit ? ` (${measure.unit})` : ''}
      </Title>
      {points.length === 0 ? (
        <Text size="sm" c="dimmed">
          No data points yet.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table aria-label={`Data points: ${name}`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>Value</Table.Th>
                <Table.Th>Note</Table.Th>
                {context.canWrite && (
                  <Table.Th>
                    <span className="visually-hidden">Delete</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {points.map((point) => (
                <DataPointRow key={point.id} point={point} context={context} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CycleMeasureRunChart
        measure={measure}
        name={name}
        points={points}
        startDate={context.fields.startDate}
        endDate={context.fields.endDate}
      />
    </Stack>
  );
}
