import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { availableBackends, createTestDatabase } from '../testing/testDatabase';
import { type DatabaseHandle, openDatabase } from '../../db/openDatabase';
import { appendDocumentUpdates, loadStoredDocument } from '../../db/queries/documents';

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
      dataDir: database.dataDir && `${database.dataDir}/db`,
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
