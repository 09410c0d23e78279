import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments } from '../../shared/purpose/purposeDoc';
import type { App } from '../app';
import { openDatabase, type DatabaseHandle } from '../../db/openDatabase';
import { readStoredDocument } from '../util/storedDocument';
import { callApi, type TestUser } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { recordReliability } from '../testing/reliabilityRecord';
import { type ServerProcess, spawnServer } from '../testing/spawnServer';
import { TcpProxy } from '../testing/TcpProxy';
import { createTeamWithRoles, type TeamWithRoles } from '../testing/teamFixture';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { RedisProcess } from '../testing/RedisProcess';
import { startInstance, uniqueRedisPrefix } from '../testing/startInstance';

/** Each way, so one insert's round trip (about 2x) takes over a second. */
const SLOW_DATABASE_MS = 700;
const SLOW_SAVE_MS = 1_000;

/** One person typing markers into the purpose document through one instance. */
class Writer {
  readonly made: string[] = [];
  readonly acknowledged = new Set<string>();
  private next = 0;

  constructor(
    readonly label: string,
    public client: CollabClient,
  ) {}

  /** Adds `count` markers one after another, each acknowledged before the next. */
  async write(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      this.add();
      await this.client.acknowledged();
      for (const marker of this.made) this.acknowledged.add(marker);
    }
  }

  /** Adds one marker without waiting for its acknowledgement. */
  add(): string {
    const marker = `${this.label}-${this.next++}`;
    this.made.push(marker);
    commitments.add(this.client.doc, { text: marker });
    return marker;
  }
}

