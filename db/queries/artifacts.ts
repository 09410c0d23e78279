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

/** The team's uploaded student work, newest first, with the run it was shared in. */
export async function listTeamArtifacts(db: Kysely<Database>, teamId: string) {
  return db
    .selectFrom('artifacts')
    .leftJoin('runs', 'runs.id', 'artifacts.runId')
    .select([
      'artifacts.id',
      'artifacts.name',
      'artifacts.mimeType',
      'artifacts.runId',
      'runs.title as runTitle',
      'artifacts.createdAt',
    ])
    .where('artifacts.teamId', '=', teamId)
    .orderBy('artifacts.createdAt', 'desc')
    .limit(500)
    .execute();
}
