import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** The team's own protocols, oldest first. */
export async function listProtocolTemplates(db: Kysely<Database>, teamId: string) {
  return db
    .selectFrom('protocolTemplates')
    .select(['id', 'protocol'])
    .where('teamId', '=', teamId)
    .orderBy('createdAt')
    .execute();
}

/** Stores a new team protocol (already validated). */
export async function insertProtocolTemplate(
  db: Kysely<Database>,
  template: { id: string; teamId: string; protocol: unknown; createdBy: string },
): Promise<void> {
  await db
    .insertInto('protocolTemplates')
    .values({ ...template, protocol: JSON.stringify(template.protocol) })
    .execute();
}

/** Replaces a team protocol; false when it does not exist. */
export async function updateProtocolTemplate(
  db: Kysely<Database>,
  teamId: string,
  id: string,
  protocol: unknown,
): Promise<boolean> {
  const result = await db
    .updateTable('protocolTemplates')
    .set({ protocol: JSON.stringify(protocol), updatedAt: new Date() })
    .where('teamId', '=', teamId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Deletes a team protocol; false when it does not exist. */
export async function deleteProtocolTemplate(db: Kysely<Database>, teamId: string, id: string) {
  const result = await db
    .deleteFrom('protocolTemplates')
    .where('teamId', '=', teamId)
    .where('id', '=', id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}
