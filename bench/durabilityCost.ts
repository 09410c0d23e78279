import { purposeDocumentName } from '../shared/documents/documentName';
import { startApp } from '../server/app';
import { readEnv } from '../server/config';
import { createLogger } from '../server/logger';
import { createTeam, signUp } from '../server/testing/apiClient';
import { type CollabClient, connectClient } from '../server/testing/collabClient';
import { createTestDatabase } from '../server/testing/testDatabase';

/**
 * What "acknowledged means durable" costs: the time from a keystroke on one client to the
 * same keystroke on another, and to its acknowledgement, with the update log on and off.
 * `npm run bench:durability` (Postgres from TEST_DATABASE_URL when set, else PGlite).
 */
const EDITS = Number(process.env.EDITS ?? 400);
const TYPISTS = 10;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Resolves when the client's statement reaches `length` characters. */
function statementReaches(client: CollabClient, length: number): Promise<void> {
  return client.until((doc) => doc.getText('statement').length >= length);
}

async function measure(durable: boolean) {
  const database = await createTestDatabase(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
  const env = readEnv({
    PORT: '0',
    LOG_LEVEL: 'silent',
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    ...(database.dataDir ? { DATA_DIR: database.dataDir } : {}),
  });
  const app = await startApp({ env, logger: createLogger('silent'), clientDir: null, durable });
  const user = await signUp(app.url);
  const name = purposeDocumentName(await createTeam(app.url, user));
  const writer = await connectClient(app.url, name, user.token);
  const reader = await connectClient(app.url, name, user.token);
  // Background typists keep the room busy, as in a meeting.
  const typists = await Promise.all(
    Array.from({ length: TYPISTS }, () => connectClient(app.url, name, user.token)),
  );
  const timer = setInterval(() => {
    for (const t of typists) t.doc.getText('background').insert(0, 'x');
  }, 200);

  const peer: number[] = [];
  const ack: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const seen = statementReaches(reader, i + 1);
    const start = performance.now();
    writer.doc.getText('statement').insert(0, 'a');
    const acked = writer.acknowledged().then(() => ack.push(performance.now() - start));
    await seen;
    peer.push(performance.now() - start);
    await acked;
  }
  clearInterval(timer);
  for (const client of [writer, reader, ...typists]) client.destroy();
  await app.close(2_000);
  await database.drop();
  return { backend: database.backend, peer, ack };
}

const rows = [];
for (const durable of [false, true]) {
  const { backend, peer, ack } = await measure(durable);
  rows.push({
    log: durable ? 'on' : 'off',
    backend,
    'peer p50 ms': percentile(peer, 50).toFixed(2),
    'peer p95 ms': percentile(peer, 95).toFixed(2),
    'peer p99 ms': percentile(peer, 99).toFixed(2),
    'ack p50 ms': percentile(ack, 50).toFixed(2),
    'ack p99 ms': percentile(ack, 99).toFixed(2),
  });
}
console.log(
  `${EDITS} sequential edits, ${TYPISTS} background typists, ${new Date().toISOString()}`,
);
console.table(rows);
