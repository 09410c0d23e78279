import { describe, expect, it } from 'vitest';
import type { CycleMeasure } from '../../shared/plans/cycleDoc';
import { parseDataPointsCsv } from './cycleCsv';

const measure = (id: string, name: string): CycleMeasure => ({
  id,
  name,
  kind: 'outcome',
  unit: '%',
  baselineValue: null,
  targetValue: null,
  groupSize: null,
});
const two = [measure('m1', 'Exit tickets correct'), measure('m2', 'Turns of student talk')];

describe('parseDataPointsCsv', () => {
  it('reads points by measure name, in ISO or US dates, with percent signs and notes', () => {
    const csv = [
      'Date,Measure,Value,Notes',
      '2026-09-14,Exit tickets correct,42%,first week',
      '9/21/2026,exit tickets correct,48,',
      '2026-09-21,Turns of student talk,"1,200",',
    ].join('\r\n');
    expect(parseDataPointsCsv(`\uFEFF${csv}`, two)).toEqual({
      points: [
        { measureId: 'm1', date: '2026-09-14', value: 42, note: 'first week' },
        { measureId: 'm1', date: '2026-09-21', value: 48, note: '' },
        { measureId: 'm2', date: '2026-09-21', value: 1200, note: '' },
      ],
    });
  });

  it('takes the only measure when the file has no measure column', () => {
    expect(parseDataPointsCsv('date,value\n2026-10-01,3', [measure('m1', 'Any')])).toEqual({
      points: [{ measureId: 'm1', date: '2026-10-01', value: 3, note: '' }],
    });
  });

  it('reports every bad line and keeps none of the rows', () => {
    const csv = [
      'date,measure,value',
      '2026-09-14,Exit tickets correct,42',
      '2026-02-30,Exit tickets correct,40',
      '2026-09-21,Attendance,90',
      '2026-09-28,Exit tickets correct,many',
    ].join('\n');
    expect(parseDataPointsCsv(csv, two)).toEqual({
      problems: [
        { line: 3, message: 'Write the date as YYYY-MM-DD or MM/DD/YYYY' },
        { line: 4, message: 'This cycle has no measure called "Attendance"' },
        { line: 5, message: 'The value is not a number' },
      ],
    });
  });

  it('names the columns a file lacks, and refuses broken CSV', () => {
    expect(parseDataPointsCsv('when,how much\n2026-09-14,4', two)).toEqual({
      problems: [
        { line: 1, message: 'The first line names the columns; it needs date, value, measure' },
      ],
    });
    expect(parseDataPointsCsv('date,value\n"2026-09-14,4', two)).toMatchObject({
      problems: [{ message: 'This line is not valid CSV' }],
    });
    expect(parseDataPointsCsv('date,measure,value\n', two)).toEqual({
      problems: [{ line: 2, message: 'The file has no data rows' }],
    });
  });
});
