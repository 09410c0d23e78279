import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Why a version was kept. */
export type VersionReason = 'named' | 'meeting-close' | 'auto' | 'restore';

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
  },
): Promise<void> {
  await db.insertInto('documentVersions').values(version).execute();
}

/** A document's versions, newest first, without their states. */
export async function listVersions(db: Kysely<Database>, documentName: string) {
  return db
    .selectFrom('documentVersions')
    .select(['id', 'name', 'reason', 'createdBy', 'createdAt'])
    .where('documentName', '=', documentName)
    .orderBy('createdAt', 'desc')
    .execute();
}
