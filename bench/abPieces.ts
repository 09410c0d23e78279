/**
 * Issue 18: what each hand-made fast piece of our collaboration socket gains. Every round runs
 * ours (durable, Postgres) with all pieces on and with each piece off (`BENCH_WITHOUT`), in a
 * freshly shuffled order, each variant on the chosen scenarios (S1 and S3 unless told) with a
 * fresh server per scenario, so slow drift of the machine spreads over all variants instead of
 * favouring one.
 *
 * `npm run bench:ab` [-- --rounds 5] [--variants all,lane,broadcast,throttle]
 *   [--scenarios S1,S3,S8] [--s3-seconds 60] [--s3-rooms 200] [--tiny]
 *
 * S8 (30 cursors at 20 Hz, what the awareness throttle is for) sends no document updates, so
 * its latencies are the cursor latencies (send of a caret move to its receipt at every other
 * client; states the server coalesces never arrive and are not counted), and its CPU is per
 * 1,000 cursor moves sent: the server's CPU share over the window times its length, over the
 * moves the scenario schedules (editors × rooms × cursor Hz × seconds; runScenario reports
 * `updates` = 0 and only the received cursor states, which the throttle itself thins out).
 *
 * A piece counts as beyond the spread on a metric when the medians of "all on" and "without
 * it" differ by more than half the larger of the two variants' min–max ranges over the rounds.
 * Writes bench/results/ab-pieces.json and ab-pieces.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type FastPiece, fastPieces } from '../server/config';
import { type RunFigures, runScenario } from './load/runScenario';
import { type Scenario, scenariosFor } from './load/scenarios';
import { pinLoadGenerator, startPeer } from './peers/startPeer';
import { formatMarkdownTable, formatTerminalTable, type Row } from './report/table';

/** `all`: every piece on; a piece's name: that piece off. */
type Variant = 'all' | FastPiece;
const allVariants: readonly Variant[] = ['all', ...fastPieces];

const scenarioIds = ['S1', 'S3', 'S8'] as const;
type ScenarioId = (typeof scenarioIds)[number];

/**
 * S8's cursor moves sent during measurement, as scheduled: each editor moves its caret
 * `cursorHz` times a second (a late tick skips, so a delayed generator sends slightly fewer).
 */
const scheduledCursorMoves = (s: Scenario) =>
  s.rooms * s.editorsPerRoom * (s.cursorHz ?? 0) * (s.durationMs / 1000);

/** Server CPU ms per 1,000 scheduled cursor moves (the window is the measurement: no drain). */
function cpuMsPer1000CursorMoves(run: RunFigures, scenario: Scenario): number {
  const moves = scheduledCursorMoves(scenario);
  const cpuMs = (run.cpuPercent / 100) * scenario.durationMs;
  return moves > 0 ? (cpuMs / moves) * 1000 : NaN;
}

