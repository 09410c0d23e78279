import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema';

/** One entry for the update log. */
export interface UpdateLogEntry {
  documentName: string;
  teamId: string;
  update: Uint8Array;
}

/** Appends entries to the update log in a single insert. */
export async function appendDocumentUpdates(
  db: Kysely<Database>,
  entries: readonly UpdateLogEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await db.insertInto('documentUpdates').values(entries).execute();
}

/** A document as stored: its compacted state (if any) and the log entries after it. */
export interface StoredDocument {
  state: Uint8Array | null;
  updates: Uint8Array[];
}

/**
 * Reads the compacted state and every log entry not yet folded into it in one statement:
 * a statement sees one snapshot, so a compaction committing meanwhile cannot hide entries
 * from the reader, and a cold load costs one round trip instead of a transaction's five.
 */
export async function loadStoredDocument(
  db: Kysely<Database>,
  documentName: string,
): Promise<StoredDocument> {
  // The state is part 0 (at most one row), the log part 1 in log order.
  const rows = await db
    .selectFrom('documents')
    .select([sql<number>`0`.as('part'), sql<string>`0::bigint`.as('id'), 'state as bytes'])
    .where('name', '=', documentName)
    .unionAll(
      db
        .selectFrom('documentUpdates')
        .select([sql<number>`1`.as('part'), 'id', 'update as bytes'])
        .where('documentName', '=', documentName),
    )
    .orderBy('part')
    .orderBy('id')
    .execute();
  const first = rows[0];
  const state = first !== undefined && Number(first.part) === 0 ? first.bytes : null;
  const updates = (state === null ? rows : rows.slice(1)).map((row) => row.bytes);
  return { state, updates };
}

/**
 * Folds up to `maxEntries` log entries into the stored state with `merge`, under a row lock,
 * and deletes exactly the entries it folded. Entries committed meanwhile stay in the log for
 * the next pass, so nothing is lost whatever order concurrent inserts commit in, and two
 * compactors (two server instances) never overwrite each other's result.
 * Returns how many entries were folded.
 */
export async function compactStoredDocument(
  db: Kysely<Database>,
  document: { name: string; teamId: string; emptyState: Uint8Array },
  maxEntries: number,
  merge: (state: Uint8Array, updates: Uint8Array[]) => Uint8Array | Promise<Uint8Array>,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx
      .insertInto('documents')
      .values({ name: document.name, teamId: document.teamId, state: document.emptyState })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const stored = await trx
      .selectFrom('documents')
      .select('state')
      .where('name', '=', document.name)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const entries = await trx
      .selectFrom('documentUpdates')
      .select(['id', 'update'])
      .where('documentName', '=', document.name)
      .orderBy('id')
      .limit(maxEntries)
      .execute();
    if (entries.length === 0) return 0;
    const state = await merge(
      stored.state,
      entries.map((e) => e.update),
    );
    await trx
      .updateTable('documents')
      .set({ state, updatedAt: sql<Date>`now()` })
      .where('name', '=', document.name)
      .execute();
    await trx
      .deleteFrom('documentUpdates')
      .where(
        'id',
        'in',
        entries.map((e) => e.id),
      )
      .execute();
    return entries.length;
  });
}

/** Names of documents with log entries not yet compacted (recently edited ones). */
export async function listLoggedDocumentNames(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('documentUpdates').select('documentName').distinct().execute();
  return rows.map((row) => row.documentName);
}

/**
 * A document's log entries other than `seenIds`, in log order: what a copy kept in memory
 * has not applied yet (entries written by other instances, or committed late).
 */
export async function listDocumentUpdatesExcept(
  db: Kysely<Database>,
  documentName: string,
  seenIds: readonly string[],
): Promise<{ id: string; update: Uint8Array }[]> {
  let query = db
    .selectFrom('documentUpdates')
    .select(['id', 'update'])
    .where('documentName', '=', documentName);
  if (seenIds.length > 0) query = query.where('id', 'not in', seenIds);
  const rows = await query.orderBy('id').execute();
  return rows.map((row) => ({ id: String(row.id), update: row.update }));
}

/**
 * When a document's compacted state last changed (a compaction), as Postgres's exact text
 * (microseconds, which a Date would round away), or null if it has none.
 */
export async function readCompactedAt(
  db: Kysely<Database>,
  documentName: string,
): Promise<string | null> {
  const row = await db
    .selectFrom('documents')
    .select(sql<string>`updated_at::text`.as('at'))
    .where('name', '=', documentName)
    .executeTakeFirst();
  return row?.at ?? null;
}

/** A document's compacted state, or null if it has none. */
export async function readCompactedState(
  db: Kysely<Database>,
  documentName: string,
): Promise<Uint8Array | null> {
  const row = await db
    .selectFrom('documents')
    .select('state')
    .where('name', '=', documentName)
    .executeTakeFirst();
  return row?.state ?? null;
}

/**
 * The record a document belongs to (a run, a decision, a meeting, a work plan), if the team
 * holds it: `table` is the owner's table as a document kind declares it, with `id` and `teamId`
 * columns; `archivedColumn`, when given, a timestamp column that once set archives the record.
 */
export async function findTeamRecord(
  db: Kysely<Database>,
  owner: { table: string; archivedColumn?: string | undefined },
  teamId: string,
  id: string,
): Promise<{ archived: boolean } | null> {
  if (!(owner.table in ownerTables)) {
    throw new Error(`Not a table documents belong to: ${owner.table}`);
  }
  const archived = owner.archivedColumn
    ? sql<boolean>`${sql.ref(owner.archivedColumn)} is not null`
    : sql<boolean>`false`;
  const row = await db
    .selectFrom(owner.table as OwnerTable)
    .select(archived.as('archived'))
    .where('teamId', '=', teamId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? { archived: row.archived } : null;
}

/** The tables whose records own documents; each has `id` and `teamId`. */
const ownerTables = {
  runs: true,
  decisions: true,
  meetings: true,
  workPlans: true,
  improvementCycles: true,
} as const;
type OwnerTable = keyof typeof ownerTables & keyof Database;
