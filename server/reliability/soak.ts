import { parseArgs } from 'node:util';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { addToTeam, createTeam, signUp } from '../testing/apiClient';
import { recordReliability, writeReliabilityReport } from '../testing/reliabilityRecord';
import { availableBackends, createTestDatabase } from '../testing/testDatabase';
import { startTestServer } from '../testing/testServer';
import { convergenceSeeds, runConvergenceSeeds } from './convergenceSeed';
import { runKillRounds } from '../testing/killRounds';
import { summariseSeeds } from './seedSummary';

/**
 * `npm run soak`: the long variants of the fault tests. Thousands of convergence seeds on one
 * in-process server, then SIGKILL rounds against a spawned server. Scale down with
 * `npm run soak -- --seeds 300 --kills 10`. Records 'Soak' entries for RELIABILITY.md and
 * exits non-zero on any loss or divergence; a failing seed replays with SEED=<n>.
 */
const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '2000' },
    kills: { type: 'string', default: '100' },
    concurrency: { type: 'string', default: '6' },
    /** Seeds are derived from this, so the soak covers other seeds than the test command. */
    base: { type: 'string', default: '1000' },
  },
});
const seedCount = Number(values.seeds);
const kills = Number(values.kills);
const concurrency = Number(values.concurrency);
const backend = availableBackends()[0] ?? 'pglite';
const command = `npm run soak -- --seeds ${seedCount} --kills ${kills}`;
let failed = false;

if (seedCount > 0) {
  const database = await createTestDatabase(backend);
  const app = await startTestServer(database);
  try {
    const user = await signUp(app.url, 'Soak owner');
    const seeds = convergenceSeeds(seedCount, Number(values.base));
    const started = performance.now();
    let done = 0;
    const results = await runConvergenceSeeds(
      { serverUrl: app.url, db: app.database.db, user },
      seeds,
      concurrency,
      (result) => {
        done++;
        if (result.problem) console.log(`seed ${result.seed} FAILED: ${result.problem}`);
        if (done % 100 === 0) console.log(`${done}/${seeds.length} seeds`);
      },
    );
    const summary = summariseSeeds(results, performance.now() - started);
    console.log(summary.outcome);
    failed ||= summary.failures.length > 0;
    recordReliability({
      id: 'soak-convergence',
      area: 'Soak',
      fault: 'Delayed, reordered and cut socket traffic; clients going offline mid-edit',
      method: `As the convergence test, on ${backend}, ${concurrency} seeds at a time`,
      trials: results.length,
      outcome: summary.outcome,
      passed: summary.failures.length === 0,
      command,
    });
  } finally {
    await app.close();
    await database.drop();
  }
}

if (kills > 0) {
  const database = await createTestDatabase(backend);
  try {
    const setup = await startTestServer(database);
    const principal = await signUp(setup.url, 'Principal');
    const member = await signUp(setup.url, 'Member');
    const documents: string[] = [];
    for (let i = 0; i < 2; i++) {
      const teamId = await createTeam(setup.url, principal);
      await addToTeam(setup.url, principal, teamId, member, 'member');
      documents.push(purposeDocumentName(teamId));
    }
    await setup.close();
    const tokens = [principal.token, member.token, principal.token, member.token];
    const started = performance.now();
    const result = await runKillRounds({
      database,
      goneDocument: documents[0] as string,
      stayDocument: documents[1] as string,
      goneTokens: tokens,
      stayTokens: tokens,
      rounds: kills,
      acksBeforeKill: [10, 60],
      seed: Number(values.base),
      onKill: (round) => {
        if ((round + 1) % 10 === 0) console.log(`${round + 1}/${kills} kills`);
      },
    });
    const { gone, stay } = result;
    const lost =
      gone.lostAcknowledged.length + stay.lostAcknowledged.length + stay.lostUnacknowledged.length;
    const sorted = [...result.recoveryMs].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    const outcome =
      `${kills} kills; clients gone: ${gone.acknowledged} acknowledged of ${gone.made}, ` +
      `${gone.lostAcknowledged.length} lost; clients that stayed: ${stay.acknowledged} ` +
      `acknowledged of ${stay.made}, ${stay.lostAcknowledged.length} acknowledged and ` +
      `${stay.lostUnacknowledged.length} unacknowledged lost; restart to all acknowledged ` +
      `median ${median} ms, max ${sorted.at(-1) ?? 0} ms; ` +
      `${Math.round((performance.now() - started) / 1000)} s in all`;
    console.log(outcome);
    failed ||= lost > 0;
    recordReliability({
      id: 'soak-sigkill',
      area: 'Soak',
      fault: 'SIGKILL during editing, repeated',
      method: `4 clients gone before each restart and 4 that stay behind a proxy, on ${backend}; kill after 10-60 acknowledgements; the database read at the end`,
      trials: kills,
      outcome,
      passed: lost === 0,
      command,
    });
  } finally {
    await database.drop();
  }
}

writeReliabilityReport();
process.exit(failed ? 1 : 0);
