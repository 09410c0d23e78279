import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments } from '../../shared/purpose/purposeDoc';
import { parseServerNotice, type ServerNotice } from '../../shared/collab/serverNotices';
import { callApi } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';
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
  const fixture = useTestServer({ backend });
  let name: string;
  const clients: CollabClient[] = [];

  const connect = async (token: string) => {
    const client = await connectClient(fixture.app.url, name, token);
    clients.push(client);
    return client;
  };

  const serverTexts = () => {
    const doc = fixture.app.hocuspocus.documents.get(name);
    return doc ? commitments.read(doc).map((c) => c.text) : [];
  };

  beforeAll(() => {
    name = purposeDocumentName(fixture.team.teamId);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
  });

  it('cuts a removed member off within a second, and nothing they send lands', async () => {
    const principal = await connect(fixture.team.principal.token);
    const member = await connect(fixture.team.member.token);
    commitments.add(member.doc, { text: 'Before removal' });
    await member.acknowledged();

    const closed = nextClose(member);
    const started = performance.now();
    const removed = await callApi(
      fixture.app.url,
      'DELETE',
      `/api/teams/${fixture.team.teamId}/members/${fixture.team.member.id}`,
      { token: fixture.team.principal.token },
    );
    expect(removed.status).toBe(200);
    expect(await closed).toBe('forbidden');
    expect(performance.now() - started).toBeLessThan(1_000);

    commitments.add(member.doc, { text: 'After removal' });
    // A later edit by the principal arrives; the removed member's never does.
    commitments.add(principal.doc, { text: 'Principal after removal' });
    await principal.acknowledged();
    expect(serverTexts()).toEqual(['Before removal', 'Principal after removal']);
    const again = await connectClient(fixture.app.url, name, fixture.team.member.token).catch(
      (e: Error) => e,
    );
    expect(again).toBeInstanceOf(Error);
    expect((again as Error).message).toBe('refused: forbidden');
    expect(serverLogs.take()).toContain('[onAuthenticate] forbidden');
  });

  it('makes a demoted editor read-only at once and tells their client', async () => {
    const facilitator = await connect(fixture.team.facilitator.token);
    const notice = nextNotice(facilitator);
    const demoted = await callApi(
      fixture.app.url,
      'PATCH',
      `/api/teams/${fixture.team.teamId}/members/${fixture.team.facilitator.id}`,
      { token: fixture.team.principal.token, body: { role: 'viewer' } },
    );
    expect(demoted.status).toBe(200);
    expect(await notice).toEqual({ type: 'access-changed', canWrite: false });

    commitments.add(facilitator.doc, { text: 'Written after demotion' });
    facilitator.provider.setAwarenessField('probe', 'demoted');
    const watcher = await connect(fixture.team.principal.token);
    await watcher.seesAwareness((state) => state.probe === 'demoted');
    expect(serverTexts()).not.toContain('Written after demotion');

    const promoted = nextNotice(facilitator);
    await callApi(
      fixture.app.url,
      'PATCH',
      `/api/teams/${fixture.team.teamId}/members/${fixture.team.facilitator.id}`,
      {
        token: fixture.team.principal.token,
        body: { role: 'facilitator' },
      },
    );
    expect(await promoted).toEqual({ type: 'access-changed', canWrite: true });
  });

  it('disconnects every socket when someone signs out everywhere', async () => {
    const first = await connect(fixture.team.viewer.token);
    const closed = nextClose(first);
    const response = await callApi(fixture.app.url, 'POST', '/api/auth/logout-all', {
      token: fixture.team.viewer.token,
    });
    expect(response.status).toBe(200);
    expect(await closed).toBe('unauthorized');
    expect(
      (await callApi(fixture.app.url, 'GET', '/api/auth/me', { token: fixture.team.viewer.token }))
        .status,
    ).toBe(401);
  });
});
