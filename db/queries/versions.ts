import type { Kysely } from 'kysely';
import type { VersionReason } from '../../shared/api/versions';
import type { Database } from '../schema';

/** Keeps a version of a document: its whole state encoded as one Yjs update. */
export async function insertVersion(
  db: Kysely<Database>,
  version: {
    id: string;
    teamId: string;
    documentName: string;
    name: string | null;
    reason: VersionReason;
    state: Uint8Array;
    createdBy: string | null;
    editorIds?: string[];
    commentsState?: Uint8Array | null;
  },
): Promise<void> {
  const { editorIds = [], commentsState = null, ...rest } = version;
  await db
    .insertInto('documentVersions')
    .values({ ...rest, editorIds: JSON.stringify(editorIds), commentsState })
    .execute();
}

const summaryColumns = [
  'documentVersions.id',
  'documentVersions.documentName',
  'documentVersions.name',
  'documentVersions.reason',
  'documentVersions.editorIds',
  'documentVersions.createdAt',
  'users.name as createdByName',
] as const;

/** A document's versions, newest first, without their states (loading one loads no other). */
export async function listVersions(db: Kysely<Database>, teamId: string, documentName: string) {
  return db
    .selectFrom('documentVersions')
    .leftJoin('users', 'users.id', 'documentVersions.createdBy')
    .select(summaryColumns)
    .where('documentVersions.teamId', '=', teamId)
    .where('documentVersions.documentName', '=', documentName)
    .orderBy('documentVersions.createdAt', 'desc')
    .orderBy('documentVersions.id', 'desc')
    .limit(500)
    .execute();
}

/** One version of the team's, without its state. */
export async function findVersion(db: Kysely<Database>, teamId: string, versionId: string) {
  return db
    .selectFrom('documentVersions')
    .leftJoin('users', 'users.id', 'documentVersions.createdBy')
    .select(summaryColumns)
    .where('documentVersions.teamId', '=', teamId)
    .where('documentVersions.id', '=', versionId)
    .executeTakeFirst();
}

/** A version's encoded state (and its comments' state). */
export async function loadVersionState(db: Kysely<Database>, versionId: string) {
  return db
    .selectFrom('documentVersions')
    .select(['state', 'commentsState'])
    .where('id', '=', versionId)
    .executeTakeFirstOrThrow();
}

/** When the document's latest version was kept, or null. */
export async function latestVersionAt(db: Kysely<Database>, documentName: string) {
  const row = await db
    .selectFrom('documentVersions')
    .select('createdAt')
    .where('documentName', '=', documentName)
    .orderBy('createdAt', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.createdAt ?? null;
}

/** Names of users by id (for "who edited since"). */
export async function userNames(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
