import type { Kysely, Transaction } from 'kysely';
import { projectMeetingClosed, projectMeetingFields } from '../../db/queries/meetings';
import { projectCycleFields, projectCycleRecord } from '../../db/queries/cycles';
import { projectPlanActions, projectPlanContent } from '../../db/queries/plans';
import type { Database } from '../../db/schema';
import type {
  DecisionDocColumns,
  DecisionStatusColumns,
  FollowUpColumns,
} from '../../shared/decisions/decisionProjection';
import type { ProjectedRows, ProjectedRowsMap } from '../../shared/documents/projectedRows';
import { stableJson } from '../../shared/util/stableJson';
import { changedKeys } from './rowChanges';

/** Columns stored as jsonb (written as JSON text). */
const JSON_COLUMNS = new Set(['evidence', 'focusStudentIds', 'tally', 'voters']);

/**
 * Changes by the same person to the same text field within this window extend one history
 * row (before stays, after moves on) instead of adding one row per keystroke.
 */
const COALESCE_MS = 2 * 60_000;
const COALESCED_FIELDS = new Set(['title', 'owner', 'decisionText', 'rationale', 'focusHow']);

/** Status columns that are kept but not listed in the history (the vote has its own entry). */
const UNLISTED_FIELDS = new Set(['tally', 'voters', 'decidedAt']);

type Db = Kysely<Database> | Transaction<Database>;

/** A decision whose row's title, status or follow-ups a projection changed. */
export interface DecisionRowChange {
  teamId: string;
  decisionId: string;
  /** The protocol run it came out of, if any. */
  runId: string | null;
}

/** The fields whose change `onDecisionChanged` reports (the ones shown outside the decision). */
const REPORTED_FIELDS = new Set(['title', 'status']);

/** Writes one set of projected rows; returns the decision when a reported field changed. */
type RowWriter<Rows extends keyof ProjectedRowsMap> = (
  trx: Transaction<Database>,
  rows: ProjectedRowsMap[Rows],
  actorId: string | null,
) => Promise<DecisionRowChange | null>;

/** One writer per set of rows documents project into (see shared/documents/projectedRows). */
const rowWriters: { [Rows in keyof ProjectedRowsMap]: RowWriter<Rows> } = {
  'decision-fields': (trx, rows, actorId) => writeDecision(trx, rows.decisionId, rows, actorId),
  'decision-status': async (trx, rows, actorId) => {
    const row = await writeColumns(trx, rows.decisionId, rows.columns, actorId);
    return row && reported(row) ? toChange(rows.decisionId, row) : null;
  },
  'meeting-fields': async (trx, rows) => {
    await projectMeetingFields(trx, rows.meetingId, rows.fields);
    return null;
  },
  'meeting-closed': async (trx, rows) => {
    await projectMeetingClosed(trx, rows.meetingId, rows.closed);
    return null;
  },
  'plan-content': async (trx, rows) => {
    await projectPlanContent(trx, rows);
    return null;
  },
  'plan-actions': async (trx, rows) => {
    await projectPlanActions(trx, rows);
    return null;
  },
  'cycle-fields': async (trx, rows) => {
    await projectCycleFields(trx, rows);
    return null;
  },
  'cycle-record': async (trx, rows) => {
    await projectCycleRecord(trx, rows);
    return null;
  },
};

/** Writes a projection's rows inside its transaction. */
export function writeRows(
  trx: Transaction<Database>,
  rows: ProjectedRows,
  actorId: string | null,
): Promise<DecisionRowChange | null> {
  const write = rowWriters[rows.rows] as RowWriter<typeof rows.rows>;
  return write(trx, rows as never, actorId);
}

/** What `writeColumns` found: the row's team and run, and the columns it changed. */
interface WrittenRow {
  teamId: string;
  runId: string | null;
  changed: string[];
}

function reported(row: WrittenRow): boolean {
  return row.changed.some((key) => REPORTED_FIELDS.has(key));
}

function toChange(decisionId: string, row: WrittenRow): DecisionRowChange {
  return { teamId: row.teamId, decisionId, runId: row.runId };
}

async function writeDecision(
  trx: Transaction<Database>,
  decisionId: string,
  projected: { columns: DecisionDocColumns; followUps: FollowUpColumns[] },
  actorId: string | null,
): Promise<DecisionRowChange | null> {
  const row = await writeColumns(trx, decisionId, projected.columns, actorId);
  if (!row) return null;
  const followUpsChanged = await writeFollowUps(
    trx,
    decisionId,
    row.teamId,
    projected.followUps,
    actorId,
  );
  return followUpsChanged || reported(row) ? toChange(decisionId, row) : null;
}

