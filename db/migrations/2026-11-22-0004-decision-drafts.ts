import { type Kysely, sql } from 'kysely';

/** Decision drafts: one row per decision document, so that lists need not open documents. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('decisions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('team_id', 'uuid', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('meeting_id', 'uuid')
    .addColumn('run_id', 'uuid', (c) => c.references('runs.id').onDelete('set null'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('proposed'))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('decisions_team_idx')
    .on('decisions')
    .columns(['team_id', 'created_at'])
    .execute();
  await db.schema.createIndex('decisions_run_idx').on('decisions').column('run_id').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('decisions').execute();
}
