import { Divider, Text } from '@mantine/core';
import type { CycleContext } from './cycleContext';
import { CycleSection } from './CycleSection';
import { CsvImport } from './CsvImport';
import { DataPointForm } from './DataPointForm';
import { MeasureData } from './MeasureData';

/** The cycle's data: entry by hand or from a CSV file, then each measure's points and chart. */
export function CycleData({ context }: { context: CycleContext }) {
  const { prediction } = context.record;
  const measures = context.measures.items;
  return (
    <CycleSection id="cycle-data" title="Data">
      {measures.length === 0 && (
        <Text size="sm" c="dimmed">
          {context.canWrite
            ? 'Add a measure first: each data point belongs to one.'
            : 'No measures, so no data yet.'}
        </Text>
      )}
      {context.canWrite && measures.length > 0 && (
        <>
          {prediction.lockedAt === null && prediction.text.trim() === '' && (
            <Text size="sm" fw={600}>
              Write the prediction before entering data: the first data point locks it.
            </Text>
          )}
          <DataPointForm context={context} />
          <CsvImport context={context} />
          <Divider />
        </>
      )}
      {measures.map((measure) => (
        <MeasureData key={measure.id} measure={measure} context={context} />
      ))}
    </CycleSection>
  );
}
