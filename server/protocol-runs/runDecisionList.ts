import type { Kysely } from 'kysely';
import { listFollowUpTasks, listRunDecisions } from '../../db/queries/decisions';
import type { Database } from '../../db/schema';
import { type RunDecision, runDecisionSchema } from '../../shared/protocol-runs/runDecisions';

/**
 * The decisions that came out of a run, oldest first, as its control document lists them.
 * Read from the rows, which the projection keeps in step with each decision's documents
 * (title, status, follow-ups), so the list says what the decisions' own pages say.
 */
export async function readRunDecisionList(
  db: Kysely<Database>,
  runId: string,
): Promise<RunDecision[]> {
  const rows = await listRunDecisions(db, runId);
  const tasks = new Map<string, string[]>();
  for (const { decisionId, task } of await listFollowUpTasks(
    db,
    rows.map((row) => row.id),
  )) {
    tasks.set(decisionId, [...(tasks.get(decisionId) ?? []), task]);
  }
  return rows.map((row) =>
    runDecisionSchema.parse({
      id: row.id,
      title: row.title,
      status: row.status,
      followUps: tasks.get(row.id) ?? [],
    }),
  );
}
