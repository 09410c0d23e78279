import { type Kysely, sql, type Transaction } from 'kysely';
import * as Y from 'yjs';
import {
  listDocumentUpdatesExcept,
  readCompactedAt,
  readCompactedState,
} from '../../db/queries/documents';
import { projectMeetingClosed, projectMeetingFields } from '../../db/queries/meetings';
import type { Database } from '../../db/schema';
import { type DocumentRef, parseDocumentName } from '../../shared/documents/documentName';
import type { Logger } from '../logger';
import { clusterLockFor } from '../scale-out/ClusterLock';
import {
  changedKeys,
  type DecisionDocColumns,
  type DecisionStatusColumns,
  type FollowUpColumns,
  projectDecisionDoc,
  projectDecisionStatusDoc,
  projectMeetingControlDoc,
  projectMeetingDoc,
  stableJson,
} from './projectDocuments';

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

const RETRY_MS = [1_000, 5_000, 30_000];

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

/**
 * What this process knows of a document: a copy built only from what Postgres holds, the log
 * entries applied to it, and the compaction it last read the stored state of.
 */
interface Shadow {
  doc: Y.Doc;
  seenIds: Set<string>;
  /** `undefined` until the stored state was first read. */
  compactedAt: string | null | undefined;
}

/**
 * Keeps the relational rows (decisions, follow-ups, meetings) in step with the live
 * documents, as part of persistence: every update appended to the log is applied to a shadow
 * copy of its document and the rows are re-derived from the whole shadow, so a projection is
 * idempotent and the last one always reflects everything logged. Projections of one document
 * run one at a time; the acknowledgement of a client update waits for its projection, so
 * once a client is told "saved", the rows say what its document says.
 *
 * Several instances (Redis): each projects the updates its own clients send, so one instance's
 * shadow alone may lack another's. Each projection therefore runs under a Postgres advisory
 * lock for its document and first applies every log entry the shadow has not seen (and the
 * compacted state after a compaction). Projections of one document are thus serialised
 * across instances and each sees a superset of what the one before it wrote, so rows never
 * go back to an older copy, whether or not Redis delivered anything.
 */
export class Projector {
  private readonly shadows = new Map<string, Shadow>();
  private readonly queues = new Map<string, Promise<void>>();
  private readonly retries = new Map<string, ReturnType<typeof setTimeout>>();
  private sweeping: Promise<void> = Promise.resolve();
  private closed = false;
  private readonly decisionListeners: ((change: DecisionRowChange) => void)[] = [];

  constructor(
    private readonly db: Kysely<Database>,
    private readonly logger: Logger,
  ) {}

  /** Whether documents of this name have rows to keep in step. */
  static projects(documentName: string): boolean {
    const kind = parseDocumentName(documentName)?.kind;
    return (
      kind === 'decision' ||
      kind === 'decision-status' ||
      kind === 'meeting' ||
      kind === 'meeting-control'
    );
  }

  /** After `update` is durable in the log: apply it to the shadow and re-derive the rows. */
  afterAppend(documentName: string, update: Uint8Array, actorId: string | null): Promise<void> {
    if (!Projector.projects(documentName)) return Promise.resolve();
    return this.enqueue(documentName, actorId, (shadow) => Y.applyUpdate(shadow, update));
  }

  /**
   * When a document loads: re-derive its rows from what is stored, which repairs rows left
   * behind if the server stopped between logging an update and projecting it.
   */
  afterLoad(documentName: string): Promise<void> {
    if (!Projector.projects(documentName)) return Promise.resolve();
    return this.enqueue(documentName, null, () => undefined);
  }

  /**
   * Calls `listener` once a projection that changed a decision's title, status or follow-ups
   * has committed (a run's page lists its decisions with those).
   */
  onDecisionChanged(listener: (change: DecisionRowChange) => void): void {
    this.decisionListeners.push(listener);
  }

  /** Tells the listeners; what they do is theirs, so it never fails the projection. */
  private reportDecisionChange(change: DecisionRowChange): void {
    for (const listener of this.decisionListeners) {
      try {
        listener(change);
      } catch (error) {
        this.logger.error({ err: error, ...change }, 'decision change listener failed');
      }
    }
  }

  /** Drops the shadow of a document nobody has open; the next change reloads it. */
  forget(documentName: string): void {
    if (!this.queues.has(documentName)) this.shadows.delete(documentName);
  }

  /**
   * At start-up: re-derives the rows of every document with log entries not yet compacted.
   * If the server stopped between logging an update and projecting it, that document still
   * has the entry in its log, so this repairs its rows even if nobody opens it again.
   */
  sweep(documentNames: Promise<readonly string[]>): Promise<void> {
    this.sweeping = (async () => {
      for (const name of await documentNames) {
        if (Projector.projects(name)) await this.afterLoad(name);
      }
    })();
    return this.sweeping;
  }

