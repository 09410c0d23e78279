import { type Kysely, sql } from 'kysely';

/**
 * The team's annual work plan: one plan per team per school year, and the relational
 * projection of its documents (goals, strategies, action steps, checkpoints) that review
 * screens query. Item ids are the ids the plan's documents give them. `copied` marks an item
 * copied from the previous year's plan whose content is still what was copied.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('work_plans')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('team_id', 'uuid', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    // The calendar year the school year starts in: 2026 is the 2026–27 school year.
    .addColumn('school_year', 'integer', (c) => c.notNull())
    .addColumn('copied_from', 'uuid', (c) => c.references('work_plans.id').onDelete('set null'))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Set when a later year's plan starts: the plan is then kept read-only.
    .addColumn('archived_at', 'timestamptz')
    .addUniqueConstraint('work_plans_team_year_key', ['team_id', 'school_year'])
    .execute();

  const item = (table: string) =>
    db.schema
      .createTable(table)
      .addColumn('plan_id', 'uuid', (c) =>
        c.notNull().references('work_plans.id').onDelete('cascade'),
      )
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('team_id', 'uuid', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('copied', 'boolean', (c) => c.notNull().defaultTo(false))
      .addPrimaryKeyConstraint(`${table}_pk`, ['plan_id', 'id']);

  await item('plan_goals')
    .addColumn('indicator', 'text', (c) => c.notNull())
    .addColumn('students', 'text', (c) => c.notNull())
    .addColumn('measure', 'text', (c) => c.notNull())
    .addColumn('baseline_value', 'double precision')
    .addColumn('baseline_date', 'text')
    .addColumn('target_value', 'double precision')
    .addColumn('target_date', 'text')
    .addColumn('why', 'text', (c) => c.notNull())
    .addColumn('evidence', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await item('plan_strategies')
    .addColumn('goal_id', 'text', (c) => c.notNull())
    .addColumn('practice_if', 'text', (c) => c.notNull())
    .addColumn('practice_then', 'text', (c) => c.notNull())
    .addColumn('root_cause', 'text', (c) => c.notNull())
    .addColumn('learning', 'text', (c) => c.notNull())
    .addColumn('learning_for', 'text', (c) => c.notNull())
    .addColumn('learning_when', 'text', (c) => c.notNull())
    .execute();
  await item('plan_actions')
    .addColumn('strategy_id', 'text', (c) => c.notNull())
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'uuid', (c) => c.notNull())
    // A calendar date (YYYY-MM-DD) in the team's time zone.
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('completion_evidence', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_actions_team_due_idx')
    .on('plan_actions')
    .columns(['team_id', 'due_date'])
    .execute();
  await item('plan_checkpoints')
    .addColumn('goal_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('checkpoint_date', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision')
    .addColumn('met', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['plan_checkpoints', 'plan_actions', 'plan_strategies', 'plan_goals']) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.dropTable('work_plans').execute();
}
