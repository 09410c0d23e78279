import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { copyPgliteTemplate } from './pgliteTemplate';

/** Where a test server keeps its data: a fresh Postgres database or a PGlite folder. */
export type Backend = 'postgres' | 'pglite';

export interface TestDatabase {
  backend: Backend;
  /** Set for Postgres. */
  databaseUrl?: string;
  /** Set for PGlite. */
  dataDir?: string;
  drop(): Promise<void>;
}

/** Backends to run persistence tests on: PGlite always, Postgres when configured. */
export function availableBackends(): Backend[] {
  return process.env.TEST_DATABASE_URL ? ['postgres', 'pglite'] : ['pglite'];
}

/** The Postgres server for tests (TEST_DATABASE_URL); throws when not configured. */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

/** Creates a database of its own for one test file, on Postgres or in a PGlite folder. */
export async function createTestDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'ilt-pglite-'));
    copyPgliteTemplate(dataDir);
    return {
      backend,
      dataDir,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const adminUrl = testDatabaseUrl();
  const name = `ilt_test_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    backend,
    databaseUrl: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
