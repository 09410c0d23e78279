import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { MessageType } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { closeCodes } from '../../shared/collab/closeCodes';
import {
  MAX_CLIENT_UPDATE_BYTES,
  MAX_DOCUMENT_BYTES,
  MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS,
} from '../../shared/collab/limits';
import { createProviderSocket } from '../../shared/collab/providerSocket';
import { refusalReasons } from '../../shared/collab/serverNotices';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments, PURPOSE_STATEMENT_FIELD } from '../../shared/purpose/purposeDoc';
import type { AppOptions } from '../app';
import type { CollabContext } from '../collab/contracts';
import {
  encodeUpdate,
  isCloseEvent,
  MESSAGE_CLOSE,
  RawCollabSocket,
  type ServerMessage,
} from '../testing/rawCollabSocket';
import { readStoredDocument } from '../util/storedDocument';
import { createTeam, signUp, type TestUser } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { useTestServer } from '../testing/useTestServer';

/** A document limit a test reaches with a few pastes; the real one is checked further down. */
const SMALL_DOCUMENT_LIMIT = 64 * 1024;

/** The reason of a server's CLOSE message for one document. */
function closeReasonOf(message: ServerMessage): string {
  const decoder = decoding.createDecoder(message.bytes);
  decoding.readVarString(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarString(decoder);
}

/** Tries an upgrade to `/collab` with these headers; resolves with the HTTP status (101: upgraded). */
function upgradeStatus(baseUrl: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/collab`, { headers });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.terminate();
    });
    socket.on('error', (error) => reject(error));
  });
}

/** Swallows `console.error` (Hocuspocus logs refusals there) and records what it was given. */
function captureConsoleErrors() {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
  return {
    text: () => spy.mock.calls.map((args) => args.map(String).join(' ')).join('\n'),
    restore: () => spy.mockRestore(),
  };
}

/** A paste of `chars` characters into the purpose statement, as one paragraph. */
function paste(doc: Y.Doc, chars: number, letter = 'x'): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(letter.repeat(chars))]);
  doc.getXmlFragment(PURPOSE_STATEMENT_FIELD).push([paragraph]);
}

/** Characters pasted into a statement (each paste is one paragraph). */
function pastedLengths(doc: Y.Doc): number[] {
  return doc
    .getXmlFragment(PURPOSE_STATEMENT_FIELD)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toString().length : 0));
}

/**
 * A provider on `socket` whose document-close reason is caught from the start (a refusal of
 * the first sync can arrive right after it synced).
 */
function openProvider(
  socket: HocuspocusProviderWebsocket,
  name: string,
  token: string,
  doc: Y.Doc,
): { provider: HocuspocusProvider; closedWith: Promise<string> } {
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    token,
  });
  const closedWith = new Promise<string>((resolve) =>
    provider.on('close', ({ event }: { event: { reason: string } }) => resolve(event.reason)),
  );
  provider.attach();
  return { provider, closedWith };
}

describe('attacks on the collaboration socket', () => {
  let purpose: string;
  const options: Pick<AppOptions, 'collabLimits'> & { env: Record<string, string> } = {
    env: {
      // Tests speak as different client addresses through X-Forwarded-For.
      TRUST_PROXY: 'true',
      PUBLIC_URL: 'https://ilt.school.example',
      ALLOWED_ORIGINS: 'https://partner.example',
    },
    // Idle sockets of the address cap test must outlive it, however slow the machine.
    collabLimits: { maxDocumentBytes: SMALL_DOCUMENT_LIMIT, authDeadlineMs: 120_000 },
  };
  const fixture = useTestServer(options);
  const sockets: RawCollabSocket[] = [];
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    purpose = purposeDocumentName(fixture.team.teamId);
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    for (const client of clients) client.destroy();
  });

  const cookie = () => ({ cookie: `ilt_session=${fixture.team.member.token}` });
  const open = async (headers: Record<string, string>) => {
    const socket = await RawCollabSocket.open(fixture.app.url, headers);
    sockets.push(socket);
    return socket;
  };

  it("refuses a page on another origin, even one carrying the victim's cookie", async () => {
    const ownPort = new URL(fixture.app.url).port;
    const foreign = [
      'https://evil.example',
      // Same site, another port: SameSite=Lax would send the cookie along.
      `http://127.0.0.1:${Number(ownPort) === 1 ? 2 : 1}`,
      'null',
    ];
    for (const origin of foreign) {
      expect(await upgradeStatus(fixture.app.url, { ...cookie(), origin }), origin).toBe(403);
      // Without the cookie too: a page elsewhere has no business on the socket.
      expect(await upgradeStatus(fixture.app.url, { origin }), origin).toBe(403);
    }

    // Our own page (by the name it was reached at, by PUBLIC_URL, or an allowed partner).
    for (const origin of [
      fixture.app.url,
      'https://ilt.school.example',
      'https://partner.example',
    ]) {
      const socket = await open({ ...cookie(), origin });
      expect(await socket.authenticate(purpose, ''), origin).toBe(true);
    }
  });

  it('lets the cookie authenticate only with an allowed Origin; a token needs none', async () => {
    const errors = captureConsoleErrors();
    try {
      // Browsers always send Origin on a WebSocket: a cookie without one is not our page.
      const noOrigin = await open(cookie());
      expect(await noOrigin.authenticate(purpose, '')).toBe(false);
      expect(errors.text()).toContain('unauthorized');
    } finally {
      errors.restore();
    }

    // A native client: a token, no Origin, no cookie.
    const native = await open({});
    expect(await native.authenticate(purpose, fixture.team.member.token)).toBe(true);
  });

  it(`refuses a socket beyond ${MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS} unauthenticated ones from one address`, async () => {
    const crowd = { 'x-forwarded-for': '203.0.113.50' };
    const idle: RawCollabSocket[] = [];
    for (let i = 0; i < MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS; i++) idle.push(await open(crowd));
    expect(await upgradeStatus(fixture.app.url, crowd)).toBe(429);
    // The proxy's first entry is the client: another client behind the same proxy is not held up.
    expect(
      await upgradeStatus(fixture.app.url, { 'x-forwarded-for': '203.0.113.51, 203.0.113.50' }),
    ).toBe(101);
    expect(await upgradeStatus(fixture.app.url, {})).toBe(101);

    // A socket that authenticates a document no longer counts, so one more may wait.
    expect(await idle[0]?.authenticate(purpose, fixture.team.member.token)).toBe(true);
    await open(crowd);
    expect(await upgradeStatus(fixture.app.url, crowd)).toBe(429);
  });

  it('refuses an update past the document size limit, and only that update', async () => {
    const second = purposeDocumentName(
      await createTeam(fixture.app.url, fixture.team.principal, 'Second ILT'),
    );
    const alice = await connectClient(fixture.app.url, purpose, fixture.team.principal.token);
    const aliceElsewhere = await connectClient(
      fixture.app.url,
      second,
      fixture.team.principal.token,
      {
        socket: alice.socket,
      },
    );
    const bob = await connectClient(fixture.app.url, purpose, fixture.team.member.token);
    clients.push(aliceElsewhere, alice, bob);

    commitments.add(alice.doc, { text: 'Stored before the limit' });
    paste(alice.doc, 20_000, 'a');
    await alice.acknowledged();
    await bob.until((doc) => pastedLengths(doc).length === 1);
    const storedBefore = Y.encodeStateAsUpdate(
      await readStoredDocument(fixture.app.database.db, purpose),
    );

    // The server closes Alice's connection to this document, with the new code and reason.
    const connection = fixture.app.hocuspocus.documents
      .get(purpose)
      ?.getConnections()
      .find((each) => (each.context as CollabContext).user.id === fixture.team.principal.id);
    if (!connection) throw new Error('no server connection for Alice');
    const closeCode = new Promise<number | undefined>((resolve) =>
      connection.onClose((_document, event) => resolve(event?.code)),
    );
    const closeReason = new Promise<string>((resolve) =>
      alice.provider.on('close', ({ event }: { event: { reason: string } }) =>
        resolve(event.reason),
      ),
    );
    paste(alice.doc, 60_000, 'b');
    const outcome = await Promise.race([
      closeReason,
      alice.acknowledged().then(() => 'acknowledged'),
    ]);
    expect(outcome).toBe(refusalReasons.documentTooLarge);
    expect(await closeCode).toBe(closeCodes.documentTooLarge);

    // Bob keeps editing the same document, Alice her other one on the same socket.
    commitments.add(bob.doc, { text: 'Bob after the limit' });
    commitments.add(aliceElsewhere.doc, { text: 'Alice elsewhere' });
    await Promise.all([bob.acknowledged(), aliceElsewhere.acknowledged()]);
    expect(pastedLengths(bob.doc)).toHaveLength(1);
    const live = fixture.app.hocuspocus.documents.get(purpose);
    expect(live && pastedLengths(live)).toEqual(pastedLengths(bob.doc));

    // A client that made the paste offline is refused on its first sync (Hocuspocus's path).
    const errors = captureConsoleErrors();
    try {
      const offline = new Y.Doc();
      Y.applyUpdate(offline, storedBefore);
      paste(offline, 60_000, 'c');
      const socket = createProviderSocket({
        url: `${fixture.app.url.replace(/^http/, 'ws')}/collab`,
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      });
      const { provider, closedWith } = openProvider(
        socket,
        purpose,
        fixture.team.member.token,
        offline,
      );
      expect(await closedWith).toBe(refusalReasons.documentTooLarge);
      expect(errors.text()).toContain(refusalReasons.documentTooLarge);
      provider.destroy();
      socket.destroy();
    } finally {
      errors.restore();
    }

    // After a restart, the stored documents hold everything accepted and nothing refused.
    for (const client of clients.splice(0)) client.destroy();
    await fixture.restart();
    const stored = await readStoredDocument(fixture.app.database.db, purpose);
    expect(Y.snapshotContainsUpdate(Y.snapshot(stored), storedBefore)).toBe(true);
    expect(pastedLengths(stored)).toEqual(pastedLengths(bob.doc));
    expect(commitments.read(stored).map((c) => c.text)).toEqual([
      'Stored before the limit',
      'Bob after the limit',
    ]);
    const storedElsewhere = await readStoredDocument(fixture.app.database.db, second);
    expect(commitments.read(storedElsewhere).map((c) => c.text)).toEqual(['Alice elsewhere']);
  });
});

