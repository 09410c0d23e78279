import { beforeAll, describe, expect, it } from 'vitest';
import { signUp, type TestUser } from '../testing/apiClient';
import { recordReliability } from '../testing/reliabilityRecord';
import { useTestServer } from '../testing/useTestServer';
import { convergenceSeeds, runConvergenceSeeds } from './convergenceSeed';
import { summariseSeeds } from './seedSummary';

/**
 * Seeds in the test command: about 0.1 s each on a quiet 2-core machine (100 took 11.6 s in
 * a full `npm test`), so 200 keep this file under a minute even when the machine is loaded.
 * `npm run soak` runs thousands; CONVERGENCE_SEEDS=<n> runs more here,
 * and `SEED=<n>` replays one.
 */
const SEEDS = Number(process.env.CONVERGENCE_SEEDS ?? 200);
const CONCURRENCY = 6;
const seeds = convergenceSeeds(SEEDS);

describe('randomised convergence through a fault-injecting proxy', () => {
  const fixture = useTestServer({ team: false });
  let user: TestUser;

  beforeAll(async () => {
    user = await signUp(fixture.app.url, 'Seed owner');
  });

  it(`every client and the database agree, with no marker lost, over ${seeds.length === 1 ? `seed ${seeds[0]}` : `${seeds.length} seeds`}`, async () => {
    const started = performance.now();
    const results = await runConvergenceSeeds(
      { serverUrl: fixture.app.url, db: fixture.app.database.db, user },
      seeds,
      CONCURRENCY,
    );
    const summary = summariseSeeds(results, performance.now() - started);
    if (seeds.length > 1) {
      recordReliability({
        id: 'fault-convergence',
        area: 'Faults',
        fault: 'Delayed, reordered and cut socket traffic; clients going offline mid-edit',
        method:
          'Seeded fault proxy between 5-20 providers per seed and the server; each seed its own document; afterwards every client and the document reloaded from Postgres must match and hold every marker',
        trials: results.length,
        outcome: summary.outcome,
        passed: summary.failures.length === 0,
        command: 'npx vitest run server/reliability/convergence.test.ts',
      });
    }
    expect(summary.failures, summary.replayHint).toEqual([]);
    if (seeds.length > 1) {
      // The proxy really cut and reordered, and clients really reconnected.
      const clients = results.reduce((total, result) => total + result.clients, 0);
      expect(results.reduce((total, result) => total + result.drops, 0)).toBeGreaterThan(0);
      expect(results.reduce((total, result) => total + result.reorderedBatches, 0)).toBeGreaterThan(
        0,
      );
      expect(results.reduce((total, result) => total + result.connections, 0)).toBeGreaterThan(
        clients,
      );
    }
  }, 240_000);
});
