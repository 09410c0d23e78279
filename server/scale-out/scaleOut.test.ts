import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestUser } from '../testing/apiClient';
import {
  decisionDocumentName,
  decisionStatusDocumentName,
  purposeDocumentName,
} from '../../shared/documents/documentName';
import { writeDecisionFields } from '../../shared/decisions/decisionDoc';
import { readDecisionStatus } from '../../shared/decisions/decisionStatusDoc';
import { commitments } from '../../shared/purpose/purposeDoc';
import type { App } from '../app';
import { readStoredDocument } from '../util/storedDocument';
import { addToTeam, callApi, signUp } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { recordReliability } from '../testing/reliabilityRecord';
import { createTeamWithRoles, type TeamWithRoles } from '../testing/teamFixture';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { startInstance, testRedisUrl, uniqueRedisPrefix } from '../testing/startInstance';

const texts = (client: { doc: CollabClient['doc'] }) =>
  commitments.read(client.doc).map((c) => c.text);

/**
 * Two instances in this process share one fresh Postgres and the real Redis: what crosses
 * between them, what each one stores, and what commands through both end with.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances on Postgres and Redis', () => {
  let database: TestDatabase;
  const prefix = uniqueRedisPrefix();
  let a: App;
  let b: App;
  let t: TeamWithRoles;
  let name: string;
  const clients: CollabClient[] = [];
  const results: string[] = [];
  const started = performance.now();

  const start = () =>
    startInstance({
      databaseUrl: database.databaseUrl ?? '',
      redisUrl: testRedisUrl,
      redisPrefix: prefix,
    });
  const connect = async (app: App, documentName: string, user: TestUser) => {
    const client = await connectClient(app.url, documentName, user.token);
    clients.push(client);
    return client;
  };
  const storedTexts = async (documentName: string) =>
    commitments.read(await readStoredDocument(a.database.db, documentName)).map((c) => c.text);

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    a = await start(); // migrates first
    b = await start();
    t = await createTeamWithRoles(a.url);
    name = purposeDocumentName(t.teamId);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await Promise.all([a?.close(2_000), b?.close(2_000)]);
    await database?.drop();
    const passed = results.length === 6;
    recordReliability({
      id: 'scale-out-two-instances',
      area: 'Scale-out',
      fault: 'Two instances behind one Postgres and one Redis',
      method:
        'Two servers in one process on a fresh Postgres and the real Redis; clients on each; ' +
        'edits, presence, concurrent edits, an update that reached one instance only through ' +
        'Redis, concurrent votes through both, and a member removed on one instance.',
      trials: results.length,
      outcome: `${results.join('; ')} (${Math.round((performance.now() - started) / 1000)} s)`,
      passed,
      command: 'npx vitest run server/scale-out/scaleOut.test.ts',
    });
  });

  it('carries edits and presence across instances, and both report ready', async () => {
    const onA = await connect(a, name, t.principal);
    const onB = await connect(b, name, t.member);
    commitments.add(onA.doc, { text: 'Written on A' });
    await onB.until(() => texts(onB).includes('Written on A'));
    commitments.add(onB.doc, { text: 'Written on B' });
    await onA.until(() => texts(onA).includes('Written on B'));

    onB.provider.setAwarenessField('cursor', 'on-b');
    await onA.seesAwareness((state) => state.cursor === 'on-b');
    onA.provider.setAwarenessField('cursor', 'on-a');
    await onB.seesAwareness((state) => state.cursor === 'on-a');

    for (const app of [a, b]) {
      const ready = await callApi(app.url, 'GET', '/api/ready');
      expect(ready.status).toBe(200);
      expect(ready.body).toMatchObject({ ready: true, database: 'up', redis: { ready: true } });
      expect((await callApi(app.url, 'GET', '/api/health')).status).toBe(200);
    }
    results.push('edits and presence crossed both ways; both ready with Redis up');
  });

  it('merges concurrent edits through both instances; the database holds all of them', async () => {
    const onA = await connect(a, name, t.facilitator);
    const onB = await connect(b, name, t.principal);
    const markers: string[] = [];
    for (let i = 0; i < 40; i++) {
      const [client, label] = i % 2 === 0 ? [onA, 'A'] : [onB, 'B'];
      const text = `concurrent ${label} ${i}`;
      markers.push(text);
      commitments.add(client.doc, { text });
      // Every few edits, let the sockets move so both sides interleave for real.
      if (i % 5 === 4) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await Promise.all([onA.acknowledged(), onB.acknowledged()]);
    const hasAll = (client: CollabClient) => markers.every((m) => texts(client).includes(m));
    await Promise.all([onA.until(() => hasAll(onA)), onB.until(() => hasAll(onB))]);

    expect(texts(onA)).toEqual(texts(onB));
    const stored = await storedTexts(name);
    expect(stored).toEqual(texts(onA));
    results.push(`${markers.length} concurrent edits through both converged; stored = both`);
  });

  it('counts votes cast through both instances at once, consistently', async () => {
    const extra = await Promise.all([signUp(a.url, 'Member Mo'), signUp(a.url, 'Member Noor')]);
    for (const user of extra) await addToTeam(a.url, t.principal, t.teamId, user, 'member');
    const voters = [t.principal, t.facilitator, t.member, ...extra];
    const api = (app: App, method: string, path: string, user: TestUser, body?: unknown) =>
      callApi(app.url, method, `/api/teams/${t.teamId}${path}`, { token: user.token, body });

    const created = await api(a, 'POST', '/decisions', t.member, { title: 'Shared rubric' });
    const decisionId = (created.body as { decisionId: string }).decisionId;
    const editor = await connect(b, decisionDocumentName(t.teamId, decisionId), t.facilitator);
    writeDecisionFields(editor.doc, { model: 'fist-to-five' });
    await editor.acknowledged();
    expect((await api(a, 'POST', `/decisions/${decisionId}/vote/open`, t.facilitator)).status).toBe(
      204,
    );

    // Everyone votes twice, at the same time, alternating instances; the second vote counts.
    await Promise.all(
      voters.map(async (voter, i) => {
        const first = await api(i % 2 ? a : b, 'PUT', `/decisions/${decisionId}/vote`, voter, {
          value: 1,
        });
        expect(first.status).toBe(200);
        const second = await api(i % 2 ? b : a, 'PUT', `/decisions/${decisionId}/vote`, voter, {
          value: (i % 5) + 1,
        });
        expect(second.status).toBe(200);
      }),
    );
    const expected: Record<string, number> = {};
    for (let i = 0; i < voters.length; i++) {
      expected[String((i % 5) + 1)] = (expected[String((i % 5) + 1)] ?? 0) + 1;
    }
    const statusName = decisionStatusDocumentName(t.teamId, decisionId);
    const watchers = [
      await connect(a, statusName, t.member),
      await connect(b, statusName, t.member),
    ];
    const counted = (client: CollabClient) => {
      const tally = readDecisionStatus(client.doc).vote?.tally;
      return (
        tally?.voters === voters.length && JSON.stringify(tally.counts) === JSON.stringify(expected)
      );
    };
    await Promise.all(watchers.map((w) => w.until(() => counted(w))));

    expect(
      (await api(b, 'POST', `/decisions/${decisionId}/vote/close`, t.facilitator)).status,
    ).toBe(204);
    const stored = readDecisionStatus(await readStoredDocument(a.database.db, statusName));
    expect(stored.vote).toMatchObject({
      open: false,
      tally: { voters: voters.length, counts: expected },
    });
    await Promise.all([a.projections.projector.idle(), b.projections.projector.idle()]);
    const row = await a.database.db
      .selectFrom('decisions')
      .select(['tally'])
      .where('id', '=', decisionId)
      .executeTakeFirstOrThrow();
    expect(row.tally).toMatchObject({ voters: voters.length, counts: expected });
    results.push(
      `${voters.length * 2} concurrent votes through both: tally ${voters.length} voters in both copies, the stored document and the row`,
    );
  });

  it('projects rows from everything stored, whichever instance projects last', async () => {
    const created = await callApi(a.url, 'POST', `/api/teams/${t.teamId}/decisions`, {
      token: t.member.token,
      body: { title: 'First title' },
    });
    const decisionId = (created.body as { decisionId: string }).decisionId;
    const docName = decisionDocumentName(t.teamId, decisionId);
    const onB = await connect(b, docName, t.member);
    writeDecisionFields(onB.doc, { owner: 'Fay' });
    await onB.acknowledged();
    const onA = await connect(a, docName, t.facilitator);
    writeDecisionFields(onA.doc, { title: 'Title from A' });
    await onA.acknowledged();
    // B projects next: its copy must include A's title, which B itself never stored.
    writeDecisionFields(onB.doc, { owner: 'Lee' });
    await onB.acknowledged();
    const row = await a.database.db
      .selectFrom('decisions')
      .select(['title', 'owner'])
      .where('id', '=', decisionId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ title: 'Title from A', owner: 'Lee' });
    results.push("a projection on B after A's edit kept A's change in the row");
  });

  it('cuts off, on the other instance, a member removed on this one', async () => {
    const leaver = await signUp(a.url, 'Leaving Lee');
    await addToTeam(a.url, t.principal, t.teamId, leaver, 'member');
    const onB = await connect(b, name, leaver);
    const closed = new Promise<string>((resolve) =>
      onB.provider.on('close', ({ event }: { event: { reason: string } }) => resolve(event.reason)),
    );
    const removed = await callApi(a.url, 'DELETE', `/api/teams/${t.teamId}/members/${leaver.id}`, {
      token: t.principal.token,
    });
    expect(removed.status).toBe(200);
    expect(await closed).toBe('forbidden');
    results.push('a member removed through A was disconnected from B at once');
  });

  it('keeps an update that reached an instance only through Redis, with one log entry', async () => {
    const onA = await connect(a, name, t.principal);
    const onB = await connect(b, name, t.member);
    const insertsOnB = b.persistence.log.insertCount;
    commitments.add(onA.doc, { text: 'Only through Redis' });
    await onA.acknowledged();
    await onB.until(() => texts(onB).includes('Only through Redis'));
    // B stored nothing itself: A logged it before applying, and B does not log it again.
    expect(b.persistence.log.insertCount).toBe(insertsOnB);

    await a.close(2_000);
    a = await start();
    const later = await connect(b, name, t.viewer);
    expect(texts(later)).toContain('Only through Redis');
    expect(await storedTexts(name)).toContain('Only through Redis');
    results.push('an update that reached B only through Redis was durable after A stopped');
  });
});
