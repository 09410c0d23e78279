import { PGlite } from '@electric-sql/pglite';
import { CamelCasePlugin, Kysely, PostgresDialect } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { lockDataDir } from './dataDirLock';
import { migrateToLatest } from './migrate';
import type { Database } from './schema';

/** An open database: the Kysely instance and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  /** `postgres` for a server reached by URL, `pglite` for the embedded database. */
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A Postgres connection string; when absent the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** PGlite's folder, or `memory://` for a throwaway database. */
  dataDir?: string | undefined;
  /** Runs migrations after opening (default true). */
  migrate?: boolean;
}

/**
 * Opens Postgres (when a URL is given) or PGlite, converts snake_case columns to camelCase
 * once, and migrates to the latest schema.
 */
export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  const handle = options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir ?? './data');
  if (options.migrate !== false) {
    try {
      await migrateToLatest(handle.db.withoutPlugins() as unknown as Kysely<unknown>);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }
  return handle;
}

function openPostgres(connectionString: string): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: 5_000,
    // A dead connection fails fast instead of hanging a save forever.
    query_timeout: 30_000,
  });
  // Idle clients error when Postgres restarts; the pool replaces them. Without a listener
  // the process would exit on that event.
  pool.on('error', () => undefined);
  // A client that is checked out (between two queries of a transaction, or held by a lock)
  // when its connection drops emits 'error' too, and the pool listens only to idle ones. The
  // query in flight fails on its own; without this listener Node would exit on the event.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const inMemory = dataDir.startsWith('memory://');
  const unlock = inMemory ? () => undefined : lockDataDir(dataDir);
  try {
    const pglite = new PGlite(dataDir);
    await pglite.waitReady;
    const db = new Kysely<Database>({
      dialect: new PGliteDialect(pglite),
      plugins: [new CamelCasePlugin()],
    });
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await db.destroy();
        if (!pglite.closed) await pglite.close();
        unlock();
      },
    };
  } catch (error) {
    unlock();
    throw error;
  }
}
