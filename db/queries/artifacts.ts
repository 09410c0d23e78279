import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Stores an uploaded file (already type- and size-checked). */
export async function insertArtifact(
  db: Kysely<Database>,
  artifact: {
    id: string;
    teamId: string;
    runId: string | null;
    name: string;
    mimeType: string;
    size: number;
    data: Uint8Array;
    uploadedBy: string;
  },
): Promise<void> {
  await db.insertInto('artifacts').values(artifact).execute();
}

/** A team's file with its bytes. */
export async function findArtifact(db: Kysely<Database>, teamId: string, id: string) {
  return db
    .selectFrom('artifacts')
    .select(['name', 'mimeType', 'size', 'data'])
    .where('teamId', '=', teamId)
    .where('id', '=', id)
    .executeTakeFirst();
}
