/**
 * The four servers side by side on the same load (issue 7): a raw WebSocket relay, the
 * reference @y/websocket-server 0.1.1, stock Hocuspocus and ours with durable persistence on
 * a real Postgres. Each server runs in its own process on core 0, the simulated clients here
 * on core 1.
 *
 * `npm run bench` (full) or `npm run bench:short` (under 2 minutes)
 *   [-- --peers relay,ours] [--scenarios S1,S3] [--backend postgres|pglite] [--tiny]
 *
 * Postgres: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/
 * postgres as admin connection; each run of ours gets a database of its own, dropped after.
 * Writes bench/results/latest.json, latest.md and latest-latency.svg.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { BenchMode } from './load/scenarios';
import { type PeerKind, peerKinds, pinLoadGenerator } from './peers/startPeer';
import { checkTargets } from './report/targets';
import { formatTerminalTable, summaryRows, tableRows } from './report/table';
import { publishResults, writeResults } from './report/writeResults';
import { runSuite } from './suite';

const { values } = parseArgs({
  options: {
    short: { type: 'boolean', default: false },
    publish: { type: 'boolean', default: false },
    tiny: { type: 'boolean', default: false },
    peers: { type: 'string' },
    scenarios: { type: 'string' },
    backend: { type: 'string', default: 'postgres' },
    's3-rooms': { type: 'string' },
    's3-minutes': { type: 'string' },
  },
});
const positive = (value: string | undefined, flag: string) => {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${flag} takes a whole number`);
  return number;
};
const mode: BenchMode = values.tiny ? 'tiny' : values.short ? 'short' : 'full';
const peers = values.peers?.split(',').map((name) => {
  if (!(peerKinds as readonly string[]).includes(name)) throw new Error(`unknown peer ${name}`);
  return name as PeerKind;
});
if (values.backend !== 'postgres' && values.backend !== 'pglite') {
  throw new Error('--backend is postgres or pglite');
}

const started = performance.now();
const pinned = pinLoadGenerator();
const result = await runSuite(
  {
    mode,
    peers,
    scenarioIds: values.scenarios?.split(','),
    backend: values.backend,
    s3: {
      rooms: positive(values['s3-rooms'], '--s3-rooms'),
      minutes: positive(values['s3-minutes'], '--s3-minutes'),
    },
    log: (line) => console.log(line),
  },
  pinned,
);
console.log();
console.log(formatTerminalTable(tableRows(result)));
const summary = summaryRows(result);
for (const rows of [summary.ramps, summary.churn, summary.memory]) {
  if (rows.length > 0) console.log(`\n${formatTerminalTable(rows)}`);
}
console.log();
for (const check of checkTargets(result)) {
  console.log(`${check.met ? 'met ' : 'MISS'}  ${check.target}: ${check.measured}`);
}
for (const failure of result.failures) {
  console.log(`FAILED ${failure.scenario} on ${failure.peer}: ${failure.error}`);
}
await writeResults(result, fileURLToPath(new URL('results', import.meta.url)));
if (values.publish) await publishResults(result, fileURLToPath(new URL('..', import.meta.url)));
console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s; bench/results/latest.md`);
process.exitCode = result.failures.length > 0 ? 1 : 0;