interface Metric {
  scenario: ScenarioId;
  name: string;
  read: (run: RunFigures, scenario: Scenario) => number;
}
const allMetrics: Metric[] = [
  { scenario: 'S1', name: 'p50 ms', read: (r) => r.latencyMs.p50 },
  { scenario: 'S1', name: 'p99 ms', read: (r) => r.latencyMs.p99 },
  { scenario: 'S1', name: 'CPU ms/1k upd', read: (r) => r.cpuMsPer1000Updates },
  { scenario: 'S1', name: 'loop p99 ms', read: (r) => r.serverLoopP99Ms },
  { scenario: 'S3', name: 'p99 ms', read: (r) => r.latencyMs.p99 },
  { scenario: 'S3', name: 'CPU ms/1k upd', read: (r) => r.cpuMsPer1000Updates },
  { scenario: 'S3', name: 'loop p99 ms', read: (r) => r.serverLoopP99Ms },
  { scenario: 'S8', name: 'cursor p50 ms', read: (r) => r.cursorLatencyMs.p50 },
  { scenario: 'S8', name: 'cursor p99 ms', read: (r) => r.cursorLatencyMs.p99 },
  { scenario: 'S8', name: 'CPU ms/1k moves', read: cpuMsPer1000CursorMoves },
  { scenario: 'S8', name: 'loop p99 ms', read: (r) => r.serverLoopP99Ms },
];

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    variants: { type: 'string', default: allVariants.join(',') },
    scenarios: { type: 'string', default: 'S1,S3' },
    's3-seconds': { type: 'string', default: '60' },
    's3-rooms': { type: 'string', default: '200' },
    tiny: { type: 'boolean', default: false },
  },
});
const whole = (value: string, flag: string) => {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${flag} takes a whole number`);
  return number;
};
const rounds = whole(values.rounds, '--rounds');
const variants = values.variants.split(',').map((name) => {
  if (!(allVariants as readonly string[]).includes(name))
    throw new Error(`unknown variant ${name}`);
  return name as Variant;
});
const chosenIds = values.scenarios.split(',').map((id) => {
  if (!(scenarioIds as readonly string[]).includes(id))
    throw new Error(`unknown scenario ${id} (known: ${scenarioIds.join(', ')})`);
  return id as ScenarioId;
});
const s3Seconds = whole(values['s3-seconds'], '--s3-seconds');
const s3Rooms = whole(values['s3-rooms'], '--s3-rooms');

/** Full mode's chosen scenarios (S3 shortened as asked); `--tiny` shrinks them to seconds. */
function pickScenario(id: ScenarioId): Scenario {
  const found = scenariosFor('full', { rooms: s3Rooms }).find((s) => s.id === id);
  if (!found) throw new Error(`${id} missing from the full scenarios`);
  const tiny = { warmupMs: 1_000, durationMs: 3_000 };
  if (id === 'S3') {
    return values.tiny
      ? { ...found, ...tiny, title: '10 rooms × 10 editors at 2 chars/s', rooms: 10 }
      : { ...found, durationMs: s3Seconds * 1000 };
  }
  return values.tiny ? { ...found, ...tiny } : found;
}
const scenarios = [...new Set(chosenIds)].map(pickScenario);
const metrics = allMetrics.filter((m) => scenarios.some((s) => s.id === m.scenario));
const scenarioOf = (id: string) => scenarios.find((s) => s.id === id);

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function median(sample: number[]): number {
  const sorted = [...sample].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
}

interface Summary {
  median: number;
  min: number;
  max: number;
  values: number[];
}
function summarise(sample: number[]): Summary {
  const finite = sample.filter(Number.isFinite);
  return {
    median: median(finite),
    min: Math.min(...finite),
    max: Math.max(...finite),
    values: sample,
  };
}

const label = (variant: Variant) => (variant === 'all' ? 'all on' : `without ${variant}`);
const fixed = (value: number) => (Number.isFinite(value) ? value.toFixed(value < 10 ? 2 : 1) : '–');

interface Sample {
  round: number;
  variant: Variant;
  run: RunFigures;
  /** The machine's 1-minute load average when the run ended (other work on the machine). */
  loadAverage: number;
}
interface Failure {
  round: number;
  variant: Variant;
  scenario: string;
  error: string;
}
const samples: Sample[] = [];
const failures: Failure[] = [];

function summaryOf(variant: Variant, metric: Metric): Summary {
  const scenario = scenarioOf(metric.scenario);
  if (!scenario) return summarise([]);
  return summarise(
    samples
      .filter((s) => s.variant === variant && s.run.scenario === metric.scenario)
      .map((s) => metric.read(s.run, scenario)),
  );
}

/** Per variant, each metric as "median (min–max)", plus the load generator's own delay. */
function figureRows(): Row[] {
  return variants.map((variant) => {
    const row: Row = { variant: label(variant) };
    for (const metric of metrics) {
      const { median: mid, min, max } = summaryOf(variant, metric);
      row[`${metric.scenario} ${metric.name}`] = `${fixed(mid)} (${fixed(min)}–${fixed(max)})`;
    }
    if (scenarioOf('S8')) {
      // Not a verdict: how many cursor states reached the other clients (the throttle gathers).
      const received = summarise(
        samples
          .filter((s) => s.variant === variant && s.run.scenario === 'S8')
          .map((s) => s.run.cursorLatencyMs.count),
      );
      row['S8 cursors recv'] = `${received.median.toFixed(0)} (${received.min}–${received.max})`;
    }
    const gen = samples
      .filter((s) => s.variant === variant)
      .map((s) => s.run.loadGeneratorDelayP99Ms);
    row['gen delay p99 max'] = fixed(Math.max(...gen));
    const loads = samples.filter((s) => s.variant === variant).map((s) => s.loadAverage);
    row['load avg max'] = fixed(Math.max(...loads));
    row.runs = String(samples.filter((s) => s.variant === variant).length);
    return row;
  });
}

/**
 * Per piece and metric: median without it minus median with everything on. Positive means the
 * piece saves that much (every metric here is better lower).
 */
function verdictRows(): Row[] {
  if (!variants.includes('all')) return [];
  return variants
    .filter((variant) => variant !== 'all')
    .flatMap((variant) =>
      metrics.map((metric) => {
        const on = summaryOf('all', metric);
        const off = summaryOf(variant, metric);
        const difference = off.median - on.median;
        const halfRange = Math.max(on.max - on.min, off.max - off.min) / 2;
        const beyond = Math.abs(difference) > halfRange;
        const reading = !beyond ? 'within spread' : difference > 0 ? 'GAIN' : 'off is better';
        return {
          piece: variant,
          metric: `${metric.scenario} ${metric.name}`,
          'all on': fixed(on.median),
          without: fixed(off.median),
          'off − on': fixed(difference),
          'half range': fixed(halfRange),
          verdict: reading,
        };
      }),
    );
}

const resultsDir = fileURLToPath(new URL('results', import.meta.url));
const command = `npm run bench:ab -- ${process.argv.slice(2).join(' ')}`.trim();
const startedAt = new Date();

function writeReport(elapsedS: number): void {
  mkdirSync(resultsDir, { recursive: true });
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
  const json = {
    command,
    startedAt,
    elapsedS,
    machine,
    rounds,
    variants,
    scenarios,
    samples,
    failures,
  };
  writeFileSync(join(resultsDir, 'ab-pieces.json'), `${JSON.stringify(json, null, 2)}\n`);
  const markdown = [
    '# Fast pieces A/B (issue 18)',
    '',
    `\`${command}\`, started ${startedAt.toISOString()}, ${elapsedS.toFixed(0)} s, on ${machine}.`,
    '',
    ...scenarios.map(
      (s) =>
        `- **${s.id}**: ${s.title}; ${s.warmupMs / 1000} s warm-up, ${s.durationMs / 1000} s measured.`,
    ),
    ...scenarios
      .filter((s) => s.id === 'S8')
      .map(
        (s) =>
          `- S8 has no document updates: p50/p99 are cursor latencies of the states that arrive; CPU is per 1,000 cursor moves sent as scheduled (${scheduledCursorMoves(s)} a run); "cursors recv" counts cursor states received by the other clients.`,
      ),
    '',
    '## Figures: median (min–max) over the rounds',
    '',
    formatMarkdownTable(figureRows()),
    '',
    '## Per piece: beyond the spread when |off − on| > half the larger min–max range',
    '',
    formatMarkdownTable(verdictRows()),
    '',
    ...failures.map(
      (f) => `- FAILED round ${f.round} ${label(f.variant)} ${f.scenario}: ${f.error}`,
    ),
  ];
  writeFileSync(join(resultsDir, 'ab-pieces.md'), `${markdown.join('\n')}\n`);
}

