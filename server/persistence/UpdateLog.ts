import type { Kysely } from 'kysely';
import { appendDocumentUpdates, type UpdateLogEntry } from '../../db/queries/documents';
import type { Database } from '../../db/schema';
import type { Logger } from '../logger';

interface Pending {
  entry: UpdateLogEntry;
  /** `performance.now()` when it was queued. */
  queuedAt: number;
  resolve: () => void;
  reject: (error: Error) => void;
}

/** Health of the log writer, for the readiness endpoint. */
export interface UpdateLogStatus {
  healthy: boolean;
  pending: number;
  lastError: string | null;
}

/** Postgres's foreign_key_violation: the row's team was deleted. */
function isForeignKeyViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23503';
}

/** Most rows written in one insert; bounds statement size. */
const MAX_BATCH = 500;
const FIRST_RETRY_MS = 50;
const MAX_RETRY_MS = 5_000;

/**
 * Appends Yjs updates to the update log in Postgres, resolving each append only once its row
 * is committed. Group commit: one insert is in flight at a time; each carries the updates that
 * arrived within the window after the oldest of them (without a window: those of one
 * event-loop turn, and whatever arrived while the insert before was in flight), so a burst of
 * keystrokes from many clients costs a few inserts, not one each.
 * A failed insert is retried with backoff until it succeeds or the log is closed; nothing is
 * dropped silently.
 */
export class UpdateLog {
  private queue: Pending[] = [];
  private running: Promise<void> | null = null;
  private closed = false;
  private lastError: string | null = null;
  private wakeRetry: (() => void) | null = null;
  /** Number of inserts made; tests compare it with the number of updates. */
  insertCount = 0;

  /**
   * @param windowMs how long an update waits for others to share its insert. Each insert
   *   costs about half a millisecond of this process's CPU, and a row in a shared insert a
   *   tenth of that, so a short window pays for itself once a few people type. Only
   *   acknowledgements wait, not what the room sees; 0 writes at once.
   */
  constructor(
    private readonly db: Kysely<Database>,
    private readonly logger: Logger,
    private readonly windowMs = 0,
  ) {}

  /** Resolves when the entry is durable; rejects only if the log is closed first. */
  append(entry: UpdateLogEntry): Promise<void> {
    if (this.closed) return Promise.reject(new Error('The update log is closed'));
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ entry, queuedAt: performance.now(), resolve, reject });
      this.running ??= this.drain();
    });
  }

  status(): UpdateLogStatus {
    return {
      healthy: this.lastError === null,
      pending: this.queue.length,
      lastError: this.lastError,
    };
  }

  /** Resolves once everything queued so far is written (or the log closes). */
  async flushed(): Promise<void> {
    while (this.running) await this.running;
  }

  /**
   * Stops accepting entries and waits up to `graceMs` for queued ones. What cannot be written
   * in time is rejected: those clients were never acknowledged and still hold their edits.
   */
  async close(graceMs: number): Promise<void> {
    this.closed = true;
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([this.flushed(), deadline]);
    clearTimeout(timer);
    this.wakeRetry?.();
    for (const pending of this.queue.splice(0)) {
      pending.reject(new Error('The server shut down before the update was stored'));
    }
  }

  private async drain(): Promise<void> {
    try {
      // Without a window, let every message already read from the sockets in this event-loop
      // turn join the first insert (setImmediate runs right after the I/O phase, so this adds
      // no delay); later batches form while the insert before them is in flight.
      if (this.windowMs <= 0) await new Promise<void>((resolve) => setImmediate(resolve));
      while (this.queue.length > 0) {
        await this.gather();
        const batch = this.queue.slice(0, MAX_BATCH);
        const written = await this.writeWithRetry(batch.map((p) => p.entry));
        if (written === 'closed') return;
        this.queue.splice(0, batch.length);
        if (written === 'written') {
          for (const pending of batch) pending.resolve();
        } else {
          await this.writeOneByOne(batch);
        }
      }
    } finally {
      this.running = null;
    }
  }

  /**
   * With a window, waits until the oldest queued entry has waited `windowMs` (or a full
   * batch is queued): every insert then carries what arrived in a window of its own, so a
   * busy server makes one insert per window instead of one per round trip.
   */
  private async gather(): Promise<void> {
    const oldest = this.queue[0];
    if (this.windowMs <= 0 || !oldest || this.queue.length >= MAX_BATCH) return;
    const wait = oldest.queuedAt + this.windowMs - performance.now();
    if (wait > 0) await new Promise<void>((resolve) => setTimeout(resolve, wait));
  }

  /**
   * A batch refused because a document's team no longer exists (deleted meanwhile): write
   * its entries one by one, so that the others are stored and only the orphans are refused.
   */
  private async writeOneByOne(batch: Pending[]): Promise<void> {
    for (const pending of batch) {
      const written = await this.writeWithRetry([pending.entry]);
      if (written === 'written') pending.resolve();
      else pending.reject(new Error('The document no longer exists'));
    }
  }

  /**
   * Writes one batch, retrying with backoff while the database fails. A batch that names a
   * deleted team is not retried ('orphan'): retrying could never succeed and would hold back
   * every other document's writes.
   */
  private async writeWithRetry(
    entries: UpdateLogEntry[],
  ): Promise<'written' | 'orphan' | 'closed'> {
    let delay = FIRST_RETRY_MS;
    for (;;) {
      try {
        await appendDocumentUpdates(this.db, entries);
        this.insertCount++;
        if (this.lastError) this.logger.info('update log writes recovered');
        this.lastError = null;
        return 'written';
      } catch (error) {
        if (isForeignKeyViolation(error)) return 'orphan';
        this.lastError = error instanceof Error ? error.message : String(error);
        this.logger.error(
          { err: error, entries: entries.length, retryInMs: delay },
          'update log write failed',
        );
        if (this.closed) return 'closed';
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wakeRetry = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wakeRetry = null;
        if (this.closed) return 'closed';
        delay = Math.min(delay * 2, MAX_RETRY_MS);
      }
    }
  }
}
