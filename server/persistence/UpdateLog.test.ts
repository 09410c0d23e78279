import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/schema';
import { createLogger } from '../logger';
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
