import { type Kysely, sql } from 'kysely';

/**
 * Meetings and the decision log: the team's time zone, meetings, the relational projection of
 * decisions (every field a review screen filters on), follow-ups, the history of each
 * decision's changes, one vote row per person per round, and the version store.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('teams')
    .addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('UTC'))
    .execute();

  await db.schema
    .createTable('meetings')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('team_id', 'uuid', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    // A calendar date (YYYY-MM-DD) in the team's time zone; text sorts as dates do.
    .addColumn('meeting_date', 'text', (c) => c.notNull())
    .addColumn('attendee_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closed_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('meetings_team_date_idx')
    .on('meetings')
    .columns(['team_id', 'meeting_date'])
    .execute();

  await db.schema
    .alterTable('decisions')
    .addColumn('model', 'text')
    .addColumn('owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('decision_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('rationale', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('evidence', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('focus_affects', 'text')
    .addColumn('focus_student_ids', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('focus_how', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('superseded_by', 'uuid')
    .addColumn('tally', 'jsonb')
    .addColumn('voters', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('decisions_meeting_idx')
    .on('decisions')
    .column('meeting_id')
    .execute();

  await db.schema
    .createTable('follow_ups')
    .addColumn('decision_id', 'uuid', (c) =>
      c.notNull().references('decisions.id').onDelete('cascade'),
    )
    // The item's id in the decision document.
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'uuid', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('follow_ups_pk', ['decision_id', 'id'])
    .execute();
  await db.schema
    .createIndex('follow_ups_team_due_idx')
    .on('follow_ups')
    .columns(['team_id', 'due_date'])
    .execute();

  await db.schema
    .createTable('decision_history')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('decision_id', 'uuid', (c) =>
      c.notNull().references('decisions.id').onDelete('cascade'),
    )
    .addColumn('team_id', 'uuid', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('changed_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('decision_history_decision_idx')
    .on('decision_history')
    .columns(['decision_id', 'id'])
    .execute();

  await db.schema
    .createTable('decision_votes')
    .addColumn('decision_id', 'uuid', (c) =>
      c.notNull().references('decisions.id').onDelete('cascade'),
    )
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('cast_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('first_cast_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // One ballot per person per round: a second vote replaces the first.
    .addPrimaryKeyConstraint('decision_votes_pk', ['decision_id', 'round', 'user_id'])
    .execute();

  await db.schema
    .createTable('document_versions')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('team_id', 'uuid', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('document_name', 'text', (c) => c.notNull())
    .addColumn('name', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    // The document's full state, encoded as one Yjs update.
    .addColumn('state', 'bytea', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('document_versions_document_idx')
    .on('document_versions')
    .columns(['document_name', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['document_versions', 'decision_votes', 'decision_history', 'follow_ups']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropTable('meetings').execute();
  await db.schema.alterTable('teams').dropColumn('time_zone').execute();
}
