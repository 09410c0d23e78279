import { randomUUID } from 'node:crypto';
import { Document } from '@hocuspocus/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { availableBackends, createTestDatabase } from '../testing/testDatabase';
import { type DatabaseHandle, openDatabase } from '../../db/openDatabase';
import { appendDocumentUpdates, loadStoredDocument } from '../../db/queries/documents';
import { applyStoredDocument } from './storedDocument';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe.each(availableBackends())('loadStoredDocument on %s', (backend) => {
  let handle: DatabaseHandle;
  let drop: () => Promise<void>;
  let teamId: string;

  beforeAll(async () => {
    const database = await createTestDatabase(backend);
    drop = database.drop;
    handle = await openDatabase({
      databaseUrl: database.databaseUrl,
      dataDir: database.dataDir,
    });
    teamId = randomUUID();
    await handle.db.insertInto('teams').values({ id: teamId, name: 'Load' }).execute();
  });

  afterAll(async () => {
    await handle.close();
    await drop();
  });

  const log = (documentName: string, ...updates: Uint8Array[]) =>
    appendDocumentUpdates(
      handle.db,
      updates.map((update) => ({ documentName, teamId, update })),
    );

  it('reads nothing for a document never stored', async () => {
    expect(await loadStoredDocument(handle.db, `new-${randomUUID()}`)).toEqual({
      state: null,
      updates: [],
    });
  });

  it('reads a log without a state in log order, and only its own document', async () => {
    const name = `log-${randomUUID()}`;
    await log(name, bytes(1), bytes(2));
    await log(`other-${randomUUID()}`, bytes(9));
    await log(name, bytes(3));
    const stored = await loadStoredDocument(handle.db, name);
    expect(stored.state).toBeNull();
    expect(stored.updates.map((u) => [...u])).toEqual([[1], [2], [3]]);
  });

  it('reads the state apart from the log entries after it', async () => {
    const name = `state-${randomUUID()}`;
    await handle.db
      .insertInto('documents')
      .values({ name, teamId, state: bytes(7, 7) })
      .execute();
    expect(await loadStoredDocument(handle.db, name)).toEqual({
      state: expect.objectContaining({ length: 2 }),
      updates: [],
    });
    await log(name, bytes(4), bytes(5));
    const stored = await loadStoredDocument(handle.db, name);
    expect([...(stored.state ?? [])]).toEqual([7, 7]);
    expect(stored.updates.map((u) => [...u])).toEqual([[4], [5]]);
  });
});

describe('applyStoredDocument', () => {
  /** A compacted state of "ab" and a log typing "cd" after it. */
  function storedTyping() {
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.getText('t').insert(0, 'ab');
    const state = Y.encodeStateAsUpdate(source);
    source.on('update', (update: Uint8Array) => updates.push(update));
    source.getText('t').insert(2, 'c');
    source.getText('t').insert(3, 'd');
    return { state, updates };
  }

  it('loads a Hocuspocus document without an update event, and keeps its listeners', () => {
    const document = new Document('team/x/purpose');
    const events: Uint8Array[] = [];
    document.on('update', (update: Uint8Array) => events.push(update));
    applyStoredDocument(document, storedTyping());
    expect(document.getText('t').toString()).toBe('abcd');
    expect(events).toHaveLength(0);
    document.isLoading = false;
    document.getText('t').insert(4, 'e');
    expect(events).toHaveLength(1);
    document.destroy();
  });

  it('tells listeners of any other document what it applied', () => {
    const doc = new Y.Doc();
    const copy = new Y.Doc();
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(copy, update));
    applyStoredDocument(doc, storedTyping());
    expect(copy.getText('t').toString()).toBe('abcd');
  });
});
