import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  Document,
  Extension,
  onLoadDocumentPayload,
  RedisTransactionOrigin,
} from '@hocuspocus/server';
import type { Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import { applyAwarenessUpdate, type Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Database } from '../../db/schema';
import { AWARENESS_BROADCAST_INTERVAL_MS } from '../../shared/collab/limits';
import { gatherAwareness } from '../util/gatherAwareness';
import type { Logger } from '../logger';
import { readStoredDocument } from '../util/storedDocument';

/** What arrives from another instance: applied here, never logged again, never sent back. */
export const REDIS_ORIGIN: RedisTransactionOrigin = { source: 'redis' };

/** The kinds of message instances exchange on a document's channel. */
const UPDATE = 0;
const AWARENESS = 1;
const AWARENESS_QUERY = 2;
const CATCH_UP = 3;

/** How long opening a document waits for Redis to confirm the subscription. */
const SUBSCRIBE_WAIT_MS = 1_000;

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/**
 * Carries documents between instances through Redis pub/sub, with Postgres as the source of
 * truth. An instance publishes each update once it is in the update log (its own clients' and
 * its own server writes), so another instance never receives, and never lets anyone build on,
 * an edit that could still be lost. One message per update, one hop: no state-vector exchange
 * on every change. Clients on the same instance see each other at once, as with one instance.
 *
 * Redis is only the fast path. Opening a document subscribes to its channel before Postgres is
 * read, so an update is either in what was read or arrives on the channel. Pub/sub forgets
 * what it could not deliver; when either Redis connection comes back, this instance catches
 * its open documents up from Postgres and asks the others to do the same. Awareness (who is
 * here, carets) crosses the same channel and is not stored.
 */
export class RedisRelay implements Extension {
  extensionName = 'redis-relay';
  /** Before the persistence: the channel must be subscribed before Postgres is read. */
  priority = 1_000;

  private readonly documents = new Map<string, Document>();
  private readonly channelPrefix: string;
  private readonly identifier: Buffer;

  constructor(
    readonly pub: Redis,
    readonly sub: Redis,
    private readonly db: Kysely<Database>,
    private readonly logger: Logger,
    options: { prefix: string; identifier: string },
  ) {
    this.channelPrefix = `${options.prefix}:doc:`;
    this.identifier = Buffer.from(options.identifier, 'utf-8');
    sub.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.receive(channel.toString('utf-8'), message),
    );
    sub.on('ready', () => this.resume());
    pub.on('ready', () => this.resume());
  }

  /**
   * Publishes an update that is now durable (called by the persistence, in log order), even
   * if this instance closed the document meanwhile: the last person may leave before their
   * final edit is committed, and another instance may still have the document open.
   */
  publishUpdate(documentName: string, update: Uint8Array): void {
    this.publish(documentName, UPDATE, update);
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    this.documents.set(documentName, document);
    if (this.sub.status !== 'ready') return; // subscribed and caught up when Redis is back
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.sub.subscribe(this.channel(documentName)).catch(() => {}),
      new Promise((resolve) => (timer = setTimeout(resolve, SUBSCRIBE_WAIT_MS))),
    ]).finally(() => clearTimeout(timer));
  }

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload): Promise<void> {
    // Gathered like the broadcast to this instance's own connections: at most one message
    // per document and interval, carrying the current states of every client that changed.
    const publishAwareness = gatherAwareness(
      AWARENESS_BROADCAST_INTERVAL_MS,
      () => document.isDestroyed,
      (clients) =>
        this.publish(documentName, AWARENESS, encodeAwarenessUpdate(document.awareness, clients)),
    );
    document.awareness.on('update', (change: AwarenessChange, origin: unknown) => {
      // Only this instance's clients: what came from Redis is the others', and states that
      // timed out here may still be alive where they came from.
      if (origin === REDIS_ORIGIN || origin === 'timeout') return;
      publishAwareness([...change.added, ...change.updated, ...change.removed]);
    });
    this.publish(documentName, AWARENESS_QUERY, new Uint8Array());
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    // A document reopened meanwhile keeps its subscription.
    if (this.hocuspocusHasReopened(documentName)) return;
    this.documents.delete(documentName);
    await this.sub.unsubscribe(this.channel(documentName)).catch(() => {});
  }

  private hocuspocusHasReopened(documentName: string): boolean {
    const document = this.documents.get(documentName);
    return document !== undefined && !document.isDestroyed;
  }

  private channel(documentName: string): string {
    return this.channelPrefix + documentName;
  }

  private publish(documentName: string, kind: number, payload: Uint8Array): void {
    if (this.pub.status !== 'ready') return; // the others catch up from Postgres later
    const id = this.identifier;
    const message = Buffer.allocUnsafe(2 + id.length + payload.byteLength);
    message[0] = id.length;
    id.copy(message, 1);
    message[1 + id.length] = kind;
    message.set(payload, 2 + id.length);
    this.pub.publish(this.channel(documentName), message).catch((error: unknown) => {
      this.logger.warn({ err: error, documentName }, 'redis publish failed');
    });
  }

  private receive(channel: string, message: Buffer): void {
    if (!channel.startsWith(this.channelPrefix)) return;
    const document = this.documents.get(channel.slice(this.channelPrefix.length));
    if (!document || document.isDestroyed || message.length < 2) return;
    const idLength = message[0] ?? 0;
    if (message.length < 2 + idLength) return;
    if (this.identifier.equals(message.subarray(1, 1 + idLength))) return; // our own
    const kind = message[1 + idLength];
    const payload = new Uint8Array(
      message.buffer,
      message.byteOffset + 2 + idLength,
      message.length - 2 - idLength,
    );
    try {
      if (kind === UPDATE) Y.applyUpdate(document, payload, REDIS_ORIGIN);
      else if (kind === AWARENESS) applyAwarenessUpdate(document.awareness, payload, REDIS_ORIGIN);
      else if (kind === AWARENESS_QUERY) this.publishLocalAwareness(document);
      else if (kind === CATCH_UP) void this.catchUp(document);
    } catch (error) {
      this.logger.warn({ err: error, documentName: document.name }, 'ignored a bad redis message');
    }
  }

  /** The states of this instance's clients, for an instance that just opened the document. */
  private publishLocalAwareness(document: Document): void {
    const clients = localClients(document);
    if (clients.length === 0) return;
    this.publish(document.name, AWARENESS, encodeAwarenessUpdate(document.awareness, clients));
  }

  /**
   * Redis is back (or a connection to it): subscribe every open document again, catch each
   * up from Postgres, and ask the other instances to do the same, since what was published
   * meanwhile, by anyone, may not have arrived.
   */
  private resume(): void {
    if (this.pub.status !== 'ready' || this.sub.status !== 'ready') return;
    const names = [...this.documents.keys()];
    if (names.length === 0) return;
    this.logger.info({ documents: names.length }, 'redis is up; catching open documents up');
    void this.sub
      .subscribe(...names.map((name) => this.channel(name)))
      .catch(() => {})
      .then(async () => {
        for (const [name, document] of this.documents) {
          this.publish(name, CATCH_UP, new Uint8Array());
          this.publishLocalAwareness(document);
          await this.catchUp(document);
        }
      });
  }

  /** Applies what Postgres holds and this copy lacks (already durable: not logged again). */
  private async catchUp(document: Document): Promise<void> {
    try {
      const stored = await readStoredDocument(this.db, document.name);
      if (document.isDestroyed) return;
      const missing = Y.encodeStateAsUpdate(stored, Y.encodeStateVector(document));
      stored.destroy();
      Y.applyUpdate(document, missing, REDIS_ORIGIN);
    } catch (error) {
      this.logger.warn({ err: error, documentName: document.name }, 'catch-up failed');
    }
  }
}

/** Awareness client ids that belong to this instance's connections on `document`. */
function localClients(document: Document): number[] {
  const clients: number[] = [];
  for (const connection of document.getConnections()) {
    for (const client of document.getClients(connection)) {
      if ((document.awareness as Awareness).states.has(client)) clients.push(client as number);
    }
  }
  return clients;
}
