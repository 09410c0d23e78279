import { type Kysely, sql } from 'kysely';

/**
 * Full-text search for the principal's review of the decision log, and an index for its
 * student-of-focus filter.
 *
 * A decision's searchable text (title, decision, rationale, owner) is a stored generated
 * column, not just an expression index. With only an expression index, the plans Postgres
 * picks for a team (scan the team's rows, filter, stop at the page) recompute `to_tsvector`
 * for every row, which it costs as nearly free: 80-180 ms per query for a team of 5,000
 * decisions. Against the stored vector the same plans take 5-10 ms, and the GIN index still
 * serves searches where it is cheaper. Follow-up tasks are short and searched in one index
 * scan, so an expression index serves them; the review query (db/queries/review.ts) must
 * repeat that expression verbatim, or the index is unused.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // 'simple': no stemming or stop words, so names, initials and any language match as typed.
  await db.schema
    .alterTable('decisions')
    .addColumn('search_vector', sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(
          sql`to_tsvector('simple', title || ' ' || decision_text || ' ' || rationale || ' ' || owner)`,
        )
        .stored(),
    )
    .execute();
  await db.schema
    .createIndex('decisions_search_idx')
    .on('decisions')
    .using('gin')
    .column('search_vector')
    .execute();
  await db.schema
    .createIndex('follow_ups_search_idx')
    .on('follow_ups')
    .using('gin')
    .expression(sql`to_tsvector('simple', task)`)
    .execute();
  // jsonb_path_ops serves `focus_student_ids @> '["id"]'`.
  await db.schema
    .createIndex('decisions_students_idx')
    .on('decisions')
    .using('gin')
    .expression(sql`focus_student_ids jsonb_path_ops`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const index of ['decisions_students_idx', 'follow_ups_search_idx', 'decisions_search_idx']) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.alterTable('decisions').dropColumn('search_vector').execute();
}
