import { type Kysely, sql } from 'kysely';

/**
 * Improvement cycles under a work plan's goals, and the relational projection of their
 * documents (framing columns, measures, data points) that the target tracker and review
 * screens query, and the group size of a goal's measure. `archived_at` is set when the cycle closes or its plan's year ends: the
 * cycle's documents are read-only from then on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('improvement_cycles')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('team_id', 'uuid', (c) => c.notNull().references('teams.id').onDelete('cascade'))
    .addColumn('plan_id', 'uuid', (c) =>
      c.notNull().references('work_plans.id').onDelete('cascade'),
    )
    .addColumn('goal_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('previous_cycle_id', 'uuid', (c) =>
      c.references('improvement_cycles.id').onDelete('set null'),
    )
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // Projected from the cycle's document.
    .addColumn('key_question', 'text')
    .addColumn('problem_of_practice', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('students_of_focus', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('strategy_id', 'text')
    .addColumn('change_idea', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('start_date', 'text')
    .addColumn('end_date', 'text')
    // Projected from the cycle's record.
    .addColumn('prediction_locked_at', 'timestamptz')
    // Written by the close.
    .addColumn('outcome', 'text')
    .addColumn('decision_id', 'uuid', (c) => c.references('decisions.id').onDelete('set null'))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('archived_at', 'timestamptz')
    .addUniqueConstraint('improvement_cycles_goal_number_key', ['plan_id', 'goal_id', 'number'])
    .execute();
  // How many students a goal's measure is about (small groups are not shown as figures).
  await db.schema.alterTable('plan_goals').addColumn('group_size', 'double precision').execute();
  await db.schema
    .createIndex('improvement_cycles_team_idx')
    .on('improvement_cycles')
    .columns(['team_id', 'plan_id'])
    .execute();

  const item = (table: string) =>
    db.schema
      .createTable(table)
      .addColumn('cycle_id', 'uuid', (c) =>
        c.notNull().references('improvement_cycles.id').onDelete('cascade'),
      )
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('team_id', 'uuid', (c) => c.notNull().references('teams.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['cycle_id', 'id']);

  await item('cycle_measures')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('baseline_value', 'double precision')
    .addColumn('target_value', 'double precision')
    .addColumn('group_size', 'double precision')
    .execute();
  await item('cycle_data_points')
    .addColumn('measure_id', 'text', (c) => c.notNull())
    // A calendar date (YYYY-MM-DD).
    .addColumn('point_date', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('plan_goals').dropColumn('group_size').execute();
  await db.schema.dropTable('cycle_data_points').execute();
  await db.schema.dropTable('cycle_measures').execute();
  await db.schema.dropTable('improvement_cycles').execute();
}
