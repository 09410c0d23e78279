import { type Connection, Document } from '@hocuspocus/server';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { purposeDocumentName } from '../../shared/documents/documentName';
import type { App } from '../app';
import { availableBackends } from '../testing/testDatabase';
import { broadcastUpdatesLeanly } from './UpdateBroadcast';
import {
  encodeSyncStep1,
  encodeUpdate,
  isCloseEvent,
  parseServerMessage,
  RawCollabSocket,
  type ServerMessage,
  syncUpdateIn,
} from '../testing/rawCollabSocket';
import { useTestServer } from '../testing/useTestServer';

/** Whether `update` carries anything written by the Yjs client `clientId`. */
function carriesChangesOf(update: Uint8Array, clientId: number): boolean {
  return Y.parseUpdateMeta(update).to.has(clientId);
}

/** A person typing over a raw socket: a Y.Doc of their own whose updates they send. */
class RawEditor {
  readonly doc = new Y.Doc();
  readonly received: ServerMessage[] = [];

  private constructor(
    readonly socket: RawCollabSocket,
    private readonly name: string,
  ) {
    socket.ws.on('message', (data: Buffer) => {
      const message = parseServerMessage(new Uint8Array(data));
      if (message) this.received.push(message);
    });
  }

  static async open(app: App, name: string, token: string): Promise<RawEditor> {
    const socket = await RawCollabSocket.open(app.url);
    if (!(await socket.authenticate(name, token))) throw new Error('not authenticated');
    const synced = socket.next((m) => m.address === name && syncUpdateIn(m) !== null);
    socket.send(encodeSyncStep1(name, Y.encodeStateVector(new Y.Doc())));
    const answer = await synced;
    if (isCloseEvent(answer)) throw new Error('closed while syncing');
    return new RawEditor(socket, name);
  }

  /** Types `text` at the start of the shared text and sends the update. */
  type(text: string): Uint8Array {
    let update: Uint8Array | null = null;
    const capture = (change: Uint8Array) => (update = change);
    this.doc.on('update', capture);
    this.doc.getText('t').insert(0, text);
    this.doc.off('update', capture);
    if (!update) throw new Error('no update');
    this.socket.send(encodeUpdate(this.name, update));
    return update;
  }

  /** Resolves with the first update from now on that carries `clientId`'s changes. */
  async receivesChangesOf(clientId: number): Promise<Uint8Array> {
    const message = await this.socket.next((m) => {
      const update = syncUpdateIn(m);
      return update !== null && carriesChangesOf(update, clientId);
    });
    if (isCloseEvent(message)) throw new Error(`closed: ${message.reason}`);
    const update = syncUpdateIn(message);
    if (!update) throw new Error('not an update');
    return update;
  }
}

describe.each(availableBackends())('update broadcast on %s', (backend) => {
  const fixture = useTestServer({ backend });
  const editors: RawEditor[] = [];

  afterAll(async () => {
    for (const editor of editors) editor.socket.close();
  });

  it('sends an update to everyone else, and not back to its author', async () => {
    const name = purposeDocumentName(fixture.team.teamId);
    const alice = await RawEditor.open(fixture.app, name, fixture.team.member.token);
    const bob = await RawEditor.open(fixture.app, name, fixture.team.facilitator.token);
    editors.push(alice, bob);
    // Larger than one-byte and two-byte frame lengths, so every header form is exercised.
    for (const text of ['hello', 'a'.repeat(300), 'b'.repeat(70_000)]) {
      const fromAlice = alice.type(text);
      const atBob = await bob.receivesChangesOf(alice.doc.clientID);
      expect(Y.parseUpdateMeta(atBob)).toEqual(Y.parseUpdateMeta(fromAlice));
    }

    // Bob answers after Alice's last change reached him, and the server handles Alice's
    // messages in order: anything it sent Alice of her own changes came before Bob's reply.
    const heardBob = alice.receivesChangesOf(bob.doc.clientID);
    bob.type('reply');
    await heardBob;
    const echoes = alice.received
      .map(syncUpdateIn)
      .filter((update) => update !== null && carriesChangesOf(update, alice.doc.clientID));
    expect(echoes).toEqual([]);
  });
});

describe('who a gathered broadcast goes to', () => {
  /** A connection as the broadcast sees it: an address, a socket that is not `ws`, a send. */
  function fakeConnection(document: Document) {
    const sent: Uint8Array[] = [];
    const connection = {
      messageAddress: document.name,
      webSocket: {},
      send: (message: Uint8Array) => sent.push(message),
    } as unknown as Connection;
    document.addConnection(connection);
    return { connection, sent };
  }

  function changeBy(document: Document, origin: unknown): void {
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(document));
    let update: Uint8Array | null = null;
    other.on('update', (change: Uint8Array) => (update = change));
    other.getText('t').insert(0, 'x');
    if (update) Y.applyUpdate(document, update, origin);
  }

  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

  it('skips the author of a lone change, and nobody when the turn gathered several authors', async () => {
    const document = new Document('team:t/purpose');
    broadcastUpdatesLeanly(document);
    const alice = fakeConnection(document);
    const bob = fakeConnection(document);
    const viewer = fakeConnection(document);
    const counts = () => [alice.sent.length, bob.sent.length, viewer.sent.length];

    changeBy(document, { source: 'connection', connection: alice.connection });
    await nextTurn();
    expect(counts()).toEqual([0, 1, 1]);

    changeBy(document, { source: 'connection', connection: alice.connection });
    changeBy(document, { source: 'connection', connection: bob.connection });
    await nextTurn();
    expect(counts()).toEqual([1, 2, 2]);

    changeBy(document, { source: 'local' });
    await nextTurn();
    expect(counts()).toEqual([2, 3, 3]);
    document.destroy();
  });
});
