import { Redis } from 'ioredis';
import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { AWARENESS_BROADCAST_INTERVAL_MS } from '../../shared/collab/limits';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments } from '../../shared/purpose/purposeDoc';
import type { App } from '../app';
import { readStoredDocument } from '../util/storedDocument';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { recordReliability } from '../testing/reliabilityRecord';
import { TcpProxy } from '../testing/TcpProxy';
import { createTeamWithRoles, type TeamWithRoles } from '../testing/teamFixture';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { startInstance, testRedisUrl, uniqueRedisPrefix } from '../testing/startInstance';

/** The kind byte of an awareness message on a document's Redis channel (see `RedisRelay`). */
const AWARENESS_KIND = 1;

const texts = (doc: Y.Doc) => commitments.read(doc).map((c) => c.text);

/**
 * Instance A reaches Postgres through a proxy the test cuts; instance B reaches it directly;
 * both share the real Redis. What A cannot store must not reach B.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('the Redis relay', () => {
  let database: TestDatabase;
  let proxy: TcpProxy;
  let a: App;
  let b: App;
  /** A third instance whose every save takes a while. */
  let slow: App;
  let t: TeamWithRoles;
  let name: string;
  let prefix: string;
  const clients: CollabClient[] = [];
  const results: string[] = [];
  const started = performance.now();

  const connect = async (app: App, user: { token: string }) => {
    const client = await connectClient(app.url, name, user.token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    prefix = uniqueRedisPrefix();
    const through = await TcpProxy.forDatabase(database.databaseUrl ?? '');
    proxy = through.proxy;
    a = await startInstance({
      databaseUrl: through.url,
      redisUrl: testRedisUrl,
      redisPrefix: prefix,
    });
    b = await startInstance({
      databaseUrl: database.databaseUrl ?? '',
      redisUrl: testRedisUrl,
      redisPrefix: prefix,
    });
    slow = await startInstance({
      databaseUrl: database.databaseUrl ?? '',
      redisUrl: testRedisUrl,
      redisPrefix: prefix,
      saveDelayMs: 300,
    });
    t = await createTeamWithRoles(b.url);
    name = purposeDocumentName(t.teamId);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    proxy?.restore();
    await Promise.all([a?.close(2_000), b?.close(2_000), slow?.close(2_000)]);
    await proxy?.close();
    await database?.drop();
    recordReliability({
      id: 'scale-out-relay-durable-only',
      area: 'Scale-out',
      fault: 'An instance that cannot store: its updates must not reach the other instance',
      method:
        'Two instances on one Postgres and the real Redis; the first reaches Postgres through ' +
        'a TCP proxy that the test cuts. A client there writes; a second client on the same ' +
        'instance sees it live; a caret move published after it proves the channel delivered ' +
        'everything before it to the other instance, whose client must not have the edit ' +
        'until Postgres is back and the edit is stored. Then, on an instance whose saves are ' +
        'slow, the last person leaves right after an edit: it still reaches the other instance. ' +
        'Last, a stream of caret moves is counted on the Redis channel itself.',
      trials: 1,
      outcome: `${results.join('; ')} (${Math.round((performance.now() - started) / 1000)} s)`,
      passed: results.length === 3,
      command: 'npx vitest run server/scale-out/redisRelay.test.ts',
    });
  });

  it('sends an update to the other instance only once it is stored', async () => {
    const writer = await connect(a, t.principal);
    const neighbour = await connect(a, t.facilitator);
    const elsewhere = await connect(b, t.member);
    commitments.add(writer.doc, { text: 'stored first' });
    await elsewhere.until((doc) => texts(doc).includes('stored first'));

    proxy.cut();
    commitments.add(writer.doc, { text: 'not stored yet' });
    await neighbour.until((doc) => texts(doc).includes('not stored yet'));
    // Published on the same connection and channel after anything A published for the edit:
    // once B's client sees this caret, B has received whatever came before it.
    writer.provider.setAwarenessField('caret', 'after the edit');
    await elsewhere.seesAwareness((state) => state.caret === 'after the edit');
    expect(texts(elsewhere.doc)).not.toContain('not stored yet');
    expect(writer.provider.hasUnsyncedChanges).toBe(true);

    proxy.restore();
    await writer.acknowledged();
    await elsewhere.until((doc) => texts(doc).includes('not stored yet'));
    const stored = await readStoredDocument(b.database.db, name);
    expect(texts(stored)).toEqual(['stored first', 'not stored yet']);
    results.push(
      'with its database cut, A relayed an edit to its own clients only; B received it after it was stored',
    );
  });

  it('relays an edit stored after its document closed on that instance', async () => {
    const watcher = await connect(b, t.viewer);
    const leaver = await connect(slow, t.member);
    commitments.add(leaver.doc, { text: 'last words' });
    // Leaves at once: the instance closes the document before the save commits.
    leaver.destroy();
    await watcher.until((doc) => texts(doc).includes('last words'));
    results.push(
      'an edit committed after its author left (and the document closed) still reached the other instance',
    );
  });

  it('publishes presence at most once per interval, ending where the mover stopped', async () => {
    const mover = await connect(b, t.facilitator);
    const watcher = await connect(a, t.principal);
    const moverId = mover.doc.clientID;
    const listener = new Redis(testRedisUrl, { lazyConnect: true });
    await listener.connect();
    let published = 0;
    listener.on('messageBuffer', (_channel: Buffer, message: Buffer) => {
      const idLength = message[0] ?? 0;
      if (message[1 + idLength] !== AWARENESS_KIND) return;
      const decoder = decoding.createDecoder(message.subarray(2 + idLength));
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) {
        const clientId = decoding.readVarUint(decoder);
        decoding.readVarUint(decoder);
        decoding.readVarString(decoder);
        if (clientId === moverId) published += 1;
      }
    });
    await listener.subscribe(`${prefix}:doc:${name}`);
    try {
      const moves = 40;
      const startedAt = performance.now();
      for (let caret = 1; caret <= moves; caret++) {
        mover.provider.setAwarenessField('caret', caret);
        // A round trip between moves, so each reaches the server in its own turn.
        commitments.add(mover.doc, { text: `move ${caret}` });
        await mover.acknowledged();
      }
      await watcher.seesAwareness((state) => state.caret === moves);
      const elapsedMs = performance.now() - startedAt;
      expect(published).toBeLessThanOrEqual(
        Math.ceil(elapsedMs / AWARENESS_BROADCAST_INTERVAL_MS) + 1,
      );
      expect(published).toBeLessThan(moves);
      results.push(
        `${moves} caret moves in ${Math.round(elapsedMs)} ms went to Redis as ${published} messages, the last one arriving`,
      );
    } finally {
      listener.disconnect();
    }
  });
});
