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
      cursors: String(run.cursorLatencyMs.count),
      'ack p99': run.ackLatencyMs ? ms(run.ackLatencyMs.p99) : '–',
      converged: run.converged ? 'yes' : 'NO',
      'loop p99': ms(run.serverLoopP99Ms),
      'heap MiB': `${run.heapStartMiB.toFixed(0)}→${run.heapEndMiB.toFixed(0)}`,
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

/** S2: the highest sustainable rate of each peer, and S6's churn, M's memory. */
export function summaryRows(result: SuiteResult): { ramps: Row[]; churn: Row[]; memory: Row[] } {
  const relay = result.ramps.find((r) => r.peer === 'relay');
  const reference = result.ramps.find((r) => r.peer === 'reference');
  return {
    ramps: result.ramps.map((r) => ({
      peer: r.peer,
      'editors at p99 ≤ 20 ms': String(r.sustainableEditors),
      'deliveries/s': Math.round(r.sustainableDeliveriesPerSecond).toString(),
      '×relay': ratio(r.sustainableDeliveriesPerSecond, relay?.sustainableDeliveriesPerSecond),
      '×ref': ratio(r.sustainableDeliveriesPerSecond, reference?.sustainableDeliveriesPerSecond),
    })),
    churn: result.runs
      .filter((r) => r.churn)
      .map((r) => ({
        scenario: r.scenario,
        peer: r.peer,
        connects: String(r.churn?.connects ?? 0),
        failures: String(r.churn?.failures ?? 0),
        'connect p50 ms': ms(r.churn?.connectMs.p50 ?? NaN),
        'connect p99 ms': ms(r.churn?.connectMs.p99 ?? NaN),
        'typing p99 ms': ms(r.latencyMs.p99),
        'heap MiB': `${r.heapStartMiB.toFixed(0)}→${r.heapEndMiB.toFixed(0)}`,
      })),
    memory: result.memory.map((m) => ({
      peer: m.peer,
      documents: String(m.documents),
      'KiB per document': m.perDocumentKiB.toFixed(1),
      'Yjs doc KiB': m.yjsDocumentKiB.toFixed(1),
      '×Yjs': ratio(m.perDocumentKiB, m.yjsDocumentKiB),
      'KiB per connection': m.perConnectionKiB.toFixed(1),
    })),
  };
}
