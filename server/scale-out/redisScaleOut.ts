import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Redis } from '@hocuspocus/extension-redis';
import { type Hocuspocus, OutgoingMessage } from '@hocuspocus/server';
import type { AccessBroadcast, AccessChange } from '../access/LiveAccess';
import type { Logger } from '../logger';

/** Where this instance's Redis stands, for the readiness endpoint. */
export interface RedisStatus {
  ready: boolean;
  state: string;
}

/** Redis wiring of one instance: the Hocuspocus extension, access changes, status, shutdown. */
export interface RedisScaleOut {
  extension: Redis;
  access: AccessBroadcast;
  status(): RedisStatus;
  /** Disconnects once open documents have unloaded (they unsubscribe), or after `boundMs`. */
  close(boundMs: number): Promise<void>;
}

/**
 * Connects this instance to the others through Redis. Documents sync through Hocuspocus's
 * Redis extension (each instance stores its own clients' updates; an update that arrives
 * through Redis carries the origin `redis` and is not logged again, being already durable
 * where it came from). The extension's store lock is not relied on: this server has no
 * whole-document save, only appends and merging compactions. After Redis comes back, every
 * open document announces its state again, so instances that drifted apart while it was away
 * catch up without waiting for the next edit.
 */
export function connectRedis(options: {
  url: string;
  prefix: string;
  hocuspocus: () => Hocuspocus;
  logger: Logger;
}): RedisScaleOut {
  const { url, prefix, logger } = options;
  const parsed = new URL(url);
  const identifier = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const redisOptions = {
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.pathname.length > 1 ? { db: Number(parsed.pathname.slice(1)) } : {}),
  };
  const extension = new Redis({
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    identifier,
    prefix: `${prefix}:doc`,
    options: redisOptions,
  });

  let lastErrorLogged = 0;
  const onError = (error: Error) => {
    // ioredis reconnects by itself and emits an error per attempt: log one a second at most.
    if (Date.now() - lastErrorLogged < 1_000) return;
    lastErrorLogged = Date.now();
    logger.warn({ err: error }, 'redis connection error; reconnecting');
  };
  extension.pub.on('error', onError);
  extension.sub.on('error', onError);

  let everReady = false;
  extension.sub.on('ready', () => {
    if (!everReady) {
      everReady = true;
      return;
    }
    logger.info('redis is back; announcing open documents');
    for (const [name, document] of options.hocuspocus().documents) {
      const step1 = new OutgoingMessage(name).createSyncMessage().writeFirstSyncStepFor(document);
      void extension.pub
        .publish(`${prefix}:doc:${name}`, frame(identifier, step1.toUint8Array()))
        .catch(onError);
    }
  });

  const bus = extension.pub.duplicate();
  bus.on('error', onError);
  const accessChannel = `${prefix}:live-access`;
  const access: AccessBroadcast = {
    publish(change) {
      void bus.publish(accessChannel, JSON.stringify({ from: identifier, change })).catch(onError);
    },
    subscribe(handler) {
      const listener = extension.pub.duplicate();
      listener.on('error', onError);
      void listener.subscribe(accessChannel).catch(onError);
      listener.on('message', (_channel: string, message: string) => {
        let parsed: { from?: unknown; change?: AccessChange };
        try {
          parsed = JSON.parse(message) as typeof parsed;
        } catch {
          logger.warn('ignored an unreadable access change from Redis');
          return;
        }
        if (parsed.from !== identifier && parsed.change) handler(parsed.change);
      });
      closers.push(() => listener.disconnect());
    },
  };
  const closers: (() => void)[] = [() => bus.disconnect()];

  return {
    extension,
    access,
    status() {
      const state = extension.pub.status;
      return { ready: state === 'ready' && extension.sub.status === 'ready', state };
    },
    async close(boundMs) {
      // Unloading documents unsubscribe from their channels: let them, within the bound.
      const deadline = Date.now() + boundMs;
      while (options.hocuspocus().documents.size > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      for (const close of closers) close();
      extension.pub.disconnect(false);
      extension.sub.disconnect(false);
    },
  };
}

/** The Redis extension's message framing: identifier length, identifier, message. */
function frame(identifier: string, message: Uint8Array): Buffer {
  const id = Buffer.from(identifier, 'utf-8');
  return Buffer.concat([Buffer.from([id.length]), id, Buffer.from(message)]);
}
