import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments } from '../../shared/purpose/purposeDoc';
import type { App } from '../app';
import { readStoredDocument } from '../util/storedDocument';
import { callApi } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { recordReliability } from '../testing/reliabilityRecord';
import { spawnServer } from '../testing/spawnServer';
import { TcpProxy } from '../testing/TcpProxy';
import { createTeamWithRoles, type TeamWithRoles } from '../testing/teamFixture';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { startTestServer } from '../testing/testServer';
import { DATABASE_UNAVAILABLE } from '../collab/refuseWhileDatabaseDown';
import { captureServerLogs, serverRefusals } from '../testing/consoleCapture';

const texts = (doc: Y.Doc) => commitments.read(doc).map((c) => c.text);

/** What the server does while Postgres is away, written into RELIABILITY.md with the result. */
const OUTAGE_BEHAVIOUR =
  'While Postgres is unreachable the server stays up: /api/health answers 200, /api/ready ' +
  'answers 503 with the database error and the update-log backlog. With one instance, ' +
  'people in a room still see each other type (updates are applied and relayed at once), ' +
  'but no edit is acknowledged until its log row is committed, so clients show "syncing" ' +
  'and keep their edits. With several instances (Redis) an update reaches another instance ' +
  'only once logged, so nothing unstored can spread there: during the outage edits reach the ' +
  'people on the same instance and appear for the others when the database returns. The ' +
  'log retries with backoff (50 ms doubling to 5 s) and catches up as soon as ' +
  'the database returns. Opening a document is refused with "database-unavailable" and ' +
  'nothing is written. SIGTERM during an outage exits within the grace period; edits that ' +
  'were not stored were never acknowledged, and their clients send them again on reconnect.';

