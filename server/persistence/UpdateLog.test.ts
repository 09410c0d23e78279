import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/openDatabase';
import type { Database } from '../../db/schema';
import { createLogger } from '../logger';
import { availableBackends, createTestDatabase } from '../testing/testDatabase';
import { UpdateLog } from './UpdateLog';

const teamId = '3f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f';
const entry = { documentName: `team/${teamId}/purpose`, teamId, update: new Uint8Array([0, 0]) };

/** A database nobody answers on: port 9 on loopback refuses every connection. */
function unreachableDatabase(): Kysely<Database> {
  const pool = new pg.Pool({ host: '127.0.0.1', port: 9, user: 'x', connectionTimeoutMillis: 500 });
  pool.on('error', () => undefined);
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
}

describe('update log with the database down', () => {
  let db: Kysely<Database>;
  beforeAll(() => {
    db = unreachableDatabase();
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('keeps retrying, reports itself unhealthy, and never acknowledges', async () => {
    const log = new UpdateLog(db, createLogger('silent'));
    let settled: 'resolved' | 'rejected' | null = null;
    const append = log.append(entry).then(
      () => (settled = 'resolved'),
      () => (settled = 'rejected'),
    );
    await expect.poll(() => log.status().healthy, { timeout: 10_000 }).toBe(false);
    expect(log.status().pending).toBe(1);
    expect(settled).toBeNull();

    // Shutdown gives up after its grace period instead of hanging on the dead database,
    // and the unstored update is rejected, never reported as stored.
    await log.close(200);
    await append;
    expect(settled).toBe('rejected');
    await expect(log.append(entry)).rejects.toThrow('closed');
  });
});

describe('update log with a deleted team in the batch', () => {
  it('stores the other entries and refuses only the orphan', async () => {
    const database = await createTestDatabase('pglite');
    const handle = await openDatabase({ dataDir: database.dataDir });
    try {
      await handle.db.insertInto('teams').values({ id: teamId, name: 'Kept' }).execute();
      const log = new UpdateLog(handle.db, createLogger('silent'));
      const goneTeam = '9f1c2a4e-8b7d-4c3a-9e2f-1a2b3c4d5e6f';
      const orphan = {
        documentName: `team/${goneTeam}/purpose`,
        teamId: goneTeam,
        update: new Uint8Array([0, 0]),
      };
      const results = await Promise.allSettled([
        log.append(entry),
        log.append(orphan),
        log.append(entry),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(log.status().healthy).toBe(true);
      const rows = await handle.db.selectFrom('documentUpdates').select('teamId').execute();
      expect(rows.map((r) => r.teamId)).toEqual([teamId, teamId]);
      await log.close(100);
    } finally {
      await handle.close();
      await database.drop();
    }
  });
});

describe.each(availableBackends())('update log under a steady stream on %s', (backend) => {
  it('makes one insert per window, not one per round trip, and stores every entry', async () => {
    const database = await createTestDatabase(backend);
    const handle = await openDatabase({
      databaseUrl: database.databaseUrl,
      dataDir: database.dataDir,
    });
    try {
      await handle.db.insertInto('teams').values({ id: teamId, name: 'Busy' }).execute();
      const windowMs = 40;
      const log = new UpdateLog(handle.db, createLogger('silent'), windowMs);
      // An entry every 2 ms for 200 ms: each insert's round trip is shorter than that, so
      // without gathering nearly every entry would get an insert of its own.
      const appends: Promise<void>[] = [];
      const firstAt = performance.now();
      let lastAt = firstAt;
      await new Promise<void>((resolve) => {
        const timer = setInterval(() => {
          appends.push(log.append(entry));
          lastAt = performance.now();
          if (lastAt - firstAt < 200) return;
          clearInterval(timer);
          resolve();
        }, 2);
      });
      await Promise.all(appends);
      // Each insert carries what arrived in at least a window after its oldest entry.
      expect(log.insertCount).toBeLessThanOrEqual(Math.ceil((lastAt - firstAt) / windowMs) + 1);
      const rows = await handle.db.selectFrom('documentUpdates').select('id').execute();
      expect(rows).toHaveLength(appends.length);
      await log.close(100);
    } finally {
      await handle.close();
      await database.drop();
    }
  });
});