/**
 * Two instances (one in this process, one its own process) on one Postgres behind a proxy
 * and a private Redis: Redis restarts mid-edit, saves slow to over a second, and
 * the separate instance is killed mid-edit. Every acknowledged marker must be stored.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('several instances through faults', () => {
  let database: TestDatabase;
  let direct: DatabaseHandle;
  let proxy: TcpProxy;
  let redis: RedisProcess;
  let a: App;
  let b: ServerProcess;
  let t: TeamWithRoles;
  let name: string;
  const clients: CollabClient[] = [];
  const notes: string[] = [];
  let passed = false;
  const started = performance.now();

  const connect = async (url: string, user: TestUser, doc?: Y.Doc) => {
    const client = await connectClient(url, name, user.token, doc ? { doc } : {});
    clients.push(client);
    return client;
  };
  const storedTexts = async () =>
    commitments.read(await readStoredDocument(direct.db, name)).map((c) => c.text);

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const through = await TcpProxy.forDatabase(database.databaseUrl ?? '');
    proxy = through.proxy;
    redis = await RedisProcess.start();
    const prefix = uniqueRedisPrefix();
    a = await startInstance({ databaseUrl: through.url, redisUrl: redis.url, redisPrefix: prefix });
    b = await spawnServer(
      { ...database, databaseUrl: through.url },
      { REDIS_URL: redis.url, REDIS_PREFIX: prefix, LOG_LEVEL: 'error' },
    );
    direct = await openDatabase({ databaseUrl: database.databaseUrl, migrate: false });
    t = await createTeamWithRoles(a.url);
    name = purposeDocumentName(t.teamId);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    if (b && b.child.exitCode === null) b.child.kill('SIGKILL');
    proxy?.setLatency(0);
    await a?.close(2_000);
    await proxy?.close();
    await redis?.kill();
    await direct?.close();
    await database?.drop();
    recordReliability({
      id: 'scale-out-faults',
      area: 'Scale-out',
      fault: 'Redis restarted mid-edit, saves taking over a second, one instance killed',
      method:
        'Two instances (one in the test process, one spawned) on one Postgres behind a TCP ' +
        'proxy and a private redis-server. Four writers (two per instance) add markers, each ' +
        'acknowledged before the next; Redis is SIGKILLed and restarted while they write; the ' +
        `proxy then delays every packet ${SLOW_DATABASE_MS} ms each way, so each save takes ` +
        `over ${SLOW_SAVE_MS} ms (an update crosses to the other instance only once stored), ` +
        'with a compaction on one instance meanwhile; finally the spawned instance is ' +
        'SIGKILLed mid-edit and its writers reconnect to the other one. Checked: every ' +
        'acknowledged marker is in Postgres, all made markers arrive after reconnecting, and ' +
        'every copy converges. No save relies on a Redis lock: each update is an appended log ' +
        'row, compaction merges under a row lock.',
      trials: 1,
      outcome: `${notes.join('; ')} (${Math.round((performance.now() - started) / 1000)} s)`,
      passed,
      command: 'npx vitest run server/scale-out/scaleOutFaults.test.ts',
    });
  });

  it('loses no acknowledged marker through a Redis restart, slow saves and a killed instance', async () => {
    const writers = [
      new Writer('a1', await connect(a.url, t.principal)),
      new Writer('a2', await connect(a.url, t.facilitator)),
      new Writer('b1', await connect(b.url, t.member)),
      new Writer('b2', await connect(b.url, t.facilitator)),
    ];
    const [a1] = writers as [Writer, ...Writer[]];
    const all = () => writers.flatMap((w) => w.made);
    const sees = (client: CollabClient, markers: string[]) =>
      client.until((doc) => {
        const texts = new Set(commitments.read(doc).map((c) => c.text));
        return markers.every((m) => texts.has(m));
      });

    // Readiness follows Redis: asked again after each answer until it says `status`.
    const readinessUntil = async (status: number) => {
      for (;;) {
        const ready = await callApi(a.url, 'GET', '/api/ready');
        if (ready.status === status) return ready.body as { redis: { ready: boolean } };
      }
    };
    let redisDownReady: { redis: { ready: boolean } } | undefined;
    let redisBackReady: { redis: { ready: boolean } } | undefined;

    // Redis dies and comes back while everyone writes.
    let restarted = false;
    await Promise.all([
      ...writers.map((w) => w.write(6)),
      (async () => {
        await a1.client.until(() => a1.acknowledged.size >= 2);
        await redis.kill();
        redisDownReady = await readinessUntil(503);
        await redis.restart();
        redisBackReady = await readinessUntil(200);
        restarted = true;
      })(),
    ]);
    expect(restarted).toBe(true);
    expect(redisDownReady?.redis.ready).toBe(false);
    expect(redisBackReady?.redis.ready).toBe(true);
    // Once Redis is back, instances exchange what they missed, and new edits cross again.
    await Promise.all(writers.map((w) => w.write(1)));
    await Promise.all(writers.map((w) => sees(w.client, all())));
    notes.push(
      `Redis killed and restarted during ${all().length} edits (readiness 503 while it was down, 200 after); all copies converged`,
    );

    // Saves taking over a second, with a compaction running on one instance meanwhile.
    proxy.setLatency(SLOW_DATABASE_MS);
    const slowStart = performance.now();
    await a1.write(1);
    const oneSaveMs = Math.round(performance.now() - slowStart);
    expect(oneSaveMs).toBeGreaterThan(SLOW_SAVE_MS);
    const compaction = a.persistence.compactor.compactNow(name, t.teamId);
    await Promise.all([...writers.map((w) => w.write(2)), compaction]);
    proxy.setLatency(0);
    notes.push(
      `${writers.length * 2 + 1} edits with each save taking ${oneSaveMs} ms (over ${SLOW_SAVE_MS} ms) and a compaction meanwhile`,
    );

    // The spawned instance is killed while its writers have edits in flight.
    const inFlight = writers.slice(2).map((w) => w.add());
    b.child.kill('SIGKILL');
    await b.exited;
    await Promise.all(writers.slice(0, 2).map((w) => w.write(2)));
    const acknowledged = writers.flatMap((w) => [...w.acknowledged]);
    const storedAfterKill = new Set(await storedTexts());
    const lost = acknowledged.filter((m) => !storedAfterKill.has(m));
    expect(lost).toEqual([]);

    // B's people reconnect to A with the edits their devices kept.
    for (const writer of writers.slice(2)) {
      writer.client.destroy();
      writer.client = await connect(a.url, t.member, writer.client.doc);
      await writer.client.acknowledged();
    }
    const stored = await storedTexts();
    expect(new Set(stored)).toEqual(new Set(all()));
    await Promise.all(writers.map((w) => sees(w.client, all())));
    notes.push(
      `instance killed with ${inFlight.length} edits in flight: ${acknowledged.length} acknowledged markers, 0 lost; ${all().length}/${all().length} stored after reconnecting`,
    );
    passed = true;
  });
});
