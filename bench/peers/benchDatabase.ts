import { randomUUID } from 'node:crypto';
import pg from 'pg';

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** A Postgres database of the benchmark's own, created fresh and dropped after the run. */
export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The admin connection: BENCH_DATABASE_URL, else TEST_DATABASE_URL, else local Postgres. */
function adminUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? DEFAULT_ADMIN_URL;
}

async function runAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Creates an empty database; the server migrates it on start. */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const name = `ilt_bench_${randomUUID().replaceAll('-', '')}`;
  await runAdmin(`create database ${name}`);
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => runAdmin(`drop database if exists ${name} with (force)`),
  };
}
