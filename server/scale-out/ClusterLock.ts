import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema';
import { KeyedQueue } from '../util/KeyedQueue';

/** Locked tasks holding a pooled connection at once; the rest wait, so the pool never runs dry. */
const MAX_HELD = 3;

/**
 * Runs tasks one at a time per key across every server instance: in-process first (a queue),
 * then a Postgres advisory lock held for the task, released by the database itself if this
 * process dies. With the embedded database there is only one process, and a transaction
 * held open would block every other query on its single connection, so the queue suffices.
 */
export class ClusterLock {
  private readonly local = new KeyedQueue();
  private held = 0;
  private readonly waiting: (() => void)[] = [];

  /** @param db the shared Postgres, or null when this process is the only instance. */
  constructor(private readonly db: Kysely<Database> | null) {}

  /** Whether other instances may act on the same rows and documents. */
  get shared(): boolean {
    return this.db !== null;
  }

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.local.run(key, () => (this.db ? this.acrossInstances(this.db, key, task) : task()));
  }

  private async acrossInstances<T>(
    db: Kysely<Database>,
    key: string,
    task: () => Promise<T>,
  ): Promise<T> {
    await this.acquireSlot();
    try {
      // A transaction-scoped lock: commit or a dropped connection always releases it. The
      // task runs on other pooled connections meanwhile.
      return await db.transaction().execute(async (trx) => {
        await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx);
        return task();
      });
    } finally {
      this.releaseSlot();
    }
  }

  private async acquireSlot(): Promise<void> {
    if (this.held < MAX_HELD) {
      this.held++;
      return;
    }
    // The releasing task hands its slot straight over, so `held` never overshoots.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.held--;
  }
}

const locks = new WeakMap<object, ClusterLock>();

/** Registers the lock of an open database (the app does this once at start). */
export function registerClusterLock(db: Kysely<Database>, lock: ClusterLock): void {
  locks.set(db, lock);
}

/** The lock registered for `db`, or an in-process one when none was. */
export function clusterLockFor(db: Kysely<Database>): ClusterLock {
  let lock = locks.get(db);
  if (!lock) {
    lock = new ClusterLock(null);
    locks.set(db, lock);
  }
  return lock;
}
