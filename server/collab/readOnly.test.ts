import { afterAll, describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { loadStoredDocument } from '../../db/queries/documents';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments } from '../../shared/purpose/purposeDoc';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';
import { captureServerLogs, serverRefusals } from '../testing/consoleCapture';

/** Awareness states another client sees, by client id. */
function peerStates(client: CollabClient) {
  return client.provider.awareness?.getStates() ?? new Map<number, Record<string, unknown>>();
}

describe.each(availableBackends())('a viewer changes nothing on %s', (backend) => {
  const serverLogs = captureServerLogs([serverRefusals.readOnly]);
  const fixture = useTestServer({ backend });
  const clients: CollabClient[] = [];

  afterAll(async () => {
    for (const client of clients) client.destroy();
  });

  it('refuses its updates, stamps its identity, drops forged presence and its stateless messages', async () => {
    const name = purposeDocumentName(fixture.team.teamId);
    const principal = await connectClient(fixture.app.url, name, fixture.team.principal.token);
    clients.push(principal);
    principal.provider.setAwarenessField('user', { name: 'Principal Pat', color: '#1864ab' });
    commitments.add(principal.doc, { text: 'Only editors write here' });
    await principal.acknowledged();
    const before = await loadStoredDocument(fixture.app.database.db, name);

    const viewer = await connectClient(fixture.app.url, name, fixture.team.viewer.token);
    clients.push(viewer);

    // 1. A document update.
    commitments.add(viewer.doc, { text: 'Forged commitment' });
    // 2. Its own presence, claiming to be the principal.
    viewer.provider.setAwarenessField('user', { name: 'Principal Pat', color: '#1864ab' });
    await principal.seesAwareness(
      (state) => (state.user as { id?: string } | undefined)?.id === fixture.team.viewer.id,
    );
    const viewerState = peerStates(principal).get(viewer.doc.clientID);
    expect(viewerState?.user).toEqual({
      id: fixture.team.viewer.id,
      name: 'Viewer Val',
      color: expect.stringMatching(/^#/),
    });

    // 3. Presence for another client id: the principal's own.
    const forger = new Awareness(new Y.Doc());
    forger.clientID = principal.doc.clientID;
    forger.setLocalState({ user: { name: 'Hijacked', color: '#000000' }, cursor: null });
    const awareness = viewer.provider.awareness;
    if (!awareness) throw new Error('no awareness');
    applyAwarenessUpdate(awareness, encodeAwarenessUpdate(forger, [forger.clientID]), 'test');
    viewer.provider.setAwarenessField('probe', 'after-forgery');
    await principal.seesAwareness((state) => state.probe === 'after-forgery');
    const ownState = peerStates(principal).get(principal.doc.clientID) as
      { user?: { name?: string } } | undefined;
    expect(ownState?.user?.name).toBe('Principal Pat');
    const serverStates = fixture.app.hocuspocus.documents.get(name)?.awareness.getStates();
    expect((serverStates?.get(principal.doc.clientID)?.user as { name?: string })?.name).toBe(
      'Principal Pat',
    );

    // 4. A stateless message: the server closes the viewer's document connection.
    const closed = new Promise<string>((resolve) =>
      viewer.provider.on('close', ({ event }: { event: { reason: string } }) =>
        resolve(event.reason),
      ),
    );
    viewer.provider.sendStateless(JSON.stringify({ type: 'next-step' }));
    expect(await closed).toBe('read-only');
    expect(serverLogs.take()).toContain('[beforeHandleMessage] read-only');

    // Memory and database hold exactly what the principal wrote.
    const inMemory = fixture.app.hocuspocus.documents.get(name);
    expect(inMemory && commitments.read(inMemory).map((c) => c.text)).toEqual([
      'Only editors write here',
    ]);
    const after = await loadStoredDocument(fixture.app.database.db, name);
    expect(after).toEqual(before);
    expect(commitments.read(principal.doc).map((c) => c.text)).toEqual(['Only editors write here']);
  });
});
