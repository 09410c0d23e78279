import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments } from '../../shared/purpose/purposeDoc';
import { parseServerNotice, type ServerNotice } from '../../shared/collab/serverNotices';
import type { App } from '../app';
import { callApi } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { createTeamWithRoles, type TeamWithRoles } from '../testing/teamFixture';
import { availableBackends, createTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { startTestServer } from '../testing/testServer';
import { captureServerLogs, serverRefusals } from '../testing/consoleCapture';

function nextClose(client: CollabClient): Promise<string> {
  return new Promise((resolve) =>
    client.provider.on('close', ({ event }: { event: { reason: string } }) =>
      resolve(event.reason),
    ),
  );
}

function nextNotice(client: CollabClient): Promise<ServerNotice | null> {
  return new Promise((resolve) =>
    client.provider.on('stateless', ({ payload }: { payload: string }) =>
      resolve(parseServerNotice(payload)),
    ),
  );
}

describe.each(availableBackends())('access changes reach open sockets on %s', (backend) => {
  const serverLogs = captureServerLogs([serverRefusals.signIn, serverRefusals.readOnly]);
  let database: TestDatabase;
  let app: App;
  let people: TeamWithRoles;
  let name: string;
  const clients: CollabClient[] = [];

  const connect = async (token: string) => {
    const client = await connectClient(app.url, name, token);
    clients.push(client);
    return client;
  };

  const serverTexts = () => {
    const doc = app.hocuspocus.documents.get(name);
    return doc ? commitments.read(doc).map((c) => c.text) : [];
  };

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    app = await startTestServer(database);
    people = await createTeamWithRoles(app.url);
    name = purposeDocumentName(people.teamId);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await app?.close(2_000);
    await database?.drop();
  });

  it('cuts a removed member off within a second, and nothing they send lands', async () => {
    const principal = await connect(people.principal.token);
    const member = await connect(people.member.token);
    commitments.add(member.doc, { text: 'Before removal' });
    await member.acknowledged();

    const closed = nextClose(member);
    const started = performance.now();
    const removed = await callApi(
      app.url,
      'DELETE',
      `/api/teams/${people.teamId}/members/${people.member.id}`,
      { token: people.principal.token },
    );
    expect(removed.status).toBe(200);
    expect(await closed).toBe('forbidden');
    expect(performance.now() - started).toBeLessThan(1_000);

    commitments.add(member.doc, { text: 'After removal' });
    // A later edit by the principal arrives; the removed member's never does.
    commitments.add(principal.doc, { text: 'Principal after removal' });
    await principal.acknowledged();
    expect(serverTexts()).toEqual(['Before removal', 'Principal after removal']);
    const again = await connectClient(app.url, name, people.member.token).catch((e: Error) => e);
    expect(again).toBeInstanceOf(Error);
    expect((again as Error).message).toBe('refused: forbidden');
    expect(serverLogs.take()).toContain('[onAuthenticate] forbidden');
  });

  it('makes a demoted editor read-only at once and tells their client', async () => {
    const facilitator = await connect(people.facilitator.token);
    const notice = nextNotice(facilitator);
    const demoted = await callApi(
      app.url,
      'PATCH',
      `/api/teams/${people.teamId}/members/${people.facilitator.id}`,
      { token: people.principal.token, body: { role: 'viewer' } },
    );
    expect(demoted.status).toBe(200);
    expect(await notice).toEqual({ type: 'access-changed', canWrite: false });

    commitments.add(facilitator.doc, { text: 'Written after demotion' });
    facilitator.provider.setAwarenessField('probe', 'demoted');
    const watcher = await connect(people.principal.token);
    await watcher.seesAwareness((state) => state.probe === 'demoted');
    expect(serverTexts()).not.toContain('Written after demotion');

    const promoted = nextNotice(facilitator);
    await callApi(
      app.url,
      'PATCH',
      `/api/teams/${people.teamId}/members/${people.facilitator.id}`,
      {
        token: people.principal.token,
        body: { role: 'facilitator' },
      },
    );
    expect(await promoted).toEqual({ type: 'access-changed', canWrite: true });
  });

  it('disconnects every socket when someone signs out everywhere', async () => {
    const first = await connect(people.viewer.token);
    const closed = nextClose(first);
    const response = await callApi(app.url, 'POST', '/api/auth/logout-all', {
      token: people.viewer.token,
    });
    expect(response.status).toBe(200);
    expect(await closed).toBe('unauthorized');
    expect(
      (await callApi(app.url, 'GET', '/api/auth/me', { token: people.viewer.token })).status,
    ).toBe(401);
  });
});
