import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import * as prettier from 'prettier';
import type { SuiteResult } from '../suite';
import { latencyVsLoadSvg } from './chart';
import { formatMarkdownTable, summaryRows, tableRows } from './table';
import { checkTargets } from './targets';

/** The runs the latency chart draws: S1 and the S2 steps (load rising), or the tiny run. */
export function chartedRuns(result: SuiteResult) {
  return result.runs.filter(
    (r) => r.scenario === 'S1' || r.scenario === 'S1-tiny' || r.scenario.startsWith('S2@'),
  );
}

/** Written through Prettier, so the checked-in results pass `prettier --check`. */
async function writeFormatted(path: string, text: string): Promise<void> {
  const config = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(text, { ...config, filepath: path }));
}

/** The targets of issue 7 this run can answer, as a Markdown table. */
function targetsTable(result: SuiteResult): string {
  return formatMarkdownTable(
    checkTargets(result).map((check) => ({
      target: check.target,
      measured: check.measured,
      met: check.met ? 'yes' : '**no**',
    })),
  );
}

/** The machine, as the report names it. */
function machineLine(result: SuiteResult): string {
  const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`;
  const pinning = result.pinned
    ? 'servers pinned to core 0, load generator to core 1'
    : 'not pinned to cores';
  return `${cpu}, Node ${process.version}, ${pinning}, load average ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')} at the end.`;
}

function markdown(result: SuiteResult): string {
  const summary = summaryRows(result);
  const failures = result.failures.map((f) => `- ${f.scenario} on ${f.peer}: ${f.error}`);
  return [
    `# Collaboration server benchmark (${result.mode} mode)`,
    '',
    `Run ${result.startedAt} on ${machineLine(result)}`,
    '',
    '## Scenarios',
    '',
    ...result.scenarios.map(
      (s) =>
        `- **${s.id}**: ${s.title}; ${s.warmupMs / 1000} s warm-up, ${s.durationMs / 1000} s measured.`,
    ),
    '',
    '## Targets (issue 7)',
    '',
    targetsTable(result),
    '',
    '## Figures',
    '',
    formatMarkdownTable(tableRows(result)),
    '',
    ...(summary.ramps.length > 0
      ? ['### S2: highest sustainable rate', '', formatMarkdownTable(summary.ramps), '']
      : []),
    ...(summary.churn.length > 0
      ? ['### S6: churn', '', formatMarkdownTable(summary.churn), '']
      : []),
    ...(summary.memory.length > 0
      ? [
          '### M: memory per open document and per connection',
          '',
          formatMarkdownTable(summary.memory),
          '',
        ]
      : []),
    'Latency: from the send of a keystroke update to its receipt at every other client of the',
    'room (same clock, one process). Lost: expected deliveries that never arrived. CPU: server',
    'process user + system time over measurement and drain. PG CPU: every Postgres process on',
    'the machine over the same window (only ours uses it; Postgres is not pinned to a core).',
    'Ratios compare p99 and CPU per 1,000 updates with the raw relay and the reference server',
    '(@y/websocket-server 0.1.1) on the same scenario. Cursor latency counts only the cursor',
    'states that arrive (servers may coalesce them); ack: send to the server’s sync',
    'acknowledgement (Hocuspocus protocol). Loop p99: the server’s own event-loop delay over',
    'the measurement; heap: its JS heap and buffers after a full collection, at the start and',
    'end of the measurement. Gen delay: the load generator’s event-loop delay.',
    '',
    '![p99 latency against load](latest-latency.svg)',
    ...(failures.length > 0 ? ['', '## Failed runs', '', ...failures] : []),
    '',
  ].join('\n');
}

/** Writes latest.json, latest.md and latest-latency.svg into `dir`. */
export async function writeResults(result: SuiteResult, dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  await writeFormatted(join(dir, 'latest.json'), JSON.stringify(result));
  await writeFormatted(join(dir, 'latest.md'), markdown(result));
  writeFileSync(
    join(dir, 'latest-latency.svg'),
    latencyVsLoadSvg(chartedRuns(result), `p99 latency vs load (${result.mode} mode)`),
  );
}

const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

/**
 * `--publish`: copies the report and chart to docs/ and replaces the README's benchmark
 * section (between the bench markers) with the machine, the targets and the S1 figures.
 */
export async function publishResults(result: SuiteResult, rootDir: string): Promise<void> {
  const docs = join(rootDir, 'docs');
  await writeFormatted(
    join(docs, 'benchmark.md'),
    markdown(result).replace('(latest-latency.svg)', '(benchmark-latency.svg)'),
  );
  writeFileSync(
    join(docs, 'benchmark-latency.svg'),
    latencyVsLoadSvg(chartedRuns(result), `p99 latency vs load (${result.mode} mode)`),
  );
  const readmePath = join(rootDir, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(BEGIN);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${BEGIN} … ${END} section`);
  const s1Rows = tableRows(result)
    .filter((row) => row.scenario === 'S1' || row.scenario === 'S3')
    .map((row) => ({
      scenario: row.scenario ?? '',
      server: row.peer ?? '',
      'p50 ms': row['p50 ms'] ?? '',
      'p99 ms': row['p99 ms'] ?? '',
      'CPU ms / 1k updates': row['CPU ms/1k upd'] ?? '',
      'loop p99 ms': row['loop p99'] ?? '',
      'p99 ×relay': row['p99 ×relay'] ?? '',
      'CPU ×ref': row['CPU ×ref'] ?? '',
    }));
  const section = [
    BEGIN,
    '',
    `Latest \`npm run bench -- --publish\` (${result.mode} mode), ${result.startedAt.slice(0, 10)}, ${machineLine(result)}`,
    '',
    targetsTable(result),
    '',
    formatMarkdownTable(s1Rows),
    '',
    '![p99 latency against load for the servers](docs/benchmark-latency.svg)',
    '',
    'Every scenario, peer and column: [docs/benchmark.md](docs/benchmark.md).',
    '',
    END,
  ].join('\n');
  const updated = readme.slice(0, start) + section + readme.slice(end + END.length);
  await writeFormatted(readmePath, updated);
}
