import type { LogSize, LogTableSize } from './storedFixtures';

/** A cold load's medians beside the bare apply of the same state. */
export interface LoadRow {
  readMs: number;
  applyMs: number;
  totalMs: number;
  bareMs: number;
  /** totalMs / bareMs. */
  ratio: number;
  /** The fastest run of each, and their ratio. */
  minTotalMs: number;
  minBareMs: number;
  minRatio: number;
}

/** Everything bench:storage measured; written as storage.json. */
export interface StorageResults {
  startedAt: string;
  machine: string;
  /** The machine's one-minute load average when the run ended. */
  loadAverage: number;
  edits: number;
  editors: number;
  runs: number;
  finalCharacters: number;
  finalStateBytes: number;
  /** S4 (a): compacted state plus `shortLog` log entries. */
  compacted: LoadRow & { shortLog: number };
  /** The whole log compacted, nothing after it. */
  fullyCompacted: LoadRow;
  /** S4 (b): the log alone, at several lengths. */
  longLog: {
    rows: (LoadRow & { entries: number; usPerEntry: number })[];
    /** Log-log slopes of time against entries: 1 is linear, 2 quadratic. */
    totalExponent: number;
    applyExponent: number;
    readExponent: number;
    /** The same slope over the fastest run of each length. */
    minTotalExponent: number;
  };
  /** S5: the longest log before compaction, the log table on disk, the compacted state. */
  storage: {
    log: LogSize;
    table: LogTableSize;
    state: { bytes: number; storedBytes: number };
  };
}

const ms = (value: number) => value.toFixed(1);
const perEdit = (bytes: number, edits: number) => (bytes / edits).toFixed(2);

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The results as Markdown: S4 (a), S4 (b) and S5, with the targets beside them. */
export function storageMarkdown(r: StorageResults): string {
  const { log, table: disk, state } = r.storage;
  const loadRow = (label: string, row: LoadRow) => [
    label,
    ms(row.readMs),
    ms(row.applyMs),
    ms(row.totalMs),
    ms(row.bareMs),
    row.ratio.toFixed(2),
    `${ms(row.minTotalMs)} / ${ms(row.minBareMs)} = ${row.minRatio.toFixed(2)}`,
  ];
  return [
    `# Storage: cold load and bytes per edit (${r.startedAt})`,
    '',
    `${r.edits} single-keystroke edits by ${r.editors} simulated editors on one rich-text ` +
      `fragment; ${r.finalCharacters} characters of XML remain. Medians of ${r.runs} cold ` +
      `loads (after one warm-up) on ${r.machine}, load average ` +
      `${r.loadAverage.toFixed(1)}. A cold load is loadStoredDocument plus ` +
      `applyStoredDocument into a new Hocuspocus Document, as onLoadDocument does it.`,
    '',
    '## S4 (a): compacted state plus a short log (target: within 1.2 × bare apply)',
    '',
    table(
      [
        'document',
        'read ms',
        'apply ms',
        'cold load ms',
        'bare apply ms',
        'ratio',
        'fastest: load / bare',
      ],
      [
        loadRow(`compacted + ${r.compacted.shortLog} log entries`, r.compacted),
        loadRow('compacted, no log', r.fullyCompacted),
      ],
    ),
    '',
    '## S4 (b): the log alone (target: linear in its length)',
    '',
    table(
      [
        'log entries',
        'read ms',
        'apply ms',
        'cold load ms',
        'µs per entry',
        'fastest load ms',
        'bare apply ms',
      ],
      r.longLog.rows.map((row) => [
        String(row.entries),
        ms(row.readMs),
        ms(row.applyMs),
        ms(row.totalMs),
        row.usPerEntry.toFixed(1),
        ms(row.minTotalMs),
        ms(row.bareMs),
      ]),
    ),
    '',
    `Growth exponent (log-log slope; 1 is linear, 2 quadratic): cold load ` +
      `${r.longLog.totalExponent.toFixed(2)}, read ${r.longLog.readExponent.toFixed(2)}, ` +
      `apply ${r.longLog.applyExponent.toFixed(2)}; fastest runs ` +
      `${r.longLog.minTotalExponent.toFixed(2)}.`,
    '',
    '## S5: bytes stored per edit (target: at most 5 once compacted)',
    '',
    table(
      ['what', 'bytes', 'per edit'],
      [
        ['compacted state (encoded)', String(state.bytes), perEdit(state.bytes, r.edits)],
        [
          'compacted state (as stored)',
          String(state.storedBytes),
          perEdit(state.storedBytes, r.edits),
        ],
        ['log, update payloads', String(log.payloadBytes), perEdit(log.payloadBytes, r.edits)],
        [
          'log, update column as stored',
          String(log.storedBytes),
          perEdit(log.storedBytes, r.edits),
        ],
        ['log table on disk (heap)', String(disk.heapBytes), perEdit(disk.heapBytes, r.edits)],
        ['log table on disk (indexes)', String(disk.indexBytes), perEdit(disk.indexBytes, r.edits)],
      ],
    ),
    '',
    `Before compaction the log holds ${(log.rows / r.edits).toFixed(2)} rows per edit ` +
      `(${log.rows} rows, ${(log.payloadBytes / log.rows).toFixed(1)} bytes of update per row, ` +
      `${((disk.heapBytes + disk.indexBytes) / disk.rows).toFixed(1)} bytes per row on disk ` +
      `with its index).`,
    '',
  ].join('\n');
}
