import type {
  afterLoadDocumentPayload,
  beforeSyncPayload,
  Connection,
  Extension,
  onLoadDocumentPayload,
  onStatelessPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import { isTransactionOrigin } from '@hocuspocus/server';
import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import { loadStoredDocument } from '../../db/queries/documents';
import type { Database } from '../../db/schema';
import { parseDocumentName } from '../../shared/documents/documentName';
import { closeCodes } from '../../shared/collab/closeCodes';
import type {
  CollabContext,
  DurableEvents,
  DurableListener,
  DurableUpdate,
  LaneAware,
  LaneHooks,
} from '../collab/contracts';
import { checkClientUpdate } from './updateGuard';
import type { Logger } from '../logger';
import { Compactor } from './Compactor';
import { DocumentSizes } from './DocumentSizes';
import { applyStoredDocument } from '../util/storedDocument';
import { UpdateLog } from './UpdateLog';
import { ackAfterDurable, earlierWritesDurable } from './ackAfterDurable';
import {
  encodeServerNotice,
  parseConfirmStored,
  refusalReasons,
} from '../../shared/collab/serverNotices';

/** y-protocols sync message types (see y-protocols/sync). */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * Log entries after which a document is compacted without waiting for a quiet moment. Each
 * pass reads and rewrites the whole state, while loading a log entry costs about 5 µs
 * (`npm run bench:storage`), so a long log is cheaper than frequent passes.
 */
const COMPACT_AFTER_ENTRIES = 2_000;
/** How long an update waits for others to share its insert (only its ack waits). */
const GROUP_COMMIT_WINDOW_MS = 15;
/** Log entries after which a quiet moment in a document that is still open compacts it. */
const COMPACT_WHEN_QUIET_ENTRIES = 100;
/**
 * How long since the last change makes a moment quiet. Hocuspocus calls `onStoreDocument`
 * 2 s after the last change, but also every 10 s while people keep typing (its maxDebounce):
 * those calls must not compact, or every busy document would be rewritten every 10 s.
 */
const QUIET_MS = 1_000;

/**
 * Whether Hocuspocus's store call should compact an open document now: when the last person
 * has left, or in a quiet moment once enough entries piled up. A busy document is compacted
 * by the entry count alone (`COMPACT_AFTER_ENTRIES`, checked on each append).
 */
export function compactsOnStore(moment: {
  connections: number;
  entries: number;
  msSinceLastChange: number;
}): boolean {
  if (moment.connections === 0) return true;
  return moment.entries >= COMPACT_WHEN_QUIET_ENTRIES && moment.msSinceLastChange >= QUIET_MS;
}

/** Who a server-made change is made for (see `editAsServer`), for the decision history. */
function actorOf(context: unknown): string | null {
  const actorId = (context as { actorId?: unknown } | undefined)?.actorId;
  return typeof actorId === 'string' ? actorId : null;
}

/** A refusal that closes only the offending connection, with a code the client understands. */
class BadMessageError extends Error {
  readonly code = closeCodes.badMessage;
  constructor(readonly reason: string) {
    super(reason);
  }
}

/**
 * An update refused because the document is at its size limit: that document connection
 * closes with a code and reason the client shows instead of resending the update.
 */
class DocumentTooLargeError extends Error {
  readonly code = closeCodes.documentTooLarge;
  readonly reason = refusalReasons.documentTooLarge;
  constructor() {
    super(refusalReasons.documentTooLarge);
  }
}

export interface DurablePersistenceOptions {
  /** false only in the benchmark that measures what durability costs: nothing is logged. */
  logClientUpdates?: boolean;
  /**
   * How long an update waits for others to share its insert. Several instances use 0:
   * another instance receives an update only once it is logged.
   */
  groupCommitWindowMs?: number;
  /** Benchmarks and tests: every log write waits this long first, as on a slow database. */
  saveDelayMs?: number;
  /** Tests: a smaller document size limit than `MAX_DOCUMENT_BYTES`. */
  maxDocumentBytes?: number;
}

/**
 * Acknowledged means durable. Hocuspocus acknowledges an update ("synced") once it is in
 * memory; this extension appends each client update to the update log in Postgres and holds
 * its acknowledgement until the row is committed (`ackAfterDurable`), while the update is
 * applied and broadcast at once, so people in the room see each other type at memory speed
 * and still see each other while the database is away. `onDurable` listeners (the projections,
 * the versions, the Redis relay) hear of each update, in log order, once it is committed, and
 * the acknowledgement waits for them too (see `DurableEvents`).
 * Loading reads the compacted state plus the log; compaction runs in the background.
 * There is no whole-document store, so nothing ever overwrites what the database holds.
 */
export class DurablePersistence implements Extension, DurableEvents, LaneAware {
  extensionName = 'durable-persistence';
  readonly log: UpdateLog;
  readonly compactor: Compactor;
  private readonly entriesSinceCompaction = new Map<string, number>();
  private readonly serverWrites = new Set<Promise<void>>();
  private readonly durableListeners: DurableListener[] = [];
  /** `beforeSync` for the open-connection lane: the same checks and log write, at once. */
  readonly laneHooks: LaneHooks = {
    beforeSync: (connection, type, payload) => this.registerClientSync(connection, type, payload),
  };

  private readonly logClientUpdates: boolean;
  private readonly saveDelayMs: number;
  private readonly sizes: DocumentSizes;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly logger: Logger,
    options: DurablePersistenceOptions = {},
  ) {
    this.logClientUpdates = options.logClientUpdates ?? true;
    this.saveDelayMs = options.saveDelayMs ?? 0;
    this.sizes = new DocumentSizes(options.maxDocumentBytes);
    this.log = new UpdateLog(db, logger, options.groupCommitWindowMs ?? GROUP_COMMIT_WINDOW_MS);
    this.compactor = new Compactor(db, logger);
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const stored = await loadStoredDocument(this.db, documentName);
    applyStoredDocument(document, stored);
    let storedBytes = stored.state?.byteLength ?? 0;
    for (const update of stored.updates) storedBytes += update.byteLength;
    this.sizes.track(document, storedBytes);
    if (stored.updates.length >= COMPACT_AFTER_ENTRIES) this.scheduleCompaction(documentName);
  }

  /**
   * Runs for every sync message of a connection, before Hocuspocus's read-only check.
   * Only real updates from connections allowed to write reach the log, and only after they
   * decode within limits.
   */
  async beforeSync({ connection, type, payload }: beforeSyncPayload) {
    this.registerClientSync(connection, type, payload);
  }

  /**
   * `beforeSync`'s work, done at once (it never waits): checks a client's sync message and
   * registers its log write, on which the connection's acknowledgement waits. Throws, with
   * the close code, an update that does not decode within limits or would take the document
   * past its size limit (`DocumentSizes`). The open-connection lane calls it (`laneHooks`) for
   * the updates it applies without Hocuspocus.
   */
  registerClientSync(connection: Connection, type: number, payload: Uint8Array): void {
    const { document } = connection;
    if (type !== SYNC_STEP_2 && type !== SYNC_UPDATE) return;
    if (connection.readOnly || !this.logClientUpdates) return;
    // Size, decodability and crafted clocks or counts (see updateGuard).
    const checked = checkClientUpdate(payload);
    if (checked.problem !== undefined) throw new BadMessageError(checked.problem);
    const { decoded } = checked;
    // A reconnecting client's step 2 is often empty or repeats what the server already has.
    // What memory holds may still be on its way to the log (sent on a connection that has
    // since dropped), so that ack waits until the log has caught up.
    const isEmpty = decoded.structs.length === 0 && decoded.ds.clients.size === 0;
    if (
      isEmpty ||
      (type === SYNC_STEP_2 && Y.snapshotContainsUpdate(Y.snapshot(document), payload))
    ) {
      if (type === SYNC_STEP_2) ackAfterDurable(connection, this.log.flushed());
      return;
    }
    const { user } = connection.context as CollabContext;
    if (!this.sizes.admits(document, payload.byteLength)) {
      this.logger.warn(
        { documentName: document.name, userId: user.id, updateBytes: payload.byteLength },
        'update refused: the document is at its size limit',
      );
      throw new DocumentTooLargeError();
    }
    ackAfterDurable(
      connection,
      this.append({
        documentName: document.name,
        update: payload,
        source: 'client',
        actorId: user.id,
      }),
    );
  }

  /**
   * A client's `confirm-stored`: answered with `stored` once everything the connection sent
   * before it is durable. Hocuspocus handles a connection's messages in order, so every
   * earlier update has registered its write by now (see `trackStored` on the client).
   */
  async onStateless({ connection, payload }: onStatelessPayload): Promise<void> {
    const question = parseConfirmStored(payload);
    if (!question) return;
    earlierWritesDurable(connection).then(
      () => connection.sendStateless(encodeServerNotice({ type: 'stored', seq: question.seq })),
      () => {}, // the connection closes: the client asks again on the next one
    );
  }

  onDurable(listener: DurableListener): void {
    this.durableListeners.push(listener);
  }

  /**
   * Changes the server makes itself (restores, tallies) go through the same log. The
   * listener runs synchronously at the end of the server's transaction, so the write is
   * tracked before `transact` returns and `serverWritesDurable` cannot miss it.
   */
  async afterLoadDocument({ document, documentName }: afterLoadDocumentPayload): Promise<void> {
    document.on('update', (update: Uint8Array, origin: unknown) => {
      if (!isTransactionOrigin(origin) || origin.source !== 'local') return;
      const actorId = actorOf(origin.context);
      const write = this.append({ documentName, update, source: 'server', actorId }).catch(
        (error: unknown) => {
          this.logger.error({ err: error, documentName }, 'server change not stored');
        },
      );
      this.serverWrites.add(write);
      void write.finally(() => this.serverWrites.delete(write));
    });
  }

  /**
   * Hocuspocus calls this after a quiet moment (debounced) and when the last person leaves.
   * The log is already durable, so compaction is only housekeeping: it runs when the document
   * is left, or when enough entries piled up, not every few seconds of a busy meeting (each
   * pass reads and rewrites the whole state).
   */
  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    const entries = this.entriesSinceCompaction.get(documentName);
    if (entries === undefined) return;
    const moment = {
      connections: document.getConnectionsCount(),
      entries,
      msSinceLastChange: Date.now() - document.lastChangeTime,
    };
    if (compactsOnStore(moment)) this.scheduleCompaction(documentName);
  }

  /** Resolves when every server-made change so far is durable (and its listeners are done). */
  async serverWritesDurable(): Promise<void> {
    await Promise.all([...this.serverWrites]);
  }

  /** Stops taking writes; waits up to `graceMs` for queued ones. Never hangs. */
  async close(graceMs: number): Promise<void> {
    await this.log.close(graceMs);
    await this.compactor.stop(Math.min(graceMs, 2_000));
  }

  /** Logs an update, then tells the listeners and waits for them. */
  private async append(event: DurableUpdate): Promise<void> {
    const { documentName, update } = event;
    const ref = parseDocumentName(documentName);
    if (!ref) throw new BadMessageError('unknown-document');
    if (this.saveDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.saveDelayMs));
    await this.log.append({ documentName, teamId: ref.teamId, update });
    const heard = this.durableListeners.map((listener) => this.tell(listener, event));
    this.countEntry(documentName);
    await Promise.all(heard);
  }

  /** A listener's failure is its own: it is logged and never fails the write. */
  private async tell(listener: DurableListener, event: DurableUpdate): Promise<void> {
    try {
      await listener(event);
    } catch (error) {
      this.logger.error(
        { err: error, documentName: event.documentName },
        'durable listener failed',
      );
    }
  }

  private countEntry(documentName: string): void {
    const count = (this.entriesSinceCompaction.get(documentName) ?? 0) + 1;
    this.entriesSinceCompaction.set(documentName, count);
    if (count >= COMPACT_AFTER_ENTRIES) this.scheduleCompaction(documentName);
  }

  private scheduleCompaction(documentName: string): void {
    const ref = parseDocumentName(documentName);
    if (!ref) return;
    this.entriesSinceCompaction.delete(documentName);
    this.compactor.schedule(documentName, ref.teamId);
  }
}