/**
 * Postgres through a TCP proxy that the test cuts and restores (the shared Postgres keeps
 * running for everyone else).
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('Postgres unavailable for a while', () => {
  const serverLogs = captureServerLogs([serverRefusals.signIn]);
  let database: TestDatabase;
  let proxy: TcpProxy;
  let viaProxy: TestDatabase;
  let app: App;
  let t: TeamWithRoles;
  let name: string;
  const clients: CollabClient[] = [];
  const results: string[] = [];
  let failures = 0;
  const started = performance.now();

  const connect = async (user: { token: string }, doc?: Y.Doc, url = app.url) => {
    const client = await connectClient(url, name, user.token, doc ? { doc } : {});
    clients.push(client);
    return client;
  };
  const stored = async () => readStoredDocument(app.database.db, name);

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const through = await TcpProxy.forDatabase(database.databaseUrl ?? '');
    proxy = through.proxy;
    viaProxy = { ...database, databaseUrl: through.url };
    app = await startTestServer(viaProxy);
    t = await createTeamWithRoles(app.url);
    name = purposeDocumentName(t.teamId);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    proxy?.restore();
    await app?.close(2_000);
    await proxy?.close();
    await database?.drop();
    recordReliability({
      id: 'fault-postgres-outage',
      area: 'Faults',
      fault: 'Postgres unreachable for a while, at a document open, and across a SIGTERM',
      method:
        'A TCP proxy between the server and Postgres drops every connection and refuses new ' +
        'ones, then lets them through again; clients keep editing meanwhile. ' +
        OUTAGE_BEHAVIOUR,
      trials: results.length + failures,
      outcome: `${results.join('; ')} (${Math.round((performance.now() - started) / 1000)} s)`,
      passed: failures === 0 && results.length === 3,
      command: 'npx vitest run server/scale-out/postgresOutage.test.ts',
    });
  });

  it('keeps the room live, acknowledges nothing it cannot store, reports it, then catches up', async () => {
    try {
      const alice = await connect(t.principal);
      const bob = await connect(t.member);
      commitments.add(alice.doc, { text: 'before the outage' });
      await alice.acknowledged();

      proxy.cut();
      const ready = await callApi(app.url, 'GET', '/api/ready');
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ ready: false, database: 'down' });
      expect((ready.body as { reason: string }).reason).toEqual(expect.any(String));
      expect((await callApi(app.url, 'GET', '/api/health')).status).toBe(200);

      const during = ['alice 1', 'alice 2', 'alice 3'];
      for (const text of during) commitments.add(alice.doc, { text });
      commitments.add(bob.doc, { text: 'bob 1' });
      await bob.until((doc) => during.every((m) => texts(doc).includes(m)));
      await alice.until((doc) => texts(doc).includes('bob 1'));
      // Seen live by the room, stored nowhere yet: neither client is told "saved".
      expect(alice.provider.hasUnsyncedChanges).toBe(true);
      expect(bob.provider.hasUnsyncedChanges).toBe(true);
      const backlog = (await callApi(app.url, 'GET', '/api/ready')).body as {
        updateLog: { pending: number };
      };
      expect(backlog.updateLog.pending).toBeGreaterThan(0);

      const restoredAt = performance.now();
      proxy.restore();
      await Promise.all([alice.acknowledged(), bob.acknowledged()]);
      const recoveryMs = Math.round(performance.now() - restoredAt);
      const all = ['before the outage', ...during, 'bob 1'];
      expect(texts(await stored()).sort()).toEqual(all.sort());
      expect((await callApi(app.url, 'GET', '/api/ready')).status).toBe(200);
      alice.destroy();
      bob.destroy();
      results.push(
        `outage: edits relayed live, 0 acknowledged while cut, ${all.length}/${all.length} stored ${recoveryMs} ms after restore`,
      );
    } catch (error) {
      failures++;
      throw error;
    }
  });

  it('refuses to open a document while Postgres is down and leaves the stored one untouched', async () => {
    try {
      const before = await stored();
      proxy.cut();
      const refused = await connect(t.member).catch((error: Error) => error);
      expect(refused).toBeInstanceOf(Error);
      expect((refused as Error).message).toBe(`refused: ${DATABASE_UNAVAILABLE}`);
      expect(serverLogs.take()).toContain(`[onAuthenticate] ${DATABASE_UNAVAILABLE}`);
      proxy.restore();

      const after = await stored();
      expect(texts(after)).toEqual(texts(before));
      expect(Y.encodeStateVector(after)).toEqual(Y.encodeStateVector(before));
      const reopened = await connect(t.member);
      expect(texts(reopened.doc)).toEqual(texts(before));
      reopened.destroy();
      results.push(
        `open while down: refused with "${DATABASE_UNAVAILABLE}", stored state unchanged`,
      );
    } catch (error) {
      failures++;
      throw error;
    }
  });

  it('exits within the grace period on SIGTERM during an outage and loses nothing acknowledged', async () => {
    try {
      const graceSeconds = 2;
      const server = await spawnServer(viaProxy, {
        SHUTDOWN_GRACE_SECONDS: String(graceSeconds),
      });
      const doc = new Y.Doc();
      const alice = await connect(t.facilitator, doc, server.url);
      commitments.add(doc, { text: 'acknowledged before SIGTERM' });
      await alice.acknowledged();

      proxy.cut();
      const unstored = ['kept by the client 1', 'kept by the client 2'];
      for (const text of unstored) commitments.add(doc, { text });
      expect(alice.provider.hasUnsyncedChanges).toBe(true);
      const signalledAt = performance.now();
      server.child.kill('SIGTERM');
      const code = await server.exited;
      const exitMs = Math.round(performance.now() - signalledAt);
      expect(exitMs).toBeLessThan((graceSeconds + 3) * 1000);
      alice.destroy();

      proxy.restore();
      expect(texts(await stored())).toContain('acknowledged before SIGTERM');
      // The client still holds what was never acknowledged and delivers it to a live server.
      expect(texts(doc)).toEqual(expect.arrayContaining(unstored));
      const again = await connect(t.facilitator, doc);
      await again.acknowledged();
      expect(texts(await stored())).toEqual(
        expect.arrayContaining(['acknowledged before SIGTERM', ...unstored]),
      );
      results.push(
        `SIGTERM while cut: exited (code ${code}) in ${exitMs} ms with a ${graceSeconds} s grace; 0 acknowledged edits lost, ${unstored.length} unacknowledged delivered on reconnect`,
      );
    } catch (error) {
      failures++;
      throw error;
    }
  });
});
