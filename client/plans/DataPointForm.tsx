import { Alert, Box, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { Plus } from 'lucide-react';
import { type FormEvent, useState } from 'react';
import { dataPointInput } from '../../shared/api/cycles';
import { todayIn } from '../../shared/time/teamTime';
import { useApiAction } from '../forms/useApiAction';
import type { CycleContext } from './cycleContext';
import { measureName } from './cycleLabels';
import { addDataPoints } from './cyclesApi';

/** Adds one data point to a measure; the server locks the prediction on the first. */
export function DataPointForm({ context }: { context: CycleContext }) {
  const measures = context.measures.items;
  const { pending, error, setError, run } = useApiAction();
  const [measureId, setMeasureId] = useState('');
  const [date, setDate] = useState(() => todayIn(context.timeZone));
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const chosen = measures.length === 1 ? (measures[0]?.id ?? '') : measureId;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const number = value.trim() === '' ? Number.NaN : Number(value.trim());
    if (!Number.isFinite(number)) return setError('Enter the value as a number, e.g. 42 or 3.5');
    const parsed = dataPointInput.safeParse({ measureId: chosen, date, value: number, note });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Check the point');
    void run(async () => {
      await addDataPoints(context.teamId, context.cycleId, { points: [parsed.data] });
      setValue('');
      setNote('');
    });
  };

  return (
    <Box component="form" onSubmit={submit} aria-label="Add a data point" noValidate>
      <Stack gap="xs">
        <Group align="flex-end" gap="sm" wrap="wrap">
          {measures.length > 1 && (
            <NativeSelect
              label="Measure"
              required
              value={measureId}
              onChange={(event) => setMeasureId(event.currentTarget.value)}
              data={[
                { value: '', label: 'Choose a measure' },
                ...measures.map((m) => ({ value: m.id, label: measureName(measures, m.id) })),
              ]}
              style={{ flex: '1 1 12rem' }}
            />
          )}
          <TextInput
            label="Date"
            type="date"
            required
            value={date}
            onChange={(event) => setDate(event.currentTarget.value)}
            style={{ flex: '0 1 10rem' }}
          />
          <TextInput
            label="Value"
            required
            inputMode="decimal"
            maxLength={20}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            style={{ flex: '0 1 7rem' }}
          />
          <TextInput
            label="Note"
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            style={{ flex: '2 1 12rem' }}
          />
          <Button
            type="submit"
            variant="default"
            loading={pending}
            leftSection={<Plus size={16} aria-hidden="true" />}
          >
            Add data point
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert" py="xs">
            {error}
          </Alert>
        )}
      </Stack>
    </Box>
  );
}
