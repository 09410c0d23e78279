import type { SeedResult } from './convergenceSeed';

/** Totals over a batch of convergence seeds, and the failing ones with how to replay them. */
export function summariseSeeds(results: SeedResult[], elapsedMs: number) {
  const sum = (pick: (result: SeedResult) => number) =>
    results.reduce((total, result) => total + pick(result), 0);
  const failures = results
    .filter((result) => result.problem !== null)
    .map((result) => `seed ${result.seed}: ${result.problem}`);
  const slowest = results.reduce((most, result) => Math.max(most, result.ms), 0);
  const outcome =
    `${results.length - failures.length}/${results.length} seeds converged; ` +
    `${sum((r) => r.clients)} clients, ${sum((r) => r.edits)} markers ` +
    `(${sum((r) => r.acknowledgedUnderFaults)} acknowledged under faults), ` +
    `${sum((r) => r.lost.length)} lost; ${sum((r) => r.drops)} cut connections, ` +
    `${sum((r) => r.reorderedBatches)} runs of updates reordered, ` +
    `${sum((r) => r.connections)} connections; slowest seed ${slowest} ms, ` +
    `${Math.round(elapsedMs / 1000)} s in all`;
  const replayHint =
    failures.length === 0
      ? ''
      : `replay one with SEED=<n> npx vitest run server/reliability/convergence.test.ts\n${failures.join('\n')}`;
  return { failures, outcome, replayHint };
}