describe('the collaboration socket with its default limits', () => {
  /** Short for the test, long enough for a busy machine to authenticate a socket first. */
  const DEADLINE_MS = 3_000;
  const fixture = useTestServer({ team: false, collabLimits: { authDeadlineMs: DEADLINE_MS } });
  let user: TestUser;
  let purpose: string;
  let otherPurpose: string;
  const sockets: RawCollabSocket[] = [];

  beforeAll(async () => {
    user = await signUp(fixture.app.url, 'Limit tester');
    purpose = purposeDocumentName(await createTeam(fixture.app.url, user));
    otherPurpose = purposeDocumentName(await createTeam(fixture.app.url, user, 'Other ILT'));
  });

  afterAll(async () => {
    for (const socket of sockets) socket.close();
  });

  it('closes a socket that authenticates no document in time, and not one that did', async () => {
    const signedIn = await RawCollabSocket.open(fixture.app.url);
    sockets.push(signedIn);
    expect(await signedIn.authenticate(purpose, user.token)).toBe(true);
    const idle = await RawCollabSocket.open(fixture.app.url);
    sockets.push(idle);

    expect(await idle.closed).toEqual({
      code: closeCodes.authenticationTimeout,
      reason: 'authentication-timeout',
    });
    // The signed-in socket is older, so past its deadline too, and still answers.
    expect(signedIn.ws.readyState).toBe(WebSocket.OPEN);
    expect(await signedIn.authenticate(otherPurpose, user.token)).toBe(true);
  });

  it(`refuses growth past MAX_DOCUMENT_BYTES (${MAX_DOCUMENT_BYTES / 1024 / 1024} MiB)`, async () => {
    const socket = await RawCollabSocket.open(fixture.app.url);
    sockets.push(socket);
    expect(await socket.authenticate(purpose, user.token)).toBe(true);
    // Largest pastes a client may send; enough of them fill the document.
    const local = new Y.Doc();
    const chars = MAX_CLIENT_UPDATE_BYTES - 1_024;
    let sent = 0;
    for (;;) {
      const before = Y.encodeStateVector(local);
      paste(local, chars, String.fromCharCode(97 + (sent % 26)));
      const update = Y.encodeStateAsUpdate(local, before);
      const answer = socket.next(
        (m) =>
          m.address === purpose && (m.type === MessageType.SyncStatus || m.type === MESSAGE_CLOSE),
      );
      socket.send(encodeUpdate(purpose, update));
      const reply = await answer;
      if (isCloseEvent(reply)) throw new Error(`socket closed: ${reply.code}`);
      if (reply.type === MESSAGE_CLOSE) {
        expect(closeReasonOf(reply)).toBe(refusalReasons.documentTooLarge);
        break;
      }
      sent += update.byteLength;
      expect(sent).toBeLessThanOrEqual(MAX_DOCUMENT_BYTES);
    }
    expect(sent).toBeGreaterThan(MAX_DOCUMENT_BYTES - 2 * MAX_CLIENT_UPDATE_BYTES);
    // The socket itself stays open for the client's other documents.
    expect(socket.ws.readyState).toBe(WebSocket.OPEN);
  }, 120_000);
});
