import { describe, expect, it } from 'vitest';
import type { PeerKind } from './peers/startPeer';
import { runSuite } from './suite';

// Our server runs on the test Postgres when there is one, else on PGlite (slower to start).
const backend = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/** The four servers of the issue; the suite's other variants share their code. */
const peers: PeerKind[] = ['relay', 'reference', 'hocuspocus', 'ours'];

describe('benchmark suite', () => {
  it(
    'measures every peer on a tiny scenario through the same code',
    { timeout: 90_000 },
    async () => {
      const result = await runSuite({ mode: 'tiny', peers, backend }, false);

      expect(result.failures).toEqual([]);
      expect(result.runs.map((run) => run.peer)).toEqual(peers);
      for (const run of result.runs) {
        expect(run.updates, run.peer).toBeGreaterThan(0);
        expect(run.deliveries, run.peer).toBeGreaterThan(0);
        expect(run.lost, run.peer).toBe(0);
        expect(run.latencyMs.p50, run.peer).toBeGreaterThan(0);
        expect(run.latencyMs.max, run.peer).toBeGreaterThanOrEqual(run.latencyMs.p99);
        expect(run.deliveriesPerSecond, run.peer).toBeGreaterThan(0);
        expect(Number.isFinite(run.cpuMsPer1000Updates), run.peer).toBe(true);
        expect(run.rssMiB, run.peer).toBeGreaterThan(0);
        expect(run.converged, run.peer).toBe(true);
        // The probe inside each server answered: its own event-loop delay and heap.
        expect(Number.isFinite(run.serverLoopP99Ms), run.peer).toBe(true);
        expect(run.heapEndMiB, run.peer).toBeGreaterThan(0);
      }
    },
  );
});
