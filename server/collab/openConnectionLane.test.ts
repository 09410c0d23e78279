import { WebSocketStatus } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { availableBackends } from '../testing/testDatabase';
import {
  encodeAwareness,
  encodeSyncStep1,
  isCloseEvent,
  MESSAGE_CLOSE,
  MESSAGE_SYNC,
  RawCollabSocket,
} from '../testing/rawCollabSocket';
import { useTestServer } from '../testing/useTestServer';

describe.each(availableBackends())('presence on open connections on %s', (backend) => {
  const fixture = useTestServer({ backend });
  const clients: CollabClient[] = [];
  const sockets: RawCollabSocket[] = [];

  afterAll(async () => {
    for (const client of clients) client.destroy();
    for (const socket of sockets) socket.close();
  });

  it('applies presence with the signed-in identity, and removes it when the person clears it', async () => {
    const name = purposeDocumentName(fixture.team.teamId);
    const watcher = await connectClient(fixture.app.url, name, fixture.team.principal.token);
    const member = await connectClient(fixture.app.url, name, fixture.team.member.token);
    clients.push(watcher, member);
    const isMember = (state: Record<string, unknown>) =>
      (state.user as { id?: string } | undefined)?.id === fixture.team.member.id;

    member.provider.setAwarenessField('user', { name: 'Someone Else', color: '#000000' });
    member.provider.setAwarenessField('cursor', { anchor: 1, head: 1 });
    await watcher.seesAwareness((state) => isMember(state) && state.cursor !== null);
    const seen = watcher.provider.awareness?.getStates().get(member.doc.clientID);
    expect(seen?.user).toEqual({
      id: fixture.team.member.id,
      name: 'Member Max',
      color: expect.stringMatching(/^#/),
    });

    // Leaving the editor clears presence while the socket stays open: the others stop
    // showing the person at once, not when the connection closes or the state times out.
    member.provider.awareness?.setLocalState(null);
    await watcher.seesNoAwareness(isMember);
    expect(
      fixture.app.hocuspocus.documents.get(name)?.awareness.getStates().has(member.doc.clientID),
    ).toBe(false);
    expect(member.socket.status).toBe(WebSocketStatus.Connected);
  });

  it('closes the document connection that sends undecodable presence, and only that one', async () => {
    const name = purposeDocumentName(fixture.team.teamId);
    const watcher = await connectClient(fixture.app.url, name, fixture.team.principal.token);
    clients.push(watcher);
    const socket = await RawCollabSocket.open(fixture.app.url);
    sockets.push(socket);
    expect(await socket.authenticate(name, fixture.team.member.token)).toBe(true);
    // The server's answer to a sync step 1 comes once the connection is open.
    const answered = socket.next((m) => m.address === name && m.type === MESSAGE_SYNC);
    socket.send(encodeSyncStep1(name, Y.encodeStateVector(new Y.Doc())));
    expect(isCloseEvent(await answered)).toBe(false);

    const closed = socket.next((m) => m.address === name && m.type === MESSAGE_CLOSE);
    socket.send(encodeAwareness(name, { id: 777, clock: 1, json: '{"user": not json' }));
    const message = await closed;
    if (isCloseEvent(message)) throw new Error('the whole socket closed');
    const decoder = decoding.createDecoder(message.bytes);
    decoding.readVarString(decoder);
    decoding.readVarUint(decoder);
    expect(decoding.readVarString(decoder)).toBe('malformed-awareness');

    // The room goes on: the watcher still sees the others' presence.
    const other = await connectClient(fixture.app.url, name, fixture.team.facilitator.token);
    clients.push(other);
    other.provider.setAwarenessField('probe', 'still-live');
    await watcher.seesAwareness((state) => state.probe === 'still-live');
    expect(fixture.app.hocuspocus.documents.get(name)?.awareness.getStates().has(777)).toBe(false);
  });

  it('can tell when Hocuspocus is still handling a connection', async () => {
    // The lane keeps one connection's messages in order by leaving them to Hocuspocus while
    // its queue holds earlier ones. The queue is private: if an upgrade renames it, the lane
    // stops taking anything (correct, but slow), and this test says why.
    const name = purposeDocumentName(fixture.team.teamId);
    const client = await connectClient(fixture.app.url, name, fixture.team.principal.token);
    clients.push(client);
    const [connection] = fixture.app.hocuspocus.documents.get(name)?.getConnections() ?? [];
    expect(Array.isArray((connection as unknown as { messageQueue?: unknown }).messageQueue)).toBe(
      true,
    );
  });
});
