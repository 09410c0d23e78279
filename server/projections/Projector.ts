import { type Kysely, sql, type Transaction } from 'kysely';
import * as Y from 'yjs';
import {
  listDocumentUpdatesExcept,
  readCompactedAt,
  readCompactedState,
} from '../../db/queries/documents';
import type { Database } from '../../db/schema';
import { type DocumentRef, parseDocumentName } from '../../shared/documents/documentName';
import { kindSpec } from '../../shared/documents/registry';
import type { Logger } from '../logger';
import { clusterLockFor } from '../scale-out/ClusterLock';
import { type DecisionRowChange, writeRows } from './rowWriters';

const RETRY_MS = [1_000, 5_000, 30_000];

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
 * documents, for the `Projections` extension: every update the log has made durable is applied
 * to a shadow copy of its document and the rows are re-derived from the whole shadow (as its
 * kind's `projection` declares), so a projection is
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
    const ref = parseDocumentName(documentName);
    return ref !== null && kindSpec(ref.kind).projection !== null;
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
   * Writes the rows of one document, inside the projection's transaction, as its kind
   * declares (`projection` in shared/documents/kinds/). Returns the decision when its title,
   * status or follow-ups changed.
   */
  private async project(
    trx: Transaction<Database>,
    documentName: string,
    doc: Y.Doc,
    actorId: string | null,
  ): Promise<DecisionRowChange | null> {
    const ref = parseDocumentName(documentName) as DocumentRef;
    const rows = kindSpec(ref.kind).projection?.(doc, ref);
    return rows ? writeRows(trx, rows, actorId) : null;
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
