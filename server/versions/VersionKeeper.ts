import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { Kysely } from 'kysely';
import { insertVersion, latestVersionAt } from '../../db/queries/versions';
import type { Database } from '../../db/schema';
import type { VersionReason } from '../../shared/api/versions';
import type { Extension } from '@hocuspocus/server';
import { parseDocumentName } from '../../shared/documents/documentName';
import { kindSpec } from '../../shared/documents/registry';
import type { DurableEvents } from '../collab/contracts';
import type { Logger } from '../logger';
import { clusterLockFor } from '../scale-out/ClusterLock';

/** When automatic versions are kept: after editing goes quiet, at most one per gap. */
export interface AutoVersionTiming {
  /** How long a document must go without edits before its burst is kept. */
  quietMs: number;
  /** The least time between two automatic versions of one document. */
  minGapMs: number;
}

export const defaultAutoVersionTiming: AutoVersionTiming = {
  quietMs: 30_000,
  minGapMs: 5 * 60_000,
};

/** A version just kept. */
export interface KeptVersion {
  id: string;
  documentName: string;
  name: string | null;
  reason: VersionReason;
  editorIds: string[];
}

interface Pending {
  editors: Set<string>;
  timer: ReturnType<typeof setTimeout> | null;
}

/**
 * The version store's writer. Every version is the document's whole state encoded as one Yjs
 * update (garbage collection stays on, so Yjs snapshots would not work; a state is compact and
 * loads alone). It remembers who edited each document since its last version, and keeps an
 * automatic version once a burst of editing goes quiet, at most one per `minGapMs`.
 * Emits `kept` with a KeptVersion after each version is stored.
 *
 * Several instances: each remembers the editors whose changes it stored. The gap check and
 * the automatic version are taken under a lock shared by every instance, so two instances
 * never keep two automatic versions in one gap; an instance that finds a fresh version waits
 * for the next gap, and its editors are credited to the next version.
 */
export class VersionKeeper extends EventEmitter implements Extension {
  extensionName = 'versions';
  private readonly pending = new Map<string, Pending>();
  private closed = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly logger: Logger,
    /** The document's current state (and its comments' state, if it has comments). */
    private readonly readState: (
      documentName: string,
    ) => Promise<{ state: Uint8Array; commentsState: Uint8Array | null }>,
    durable: DurableEvents,
    private readonly timing: AutoVersionTiming = defaultAutoVersionTiming,
  ) {
    super();
    durable.onDurable(({ documentName, source, actorId }) => {
      if (source === 'client') this.noteEdit(documentName, actorId);
    });
  }

  /** A person's change to a document became durable. */
  noteEdit(documentName: string, userId: string | null): void {
    // Documents people edit directly keep automatic versions; server-written ones do not.
    const kind = parseDocumentName(documentName)?.kind;
    if (this.closed || !kind || kindSpec(kind).writers !== 'editors') return;
    const entry = this.pending.get(documentName) ?? { editors: new Set<string>(), timer: null };
    if (userId) entry.editors.add(userId);
    this.pending.set(documentName, entry);
    this.schedule(documentName, entry, this.timing.quietMs);
  }

  /** Keeps a version of the document as it is now, with who edited it since the last one. */
  async keep(version: {
    documentName: string;
    teamId: string;
    name: string | null;
    reason: VersionReason;
    createdBy: string | null;
  }): Promise<KeptVersion> {
    const entry = this.pending.get(version.documentName);
    const editorIds = [...(entry?.editors ?? [])];
    if (entry) {
      if (entry.timer) clearTimeout(entry.timer);
      this.pending.delete(version.documentName);
    }
    const { state, commentsState } = await this.readState(version.documentName);
    const id = randomUUID();
    try {
      await insertVersion(this.db, { id, ...version, state, commentsState, editorIds });
    } catch (error) {
      // Not kept: remember the editors for the next attempt.
      for (const editor of editorIds) this.noteEdit(version.documentName, editor);
      throw error;
    }
    const kept: KeptVersion = {
      id,
      documentName: version.documentName,
      name: version.name,
      reason: version.reason,
      editorIds,
    };
    this.emit('kept', kept);
    return kept;
  }

  async onDestroy(): Promise<void> {
    this.close();
  }

  /** Stops keeping automatic versions (the server is shutting down). */
  close(): void {
    this.closed = true;
    for (const entry of this.pending.values()) if (entry.timer) clearTimeout(entry.timer);
  }

  private schedule(documentName: string, entry: Pending, delayMs: number): void {
    if (entry.timer) clearTimeout(entry.timer);
    entry.timer = setTimeout(() => void this.keepAutomatic(documentName), delayMs);
    entry.timer.unref();
  }

  private async keepAutomatic(documentName: string): Promise<void> {
    const entry = this.pending.get(documentName);
    const ref = parseDocumentName(documentName);
    if (this.closed || !entry || !ref) return;
    entry.timer = null;
    try {
      await clusterLockFor(this.db).run(`versions:${documentName}`, async () => {
        const latest = await latestVersionAt(this.db, documentName);
        const wait = latest ? latest.getTime() + this.timing.minGapMs - Date.now() : 0;
        if (wait > 0) {
          this.schedule(documentName, entry, wait);
          return;
        }
        await this.keep({
          documentName,
          teamId: ref.teamId,
          name: null,
          reason: 'auto',
          createdBy: null,
        });
      });
    } catch (error) {
      this.logger.error({ err: error, documentName }, 'automatic version not kept; will retry');
      const retry = this.pending.get(documentName);
      if (retry && !this.closed) this.schedule(documentName, retry, this.timing.quietMs);
    }
  }
}
