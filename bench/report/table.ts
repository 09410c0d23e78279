import type { RunFigures } from '../load/runScenario';
import type { SuiteResult } from '../suite';

/** One printed row: column name to text, in column order. */
export type Row = Record<string, string>;

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '–');
function ratio(value: number, base: number | undefined): string {
  if (base === undefined || !(base > 0) || !Number.isFinite(value)) return '–';
  const times = value / base;
  return `${times.toFixed(times < 0.1 ? 2 : 1)}×`;
}

/** The figures of every run, with p99 and CPU as ratios to the relay and the reference server. */
export function tableRows(result: SuiteResult): Row[] {
  return result.runs.map((run: RunFigures) => {
    const sameScenario = (peer: string) =>
      result.runs.find((other) => other.scenario === run.scenario && other.peer === peer);
    const relay = sameScenario('relay');
    const reference = sameScenario('reference');
    return {
      scenario: run.scenario,
      peer: run.peer,
      clients: String(run.clients),
      updates: String(run.updates),
      'p50 ms': ms(run.latencyMs.p50),
      'p95 ms': ms(run.latencyMs.p95),
      'p99 ms': ms(run.latencyMs.p99),
      'max ms': ms(run.latencyMs.max),
      lost: String(run.lost),
      'deliv/s': Math.round(run.deliveriesPerSecond).toString(),
      'CPU ms/1k upd': ms(run.cpuMsPer1000Updates),
      'CPU %': run.cpuPercent.toFixed(0),
      'PG CPU ms/1k': ms(run.postgresCpuMsPer1000Updates),
      'RSS MiB': run.rssMiB.toFixed(0),
      'cursor p99': ms(run.cursorLatencyMs.p99),
      'ack p99': run.ackLatencyMs ? ms(run.ackLatencyMs.p99) : '–',
      converged: run.converged ? 'yes' : 'NO',
      'gen delay p99': ms(run.loadGeneratorDelayP99Ms),
      'p99 ×relay': ratio(run.latencyMs.p99, relay?.latencyMs.p99),
      'p99 ×ref': ratio(run.latencyMs.p99, reference?.latencyMs.p99),
      'CPU ×relay': ratio(run.cpuMsPer1000Updates, relay?.cpuMsPer1000Updates),
      'CPU ×ref': ratio(run.cpuMsPer1000Updates, reference?.cpuMsPer1000Updates),
    };
  });
}

/** Fixed-width text, numbers right-aligned, for the terminal. */
export function formatTerminalTable(rows: Row[]): string {
  const first = rows[0];
  if (!first) return '(no runs)';
  const columns = Object.keys(first);
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)));
  return [
    line(columns).join('  '),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map((row) => line(columns.map((c) => row[c] ?? '')).join('  ')),
  ].join('\n');
}

/** A GitHub Markdown table of the same rows. */
export function formatMarkdownTable(rows: Row[]): string {
  const first = rows[0];
  if (!first) return '(no runs)';
  const columns = Object.keys(first);
  return [
    `| ${columns.join(' | ')} |`,
    `| ${columns.map((_, i) => (i < 2 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((row) => `| ${columns.map((c) => row[c] ?? '').join(' | ')} |`),
  ].join('\n');
}
