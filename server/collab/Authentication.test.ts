import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { commitments } from '../../shared/purpose/purposeDoc';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { createTeam, signUp, type TestUser } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';
import { captureServerLogs, serverRefusals } from '../testing/consoleCapture';

describe.each(availableBackends())('socket authentication on %s', (backend) => {
  const serverLogs = captureServerLogs([serverRefusals.signIn]);
  const fixture = useTestServer({ backend, team: false });
  let alice: TestUser;
  let mallory: TestUser;
  let aliceTeam: string;
  let malloryTeam: string;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    alice = await signUp(fixture.app.url, 'Alice');
    mallory = await signUp(fixture.app.url, 'Mallory');
    aliceTeam = await createTeam(fixture.app.url, alice, 'Lincoln ILT');
    malloryTeam = await createTeam(fixture.app.url, mallory, 'Other school');
    const writer = await connectClient(
      fixture.app.url,
      purposeDocumentName(aliceTeam),
      alice.token,
    );
    clients.push(writer);
    commitments.add(writer.doc, { text: 'Confidential note about J.M.' });
    await writer.acknowledged();
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
  });

  it('lets a member in', async () => {
    const client = await connectClient(
      fixture.app.url,
      purposeDocumentName(aliceTeam),
      alice.token,
    );
    clients.push(client);
    expect(commitments.read(client.doc).map((c) => c.text)).toEqual([
      'Confidential note about J.M.',
    ]);
  });

  it.each([
    ['no token', ''],
    ['a made-up token', 'not-a-real-token'],
  ])('refuses %s', async (_label, token) => {
    await expect(
      connectClient(fixture.app.url, purposeDocumentName(aliceTeam), token),
    ).rejects.toThrow('refused: unauthorized');
    expect(serverLogs.take()).toContain('[onAuthenticate] unauthorized');
  });

  it('refuses a signed-out token', async () => {
    const response = await fetch(`${fixture.app.url}/api/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${mallory.token}`, 'content-type': 'application/json' },
    });
    expect(response.status).toBe(200);
    await expect(
      connectClient(fixture.app.url, purposeDocumentName(malloryTeam), mallory.token),
    ).rejects.toThrow('refused: unauthorized');
  });

  it("refuses another team's document, even on a socket already inside one", async () => {
    const outsider = await signUp(fixture.app.url, 'Outsider');
    const ownTeam = await createTeam(fixture.app.url, outsider, 'Own team');
    const own = await connectClient(fixture.app.url, purposeDocumentName(ownTeam), outsider.token);
    clients.push(own);
    const attempt = connectClient(fixture.app.url, purposeDocumentName(aliceTeam), outsider.token, {
      socket: own.socket,
    });
    await expect(attempt).rejects.toThrow('refused: forbidden');
  });

  it.each([
    '',
    'team/x/purpose',
    `team/${'0'.repeat(36)}/purpose`,
    'team/../purpose',
    'a'.repeat(5000),
  ])('refuses the malformed or unknown name %j', async (name) => {
    await expect(connectClient(fixture.app.url, name, alice.token)).rejects.toThrow(
      /refused: (unknown-document|forbidden)/,
    );
  });

  it('refuses hostile names without touching any stored data', async () => {
    const db = fixture.app.database.db;
    const snapshot = async () => ({
      documents: await db.selectFrom('documents').selectAll().orderBy('name').execute(),
      updates: await db.selectFrom('documentUpdates').selectAll().orderBy('id').execute(),
    });
    const before = await snapshot();
    const hostile = [
      // Hocuspocus reads `name\0session` as a session of `name`: still checked per team.
      `team/${malloryTeam}/purpose\u0000${aliceTeam}`,
      `team/${aliceTeam}\u0000/purpose`,
      `team/${aliceTeam}/purpose'; delete from documents; --`,
      `team/${aliceTeam}/purpose/../../${malloryTeam}/purpose`,
      `team/${aliceTeam}/../${malloryTeam}/purpose`,
      `team/${aliceTeam.toUpperCase()}/purpose`,
      `team/' OR '1'='1/purpose`,
      purposeDocumentName(malloryTeam),
      'x'.repeat(100_000),
    ];
    for (const name of hostile) {
      const doc = new Y.Doc();
      await expect(
        connectClient(fixture.app.url, name, alice.token, { doc }),
        name.slice(0, 60),
      ).rejects.toThrow(/refused: (unknown-document|forbidden)/);
      expect(doc.share.size).toBe(0);
    }
    expect(await snapshot()).toEqual(before);
    // The server is still serving the legitimate document.
    const client = await connectClient(
      fixture.app.url,
      purposeDocumentName(aliceTeam),
      alice.token,
    );
    clients.push(client);
    expect(commitments.read(client.doc)).toHaveLength(1);
  });

  it('accepts the session cookie instead of a token', async () => {
    const client = await new Promise<CollabClient>((resolve, reject) => {
      // A socket with the cookie header and the page's Origin, as a browser sends them.
      class CookieSocket extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, {
            headers: { cookie: `ilt_session=${alice.token}`, origin: fixture.app.url },
          });
        }
      }
      import('@hocuspocus/provider').then(({ HocuspocusProviderWebsocket }) => {
        const socket = new HocuspocusProviderWebsocket({
          url: `${fixture.app.url.replace('http', 'ws')}/collab`,
          WebSocketPolyfill: CookieSocket as unknown as typeof globalThis.WebSocket,
        });
        connectClient(fixture.app.url, purposeDocumentName(aliceTeam), '', { socket }).then(
          resolve,
          reject,
        );
      }, reject);
    });
    clients.push(client);
    expect(commitments.read(client.doc)).toHaveLength(1);
    client.socket.destroy();
  });

  it('answers 404 to an upgrade on any path but /collab', async () => {
    const url = `${fixture.app.url.replace('http', 'ws')}/collab/extra`;
    const status = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      socket.on('open', () => reject(new Error('upgraded')));
      socket.on('error', () => undefined);
    });
    expect(status).toBe(404);
  });
});