const started = performance.now();
const pinned = pinLoadGenerator();
const elapsed = () => (performance.now() - started) / 1000;
console.log(`${rounds} rounds of ${variants.map(label).join(', ')}; pinned: ${pinned}`);
for (let round = 1; round <= rounds; round++) {
  const order = shuffled(variants);
  console.log(`round ${round}: ${order.map(label).join(', ')}`);
  for (const variant of order) {
    for (const scenario of scenarios) {
      const env = { BENCH_WITHOUT: variant === 'all' ? '' : variant };
      try {
        const peer = await startPeer('ours', { env }, pinned);
        try {
          const run = await runScenario(peer, scenario);
          const loadAverage = os.loadavg()[0] ?? NaN;
          samples.push({ round, variant, run, loadAverage });
          const figures =
            scenario.id === 'S8'
              ? `cursor p50 ${fixed(run.cursorLatencyMs.p50)} p99 ${fixed(run.cursorLatencyMs.p99)} CPU/1k moves ${fixed(cpuMsPer1000CursorMoves(run, scenario))} CPU ${run.cpuPercent.toFixed(0)} % cursors recv ${run.cursorLatencyMs.count}`
              : `p50 ${fixed(run.latencyMs.p50)} p99 ${fixed(run.latencyMs.p99)} CPU/1k ${fixed(run.cpuMsPer1000Updates)}`;
          console.log(
            `  ${elapsed().toFixed(0)} s  ${label(variant)} ${scenario.id}: ${figures} loop p99 ${fixed(run.serverLoopP99Ms)} gen p99 ${fixed(run.loadGeneratorDelayP99Ms)} lost ${run.lost} load ${loadAverage.toFixed(1)}${run.converged ? '' : ' NOT CONVERGED'}`,
          );
        } finally {
          await peer.stop();
        }
      } catch (error) {
        const text = error instanceof Error ? error.message : String(error);
        failures.push({ round, variant, scenario: scenario.id, error: text });
        console.log(`  ${label(variant)} ${scenario.id}: FAILED ${text}`);
      }
    }
    // Written as it goes: a run stopped half-way still leaves its figures.
    writeReport(elapsed());
  }
}
console.log(`\n${formatTerminalTable(figureRows())}\n`);
const verdicts = verdictRows();
if (verdicts.length > 0) console.log(`${formatTerminalTable(verdicts)}\n`);
writeReport(elapsed());
console.log(`${elapsed().toFixed(0)} s; bench/results/ab-pieces.md`);
process.exitCode = failures.length > 0 ? 1 : 0;
