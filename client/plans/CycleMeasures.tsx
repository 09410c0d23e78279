import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { Plus, Trash2 } from 'lucide-react';
import type { CycleMeasure } from '../../shared/plans/cycleDoc';
import { measureCommentPath } from '../../shared/plans/commentPaths';
import { type MeasureKind, measureKindLabels, measureKinds } from '../../shared/plans/cycleRules';
import type { CycleContext } from './cycleContext';
import { CycleSection } from './CycleSection';
import { PlanGroupSizeField, PlanNumberField, PlanTextField } from './planFields';

const emptyMeasure: Omit<CycleMeasure, 'id'> = {
  name: '',
  kind: 'outcome',
  unit: '',
  baselineValue: null,
  targetValue: null,
  groupSize: null,
};

interface MeasureItemProps {
  measure: CycleMeasure;
  label: string;
  context: CycleContext;
}

function MeasureItem({ measure, label, context }: MeasureItemProps) {
  const readOnly = !context.canWrite;
  const change = (changes: Partial<Omit<CycleMeasure, 'id'>>) =>
    context.measures.update(measure.id, changes);
  const hasData = context.record.dataPoints.some((point) => point.measureId === measure.id);
  return (
    <Paper withBorder p="sm" radius="md" bg="gray.0" component="section" aria-label={label}>
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Text fw={700}>
            {label}
            {measure.name ? `: ${measure.name}` : ''}
          </Text>
          {context.canWrite && !hasData && (
            <Button
              variant="subtle"
              color="red"
              size="xs"
              leftSection={<Trash2 size={16} aria-hidden="true" />}
              onClick={() => context.measures.remove(measure.id)}
            >
              Remove {label.toLowerCase()}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <PlanTextField
            label="Measure name"
            value={measure.name}
            onCommit={(name) => change({ name })}
            readOnly={readOnly}
            max={200}
            comment={{ path: measureCommentPath(measure.id, 'name'), item: label.toLowerCase() }}
          />
          <NativeSelect
            label="Kind"
            disabled={readOnly}
            value={measure.kind}
            data={measureKinds.map((kind) => ({ value: kind, label: measureKindLabels[kind] }))}
            onChange={(event) => change({ kind: event.currentTarget.value as MeasureKind })}
          />
          <PlanTextField
            label="Unit"
            description="e.g. % of students, minutes"
            value={measure.unit}
            onCommit={(unit) => change({ unit })}
            readOnly={readOnly}
            max={40}
          />
          <PlanNumberField
            label="Baseline value"
            description="Where it stands at the start date"
            value={measure.baselineValue}
            onCommit={(baselineValue) => change({ baselineValue })}
            readOnly={readOnly}
          />
          <PlanNumberField
            label="Target value"
            description="Where the team aims to be by the end date"
            value={measure.targetValue}
            onCommit={(targetValue) => change({ targetValue })}
            readOnly={readOnly}
          />
          <PlanGroupSizeField
            value={measure.groupSize}
            onCommit={(groupSize) => change({ groupSize })}
            readOnly={readOnly}
          />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** What the cycle counts: outcome, process and balancing measures, each with its aim. */
export function CycleMeasures({ context }: { context: CycleContext }) {
  const items = context.measures.items;
  return (
    <CycleSection id="cycle-measures" title="Measures">
      <Text size="sm">
        Outcome measures watch students, process measures watch the practice, and balancing measures
        watch for side effects.
      </Text>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          No measures yet. Data are entered against a measure.
        </Text>
      )}
      {items.map((measure, index) => (
        <MeasureItem
          key={measure.id}
          measure={measure}
          label={`Measure ${index + 1}`}
          context={context}
        />
      ))}
      {context.canWrite && (
        <Group>
          <Button
            variant="default"
            leftSection={<Plus size={16} aria-hidden="true" />}
            onClick={() => context.measures.add(emptyMeasure)}
          >
            Add a measure
          </Button>
        </Group>
      )}
    </CycleSection>
  );
}