  /** Resolves once the start-up sweep and every projection queued so far have run. */
  async idle(): Promise<void> {
    await this.sweeping;
    await Promise.all([...this.queues.values()]);
  }

  private enqueue(
    documentName: string,
    actorId: string | null,
    change: (shadow: Y.Doc) => void,
  ): Promise<void> {
    const previous = this.queues.get(documentName) ?? Promise.resolve();
    const job = previous.then(async () => {
      try {
        const shadow = this.shadow(documentName);
        change(shadow.doc);
        const shared = clusterLockFor(this.db).shared;
        const changed = await this.db.transaction().execute(async (trx) => {
          if (shared) {
            const key = `projection:${documentName}`;
            await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
          }
          // Alone, this process logged everything after the first load itself.
          if (shared || shadow.compactedAt === undefined) {
            await catchUp(trx, documentName, shadow);
          }
          return this.project(trx, documentName, shadow.doc, actorId);
        });
        if (changed) this.reportDecisionChange(changed);
      } catch (error) {
        this.logger.error({ err: error, documentName }, 'projection failed; will retry');
        this.scheduleRetry(documentName, 0);
      }
    });
    this.queues.set(documentName, job);
    void job.finally(() => {
      if (this.queues.get(documentName) === job) this.queues.delete(documentName);
    });
    return job;
  }

  /** The shadow copy; `catchUp` fills it from the database (which holds what was logged). */
  private shadow(documentName: string): Shadow {
    let shadow = this.shadows.get(documentName);
    if (!shadow) {
      shadow = { doc: new Y.Doc(), seenIds: new Set(), compactedAt: undefined };
      this.shadows.set(documentName, shadow);
    }
    return shadow;
  }

  /** Stops retrying (the server is shutting down); queued projections still finish. */
  close(): void {
    this.closed = true;
    for (const timer of this.retries.values()) clearTimeout(timer);
    this.retries.clear();
  }

  private scheduleRetry(documentName: string, attempt: number): void {
    if (this.closed || this.retries.has(documentName)) return;
    const delay = RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)] ?? 30_000;
    const timer = setTimeout(() => {
      this.retries.delete(documentName);
      this.shadows.delete(documentName);
      void this.enqueue(documentName, null, () => undefined);
    }, delay);
    timer.unref();
    this.retries.set(documentName, timer);
  }

  /**
   * Writes the rows of one document, inside the projection's transaction. Returns the
   * decision when its title, status or follow-ups changed.
   */
  private async project(
    trx: Transaction<Database>,
    documentName: string,
    doc: Y.Doc,
    actorId: string | null,
  ): Promise<DecisionRowChange | null> {
    const ref = parseDocumentName(documentName) as DocumentRef;
    switch (ref.kind) {
      case 'decision': {
        const projected = projectDecisionDoc(doc);
        return projected ? writeDecision(trx, ref.decisionId, projected, actorId) : null;
      }
      case 'decision-status': {
        const row = await writeColumns(trx, ref.decisionId, projectDecisionStatusDoc(doc), actorId);
        return row && reported(row) ? toChange(ref.decisionId, row) : null;
      }
      case 'meeting': {
        const fields = projectMeetingDoc(doc);
        if (fields) await projectMeetingFields(trx, ref.meetingId, fields);
        return null;
      }
      case 'meeting-control':
        await projectMeetingClosed(trx, ref.meetingId, projectMeetingControlDoc(doc));
        return null;
      default:
        return null;
    }
  }
}

/**
 * Applies to the shadow what the database holds and it lacks. The log is read before the
 * compaction stamp: a compaction committing in between moves the stamp, and the state it
 * wrote then holds the entries it removed from the log.
 */
async function catchUp(trx: Transaction<Database>, documentName: string, shadow: Shadow) {
  const entries = await listDocumentUpdatesExcept(trx, documentName, [...shadow.seenIds]);
  const compactedAt = await readCompactedAt(trx, documentName);
  const state =
    compactedAt !== null && compactedAt !== shadow.compactedAt
      ? await readCompactedState(trx, documentName)
      : null;
  Y.transact(shadow.doc, () => {
    if (state) Y.applyUpdate(shadow.doc, state);
    for (const entry of entries) Y.applyUpdate(shadow.doc, entry.update);
  });
  // After a compaction the ids it folded are gone from the log: start the set afresh
  // (entries still in the log are read once more, which changes nothing).
  if (compactedAt !== shadow.compactedAt) shadow.seenIds.clear();
  for (const entry of entries) shadow.seenIds.add(entry.id);
  shadow.compactedAt = compactedAt;
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
      .selectFrom('decisionHistory')
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
        await db.deleteFrom('decisionHistory').where('id', '=', latest.id).execute();
      } else {
        await db
          .updateTable('decisionHistory')
          .set({ after: jsonOrNull(change.after), changedAt: new Date() })
          .where('id', '=', latest.id)
          .execute();
      }
      return;
    }
  }
  await db
    .insertInto('decisionHistory')
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
