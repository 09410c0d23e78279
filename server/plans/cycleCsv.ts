import { CsvError, parse } from 'csv-parse/sync';
import type { ImportProblem } from '../../shared/api/cycles';
import type { CycleMeasure } from '../../shared/plans/cycleDoc';

/** The most rows one import takes. */
const MAX_ROWS = 1000;

export interface ImportedPoint {
  measureId: string;
  date: string;
  value: number;
  note: string;
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
/** As US spreadsheets write dates: month/day/year. */
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** A date as YYYY-MM-DD, or null when it is not a real calendar date. */
function calendarDateOf(text: string): string | null {
  const iso = ISO_DATE.exec(text);
  const us = US_DATE.exec(text);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]].map(Number)
    : us
      ? [us[3], us[1], us[2]].map(Number)
      : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** A value as a number: "45", "45.5", "45%", "1,200". */
function valueOf(text: string): number | null {
  const cleaned = text
    .replace(/%$/, '')
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .trim();
  if (cleaned === '') return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * Reads a cycle's data points from a CSV file with a header row: `date`, `measure` (a
 * measure's name; may be left out when the cycle has one measure), `value`, and optionally
 * `note`. Every problem is reported with its line; an import with any problem saves nothing.
 */
export function parseDataPointsCsv(
  csv: string,
  cycleMeasures: readonly CycleMeasure[],
): { points: ImportedPoint[] } | { problems: ImportProblem[] } {
  let records: string[][];
  try {
    records = parse(csv, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The parser's context names the line it stopped on.
    const line = typeof error['lines'] === 'number' ? error['lines'] : 1;
    return { problems: [{ line, message: 'This line is not valid CSV' }] };
  }
  const [header, ...rows] = records;
  if (!header) return { problems: [{ line: 1, message: 'The file is empty' }] };
  const column = (...names: string[]) =>
    header.findIndex((name) => names.includes(name.toLowerCase()));
  const dateColumn = column('date');
  const measureColumn = column('measure');
  const valueColumn = column('value');
  const noteColumn = column('note', 'notes');
  const soleMeasure = cycleMeasures.length === 1 ? cycleMeasures[0] : undefined;
  const missing = [
    dateColumn < 0 && 'date',
    valueColumn < 0 && 'value',
    measureColumn < 0 && !soleMeasure && 'measure',
  ].filter(Boolean);
  if (missing.length > 0) {
    return {
      problems: [
        {
          line: 1,
          message: `The first line names the columns; it needs ${missing.join(', ')}`,
        },
      ],
    };
  }
  if (rows.length === 0) return { problems: [{ line: 2, message: 'The file has no data rows' }] };
  if (rows.length > MAX_ROWS) {
    return {
      problems: [{ line: MAX_ROWS + 2, message: `Import at most ${MAX_ROWS} rows at once` }],
    };
  }

  const byName = new Map(cycleMeasures.map((m) => [m.name.trim().toLowerCase(), m]));
  const points: ImportedPoint[] = [];
  const problems: ImportProblem[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const cell = (at: number) => (at >= 0 ? (row[at] ?? '') : '');
    const measureName = cell(measureColumn);
    const measure =
      measureColumn >= 0 && measureName !== ''
        ? byName.get(measureName.toLowerCase())
        : soleMeasure;
    const date = calendarDateOf(cell(dateColumn));
    const value = valueOf(cell(valueColumn));
    const note = cell(noteColumn);
    if (!measure) {
      problems.push({
        line,
        message: measureName
          ? `This cycle has no measure called "${measureName.slice(0, 80)}"`
          : 'Say which measure this value is for',
      });
    } else if (!date) {
      problems.push({ line, message: 'Write the date as YYYY-MM-DD or MM/DD/YYYY' });
    } else if (value === null) {
      problems.push({ line, message: 'The value is not a number' });
    } else if (note.length > 500) {
      problems.push({ line, message: 'Keep the note under 500 characters' });
    } else {
      points.push({ measureId: measure.id, date, value, note });
    }
  });
  return problems.length > 0 ? { problems } : { points };
}
