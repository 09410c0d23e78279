import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { loadStoredDocument } from '../../db/queries/documents';
import { commitments } from '../../shared/purpose/purposeDoc';
import { purposeDocumentName } from '../../shared/documents/documentName';
import type { App } from '../app';
import { addToTeam, createTeam, signUp, type TestUser } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';

async function countLogRows(app: App, documentName: string): Promise<number> {
  const row = await app.database.db
    .selectFrom('documentUpdates')
    .select(app.database.db.fn.countAll<string>().as('n'))
    .where('documentName', '=', documentName)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

function docFromStored(stored: { state: Uint8Array | null; updates: Uint8Array[] }): Y.Doc {
  const doc = new Y.Doc();
  if (stored.state) Y.applyUpdate(doc, stored.state);
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc;
}

describe.each(availableBackends())('durable persistence on %s', (backend) => {
  const fixture = useTestServer({ backend, team: false });
  let principal: TestUser;
  const clients: CollabClient[] = [];

  const connect = async (name: string, user: TestUser) => {
    const client = await connectClient(fixture.app.url, name, user.token);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    principal = await signUp(fixture.app.url, 'Principal Pat');
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
  });

  it('makes two clients converge and acknowledges only what is in the log', async () => {
    const teamId = await createTeam(fixture.app.url, principal);
    const name = purposeDocumentName(teamId);
    const member = await signUp(fixture.app.url, 'Member Max');
    await addToTeam(fixture.app.url, principal, teamId, member, 'member');
    const a = await connect(name, principal);
    const b = await connect(name, member);

    commitments.add(a.doc, { text: 'Start on time' });
    commitments.add(b.doc, { text: 'Keep students at the centre' });
    await Promise.all([a.acknowledged(), b.acknowledged()]);
    await a.until((doc) => commitments.read(doc).length === 2);
    await b.until((doc) => commitments.read(doc).length === 2);
    expect(commitments.read(a.doc)).toEqual(commitments.read(b.doc));

    const stored = docFromStored(await loadStoredDocument(fixture.app.database.db, name));
    expect(commitments.read(stored)).toEqual(commitments.read(a.doc));
  });

  it('shows an edit to the room at once but acknowledges it only once it is logged', async () => {
    const teamId = await createTeam(fixture.app.url, principal);
    const name = purposeDocumentName(teamId);
    const a = await connect(name, principal);
    const b = await connect(name, principal);
    // Hold the log's writes, as a slow or absent database would.
    const log = fixture.app.persistence.log;
    const append = log.append.bind(log);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    log.append = (entry) => held.then(() => append(entry));
    try {
      commitments.add(a.doc, { text: 'Seen before it is stored' });
      await b.until((doc) => commitments.read(doc).length === 1);
      expect(a.provider.hasUnsyncedChanges).toBe(true);
      expect(await countLogRows(fixture.app, name)).toBe(0);
    } finally {
      log.append = append;
      release();
    }
    await a.acknowledged();
    const stored = docFromStored(await loadStoredDocument(fixture.app.database.db, name));
    expect(commitments.read(stored).map((item) => item.text)).toEqual(['Seen before it is stored']);
  });

  it('batches the log: 20 clients typing at once cost fewer inserts than updates', async () => {
    const teamId = await createTeam(fixture.app.url, principal);
    const name = purposeDocumentName(teamId);
    const typists = await Promise.all(Array.from({ length: 20 }, () => connect(name, principal)));
    const insertsBefore = fixture.app.persistence.log.insertCount;
    const rowsBefore = await countLogRows(fixture.app, name);

    let updates = 0;
    for (const typist of typists) {
      typist.doc.on('update', (_update: Uint8Array, origin: unknown) => {
        if (origin !== typist.provider) updates++;
      });
    }
    for (let keystroke = 0; keystroke < 10; keystroke++) {
      typists.forEach((typist, i) =>
        typist.doc.getText('scratch').insert(0, String.fromCharCode(97 + i)),
      );
    }
    await Promise.all(typists.map((t) => t.acknowledged()));

    const inserts = fixture.app.persistence.log.insertCount - insertsBefore;
    const rows = (await countLogRows(fixture.app, name)) - rowsBefore;
    expect(updates).toBe(200);
    expect(rows).toBe(200);
    expect(inserts).toBeGreaterThan(0);
    expect(inserts).toBeLessThan(updates);
    const stored = docFromStored(await loadStoredDocument(fixture.app.database.db, name));
    expect(stored.getText('scratch').length).toBe(200);
  });

  it('never logs the updates of a read-only connection', async () => {
    const teamId = await createTeam(fixture.app.url, principal);
    const name = purposeDocumentName(teamId);
    const viewer = await signUp(fixture.app.url, 'Viewer Val');
    await addToTeam(fixture.app.url, principal, teamId, viewer, 'viewer');
    const editor = await connect(name, principal);
    commitments.add(editor.doc, { text: 'Written by the principal' });
    await editor.acknowledged();
    const rowsBefore = await countLogRows(fixture.app, name);

    const reader = await connect(name, viewer);
    commitments.add(reader.doc, { text: 'Forged by a viewer' });
    // Messages of one connection are handled in order: once the viewer's later awareness
    // reaches the editor, the server has handled (and refused) the update sent before it.
    reader.provider.setAwarenessField('probe', 1);
    await editor.seesAwareness((state) => state.probe === 1);

    expect(await countLogRows(fixture.app, name)).toBe(rowsBefore);
    const inMemory = fixture.app.hocuspocus.documents.get(name);
    expect(inMemory && commitments.read(inMemory).map((c) => c.text)).toEqual([
      'Written by the principal',
    ]);
    expect(commitments.read(editor.doc).map((c) => c.text)).toEqual(['Written by the principal']);
  });

  it('loads a compacted document to the same content as its log', async () => {
    const teamId = await createTeam(fixture.app.url, principal);
    const name = purposeDocumentName(teamId);
    const writer = await connect(name, principal);
    for (let i = 0; i < 50; i++) {
      commitments.add(writer.doc, { text: `Commitment ${i}` });
      writer.doc.getText('scratch').insert(0, `edit ${i} `);
      if (i % 3 === 0) writer.doc.getText('scratch').delete(0, 2);
    }
    await writer.acknowledged();

    const fromLog = docFromStored(await loadStoredDocument(fixture.app.database.db, name));
    const folded = await fixture.app.persistence.compactor.compactNow(name, teamId);
    expect(folded).toBeGreaterThan(0);
    const compacted = await loadStoredDocument(fixture.app.database.db, name);
    expect(compacted.updates).toHaveLength(0);
    expect(compacted.state).not.toBeNull();
    const fromState = docFromStored(compacted);
    expect(fromState.toJSON()).toEqual(fromLog.toJSON());
    expect(commitments.read(fromState)).toEqual(commitments.read(writer.doc));
    expect(fromState.getText('scratch').toString()).toBe(writer.doc.getText('scratch').toString());

    // A later edit lands in the log on top of the compacted state, and a fresh client
    // loading from the database sees everything.
    commitments.add(writer.doc, { text: 'After compaction' });
    await writer.acknowledged();
    writer.destroy();
    await fixture.app.persistence.compactor.idle();
    const reader = await connect(name, principal);
    expect(commitments.read(reader.doc)).toHaveLength(51);
  });

  it('logs the changes the server makes itself', async () => {
    const teamId = await createTeam(fixture.app.url, principal);
    const name = purposeDocumentName(teamId);
    const watcher = await connect(name, principal);
    const insertsBefore = fixture.app.persistence.log.insertCount;

    const direct = await fixture.app.hocuspocus.openDirectConnection(name);
    await direct.transact((doc) => {
      commitments.add(doc, { text: 'Added by the server' });
    });
    await fixture.app.persistence.serverWritesDurable();
    expect(fixture.app.persistence.log.insertCount).toBe(insertsBefore + 1);
    await direct.disconnect();

    const stored = docFromStored(await loadStoredDocument(fixture.app.database.db, name));
    expect(commitments.read(stored).map((c) => c.text)).toEqual(['Added by the server']);
    await watcher.until((doc) => commitments.read(doc).length === 1);
  });
});
