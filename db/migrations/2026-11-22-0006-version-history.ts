import { type Kysely, sql } from 'kysely';

/**
 * Version history: who edited a document between two versions, and the state of its comment
 * threads when the version was kept (comments are part of a document's history).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('document_versions')
    .addColumn('editor_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('comments_state', 'bytea')
    .execute();
  await db.schema
    .createIndex('document_versions_team_idx')
    .on('document_versions')
    .columns(['team_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('document_versions_team_idx').execute();
  await db.schema
    .alterTable('document_versions')
    .dropColumn('editor_ids')
    .dropColumn('comments_state')
    .execute();
}
