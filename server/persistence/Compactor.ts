import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import { compactStoredDocument } from '../../db/queries/documents';
import type { Database } from '../../db/schema';
import type { Logger } from '../logger';
import { MergeWorker } from './MergeWorker';

/** Log entries folded per transaction: bounds the work and the lock time of one pass. */
const ENTRIES_PER_PASS = 1_000;
const EMPTY_STATE = Y.encodeStateAsUpdate(new Y.Doc());

/**
 * Compacts documents' update logs into their stored state in the background, one document
 * at a time. Each pass is a merge with what the database holds (see compactStoredDocument),
 * so it is safe alongside other server instances.
 */
export class Compactor {
  private readonly waiting = new Map<string, string>();
  /** The fold runs off the main thread (see `MergeWorker`). */
  private readonly worker = new MergeWorker();
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly logger: Logger,
  ) {}

  /** Queues a document for compaction; returns at once. */
  schedule(documentName: string, teamId: string): void {
    if (this.stopped) return;
    this.waiting.set(documentName, teamId);
    this.running ??= this.run();
  }

  /** Compacts one document now, until its log is empty; resolves with entries folded. */
  async compactNow(documentName: string, teamId: string): Promise<number> {
    let total = 0;
    for (;;) {
      const folded = await compactStoredDocument(
        this.db,
        { name: documentName, teamId, emptyState: EMPTY_STATE },
        ENTRIES_PER_PASS,
        (state, updates) => this.worker.merge(state, updates),
      );
      total += folded;
      if (folded < ENTRIES_PER_PASS || this.stopped) return total;
    }
  }

  /** Resolves when the queue is empty. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Stops taking work and waits for the pass in progress, at most `graceMs`. */
  async stop(graceMs: number): Promise<void> {
    this.stopped = true;
    this.waiting.clear();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.idle(),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
    ]);
    clearTimeout(timer);
    await this.worker.close();
  }

  private async run(): Promise<void> {
    try {
      for (const [documentName, teamId] of this.waiting) {
        this.waiting.delete(documentName);
        try {
          await this.compactNow(documentName, teamId);
        } catch (error) {
          // The log still holds every entry; the next store of this document retries.
          this.logger.warn({ err: error, documentName }, 'compaction failed');
        }
        if (this.stopped) return;
      }
    } finally {
      this.running = null;
    }
  }
}
