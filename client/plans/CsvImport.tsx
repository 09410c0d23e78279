import { Alert, Input, List, Stack, Text } from '@mantine/core';
import { type ChangeEvent, useId, useState } from 'react';
import type { ImportProblem } from '../../shared/api/cycles';
import { ApiError } from '../api/apiClient';
import { messageOf } from '../forms/useApiAction';
import type { CycleContext } from './cycleContext';
import { importDataCsv } from './cyclesApi';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'done'; count: number }
  | { kind: 'failed'; message: string; problems: ImportProblem[] };

/**
 * Imports a CSV file of data points (date, measure, value, note). The server saves every row
 * or, if any row is wrong, none, and says what is wrong line by line.
 */
export function CsvImport({ context }: { context: CycleContext }) {
  const inputId = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const handleFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ kind: 'reading' });
    try {
      const csv = await file.text();
      const { count } = await importDataCsv(context.teamId, context.cycleId, csv);
      setState({ kind: 'done', count });
    } catch (caught) {
      const problems = caught instanceof ApiError ? caught.problems : [];
      setState({ kind: 'failed', message: messageOf(caught), problems });
    } finally {
      // Choosing the same file again (after fixing it) imports it again.
      input.value = '';
    }
  };

  return (
    <Stack gap="xs">
      <Input.Wrapper
        id={inputId}
        label="Import from CSV"
        description="A header row, then one row per data point with the columns date, measure, value, note. The measure is a measure's name; a date is YYYY-MM-DD or month/day/year."
      >
        <input
          id={inputId}
          type="file"
          accept=".csv,text/csv"
          style={{ maxWidth: '100%' }}
          aria-describedby={`${inputId}-description`}
          disabled={state.kind === 'reading'}
          onChange={(event) => void handleFile(event)}
        />
      </Input.Wrapper>
      <Text size="sm" role="status">
        {state.kind === 'reading' && 'Importing…'}
        {state.kind === 'done' &&
          `Imported ${state.count} data ${state.count === 1 ? 'point' : 'points'}.`}
      </Text>
      {state.kind === 'failed' && (
        <Alert color="red" role="alert" title="Nothing was imported">
          <Stack gap={4}>
            <Text size="sm">{state.message}</Text>
            {state.problems.length > 0 && (
              <List size="sm" spacing={2}>
                {state.problems.map((problem) => (
                  <List.Item key={`${problem.line}-${problem.message}`}>
                    Line {problem.line}: {problem.message}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
