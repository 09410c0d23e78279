import { type Kysely, sql } from 'kysely';

/**
 * A decision's field changes are "changes" everywhere: "history" is kept for the versions of a
 * document. The table, its key, sequence and index are renamed; no row changes.
 */
const renames = [
  ['table', 'decision_history', 'decision_changes'],
  ['index', 'decision_history_pkey', 'decision_changes_pkey'],
  ['sequence', 'decision_history_id_seq', 'decision_changes_id_seq'],
  ['index', 'decision_history_decision_idx', 'decision_changes_decision_idx'],
] as const;

async function rename(db: Kysely<unknown>, kind: string, from: string, to: string) {
  await sql`alter ${sql.raw(kind)} ${sql.id(from)} rename to ${sql.id(to)}`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [kind, from, to] of renames) await rename(db, kind, from, to);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const [kind, from, to] of [...renames].reverse()) await rename(db, kind, to, from);
}
