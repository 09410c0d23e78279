import { randomUUID } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import { appendDocumentUpdates } from '../../db/queries/documents';
import type { Database } from '../../db/schema';
import { purposeDocumentName } from '../../shared/documents/documentName';

/** Rows per insert, as the server's update log batches them (UpdateLog's MAX_BATCH). */
const ROWS_PER_INSERT = 500;

/** A purpose document of a team of its own, as the server names and stores it. */
export interface BenchDocument {
  name: string;
  teamId: string;
}

/** Creates a team and names its purpose document. */
export async function createBenchDocument(db: Kysely<Database>): Promise<BenchDocument> {
  const teamId = randomUUID();
  await db.insertInto('teams').values({ id: teamId, name: 'Storage bench' }).execute();
  return { name: purposeDocumentName(teamId), teamId };
}

/** Appends `updates` to the document's log through the server's own insert. */
export async function appendToLog(
  db: Kysely<Database>,
  document: BenchDocument,
  updates: readonly Uint8Array[],
): Promise<void> {
  for (let start = 0; start < updates.length; start += ROWS_PER_INSERT) {
    const entries = updates
      .slice(start, start + ROWS_PER_INSERT)
      .map((update) => ({ documentName: document.name, teamId: document.teamId, update }));
    await appendDocumentUpdates(db, entries);
  }
}

/** What a document's log holds: rows, and update bytes as written and as stored. */
export interface LogSize {
  rows: number;
  payloadBytes: number;
  /** pg_column_size: the bytea as stored in the row (header included, compressed if it was). */
  storedBytes: number;
}

export async function measureLog(db: Kysely<Database>, documentName: string): Promise<LogSize> {
  const row = await db
    .selectFrom('documentUpdates')
    .select([
      sql<string>`count(*)`.as('rows'),
      sql<string>`coalesce(sum(octet_length(update)), 0)`.as('payload'),
      sql<string>`coalesce(sum(pg_column_size(update)), 0)`.as('stored'),
    ])
    .where('documentName', '=', documentName)
    .executeTakeFirstOrThrow();
  return {
    rows: Number(row.rows),
    payloadBytes: Number(row.payload),
    storedBytes: Number(row.stored),
  };
}

/**
 * Vacuums the log: compaction leaves its deleted rows for autovacuum, which would otherwise
 * run at some unknown point of the timings. Loads are measured in the steady state after it.
 */
export async function vacuumLog(db: Kysely<Database>): Promise<void> {
  await sql`vacuum analyze document_updates`.execute(db);
}

/** The log table on disk (after a vacuum), heap and indexes, and its row count. */
export interface LogTableSize {
  rows: number;
  heapBytes: number;
  indexBytes: number;
}

export async function measureLogTable(db: Kysely<Database>): Promise<LogTableSize> {
  await vacuumLog(db);
  const { rows } = await sql<{ rows: string; heap: string; indexes: string }>`
    select (select count(*) from document_updates) as rows,
      pg_table_size('document_updates') as heap,
      pg_indexes_size('document_updates') as indexes`.execute(db);
  const row = rows[0]!;
  return {
    rows: Number(row.rows),
    heapBytes: Number(row.heap),
    indexBytes: Number(row.indexes),
  };
}

/** The compacted state's size: as encoded, and as stored (pg_column_size, after TOAST). */
export async function measureState(
  db: Kysely<Database>,
  documentName: string,
): Promise<{ bytes: number; storedBytes: number }> {
  const row = await db
    .selectFrom('documents')
    .select([
      sql<string>`octet_length(state)`.as('bytes'),
      sql<string>`pg_column_size(state)`.as('stored'),
    ])
    .where('name', '=', documentName)
    .executeTakeFirstOrThrow();
  return { bytes: Number(row.bytes), storedBytes: Number(row.stored) };
}