/**
 * Updates the decision row's columns that differ from `fresh` and records each change in the
 * history. Returns the decision's team and run and the changed columns, or null when the row
 * does not exist.
 */
async function writeColumns(
  trx: Transaction<Database>,
  decisionId: string,
  fresh: DecisionDocColumns | DecisionStatusColumns,
  actorId: string | null,
): Promise<WrittenRow | null> {
  const row = await trx
    .selectFrom('decisions')
    .selectAll()
    .where('id', '=', decisionId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return null;
  const stored = row as unknown as Record<string, unknown>;
  const freshValues = fresh as unknown as Record<string, unknown>;
  const changed = changedKeys(stored, fresh);
  const written = { teamId: row.teamId, runId: row.runId, changed };
  if (changed.length === 0) return written;

  const set: Record<string, unknown> = { updatedAt: new Date() };
  for (const key of changed) {
    const value = key === 'decidedAt' ? toDate(freshValues[key]) : freshValues[key];
    set[key] = JSON_COLUMNS.has(key) ? jsonOrNull(value) : value;
  }
  await trx.updateTable('decisions').set(set).where('id', '=', decisionId).execute();
  for (const key of changed) {
    if (UNLISTED_FIELDS.has(key)) continue;
    await recordChange(trx, {
      decisionId,
      teamId: row.teamId,
      field: key,
      before: stored[key] ?? null,
      after: freshValues[key] ?? null,
      actorId,
    });
  }
  return written;
}

/** Replaces the decision's follow-up rows when they differ; returns whether they did. */
async function writeFollowUps(
  trx: Transaction<Database>,
  decisionId: string,
  teamId: string,
  fresh: FollowUpColumns[],
  actorId: string | null,
): Promise<boolean> {
  const stored = await trx
    .selectFrom('followUps')
    .select(['id', 'position', 'task', 'owner', 'dueDate', 'status'])
    .where('decisionId', '=', decisionId)
    .orderBy('position')
    .execute();
  type Item = Pick<FollowUpColumns, 'id' | 'task' | 'owner' | 'dueDate' | 'status'>;
  const shape = (items: readonly Item[]) =>
    items.map(({ id, task, owner, dueDate, status }) => ({ id, task, owner, dueDate, status }));
  if (stableJson(shape(stored as Item[])) === stableJson(shape(fresh))) return false;

  await trx.deleteFrom('followUps').where('decisionId', '=', decisionId).execute();
  if (fresh.length > 0) {
    await trx
      .insertInto('followUps')
      .values(fresh.map((item) => ({ ...item, decisionId, teamId })))
      .execute();
  }
  const summary = (items: ReturnType<typeof shape>) => items.map(({ id: _id, ...rest }) => rest);
  await recordChange(trx, {
    decisionId,
    teamId,
    field: 'followUps',
    before: summary(shape(stored as Item[])),
    after: summary(shape(fresh)),
    actorId,
  });
  return true;
}

/** Adds a history row, or extends the same person's recent row for the same text field. */
export async function recordChange(
  db: Db,
  change: {
    decisionId: string;
    teamId: string;
    field: string;
    before: unknown;
    after: unknown;
    actorId: string | null;
  },
): Promise<void> {
  if (COALESCED_FIELDS.has(change.field) || change.field === 'followUps') {
    const latest = await db
      .selectFrom('decisionChanges')
      .select(['id', 'before', 'changedBy', 'changedAt'])
      .where('decisionId', '=', change.decisionId)
      .where('field', '=', change.field)
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const recent =
      latest &&
      change.actorId !== null &&
      latest.changedBy === change.actorId &&
      Date.now() - latest.changedAt.getTime() < COALESCE_MS;
    if (recent) {
      if (stableJson(latest.before) === stableJson(change.after)) {
        // Typed and taken back: nothing changed after all.
        await db.deleteFrom('decisionChanges').where('id', '=', latest.id).execute();
      } else {
        await db
          .updateTable('decisionChanges')
          .set({ after: jsonOrNull(change.after), changedAt: new Date() })
          .where('id', '=', latest.id)
          .execute();
      }
      return;
    }
  }
  await db
    .insertInto('decisionChanges')
    .values({
      decisionId: change.decisionId,
      teamId: change.teamId,
      field: change.field,
      before: jsonOrNull(change.before),
      after: jsonOrNull(change.after),
      changedBy: change.actorId,
    })
    .execute();
}

function jsonOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

function toDate(value: unknown): Date | null {
  return typeof value === 'number' ? new Date(value) : null;
}
