import { type ColumnDefinitionBuilder, type Kysely, sql } from 'kysely';

/**
 * Protocol runs: teams' own protocol copies, runs, the cards participants add (with their
 * authors, which only the server knows), groups, dot votes, norm ratings, and uploaded student
 * work kept in Postgres so that every server instance can serve it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const teamRef = (c: ColumnDefinitionBuilder) =>
    c.notNull().references('teams.id').onDelete('cascade');

  await db.schema
    .createTable('protocol_templates')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('team_id', 'uuid', teamRef)
    .addColumn('protocol', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('runs')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('team_id', 'uuid', teamRef)
    .addColumn('meeting_id', 'uuid')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('protocol_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('ready'))
    .addColumn('facilitator_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('runs_team_idx')
    .on('runs')
    .columns(['team_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('run_cards')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('run_id', 'uuid', (c) => c.notNull().references('runs.id').onDelete('cascade'))
    .addColumn('team_id', 'uuid', teamRef)
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('column_name', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('anonymous', 'boolean', (c) => c.notNull())
    .addColumn('revealed', 'boolean', (c) => c.notNull())
    .addColumn('group_id', 'uuid')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('run_cards_run_idx')
    .on('run_cards')
    .columns(['run_id', 'step_id'])
    .execute();

  await db.schema
    .createTable('run_groups')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('run_id', 'uuid', (c) => c.notNull().references('runs.id').onDelete('cascade'))
    .addColumn('team_id', 'uuid', teamRef)
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('run_votes')
    .addColumn('card_id', 'uuid', (c) => c.notNull().references('run_cards.id').onDelete('cascade'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('run_id', 'uuid', (c) => c.notNull().references('runs.id').onDelete('cascade'))
    .addColumn('team_id', 'uuid', teamRef)
    .addColumn('step_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('run_votes_pk', ['card_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('run_norm_ratings')
    .addColumn('run_id', 'uuid', (c) => c.notNull().references('runs.id').onDelete('cascade'))
    .addColumn('team_id', 'uuid', teamRef)
    .addColumn('norm_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('rating', 'integer', (c) => c.notNull().check(sql`rating between 1 and 5`))
    .addPrimaryKeyConstraint('run_norm_ratings_pk', ['run_id', 'norm_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('artifacts')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('team_id', 'uuid', teamRef)
    .addColumn('run_id', 'uuid', (c) => c.references('runs.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('data', 'bytea', (c) => c.notNull())
    .addColumn('uploaded_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'artifacts',
    'run_norm_ratings',
    'run_votes',
    'run_groups',
    'run_cards',
    'runs',
    'protocol_templates',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
