import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Hocuspocus } from '@hocuspocus/server';
import { Redis, type RedisOptions } from 'ioredis';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { AccessBroadcast, AccessChange } from '../access/LiveAccess';
import type { Logger } from '../logger';
import type { DurableEvents } from '../collab/contracts';
import { RedisRelay } from './RedisRelay';

/** Where this instance's Redis stands, for the readiness endpoint. */
export interface RedisStatus {
  ready: boolean;
  state: string;
}

/** Redis wiring of one instance: the document relay, access changes, status, shutdown. */
export interface RedisScaleOut {
  extension: RedisRelay;
  access: AccessBroadcast;
  /** A connection for plain commands (rate-limit counters shared by the instances). */
  commands: Redis;
  status(): RedisStatus;
  /** Disconnects once open documents have unloaded, or after `boundMs`. */
  close(boundMs: number): Promise<void>;
}

/**
 * Connects this instance to the others through Redis: documents through the `RedisRelay`
 * (updates once they are durable, awareness, catch-up after an outage), access changes on a
 * channel of their own. Each instance stores its own clients' updates; what arrives through
 * Redis carries the origin `redis` and is not logged again, being already durable.
 */
export function connectRedis(options: {
  url: string;
  prefix: string;
  hocuspocus: () => Hocuspocus;
  durable: DurableEvents;
  db: Kysely<Database>;
  logger: Logger;
}): RedisScaleOut {
  const { url, prefix, logger } = options;
  const parsed = new URL(url);
  const identifier = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;
  const base: RedisOptions = {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.pathname.length > 1 ? { db: Number(parsed.pathname.slice(1)) } : {}),
  };
  // The document connections do not queue while Redis is away: Postgres has everything, and
  // the relay catches up from it when Redis returns.
  const pub = new Redis({ ...base, enableOfflineQueue: false });
  const sub = new Redis({ ...base, enableOfflineQueue: false });
  const extension = new RedisRelay(pub, sub, options.db, logger, {
    prefix,
    identifier,
  });
  options.durable.onDurable(({ documentName, update }) =>
    extension.publishUpdate(documentName, update),
  );

  let lastErrorLogged = 0;
  const onError = (error: Error) => {
    // ioredis reconnects by itself and emits an error per attempt: log one a second at most.
    if (Date.now() - lastErrorLogged < 1_000) return;
    lastErrorLogged = Date.now();
    logger.warn({ err: error }, 'redis connection error; reconnecting');
  };
  pub.on('error', onError);
  sub.on('error', onError);

  const bus = new Redis(base);
  bus.on('error', onError);
  const accessChannel = `${prefix}:live-access`;
  const access: AccessBroadcast = {
    publish(change) {
      void bus.publish(accessChannel, JSON.stringify({ from: identifier, change })).catch(onError);
    },
    subscribe(handler) {
      const listener = new Redis(base);
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
    commands: bus,
    status() {
      const state = pub.status;
      return { ready: state === 'ready' && sub.status === 'ready', state };
    },
    async close(boundMs) {
      // Unloading documents unsubscribe from their channels: let them, within the bound.
      const deadline = Date.now() + boundMs;
      while (options.hocuspocus().documents.size > 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      for (const close of closers) close();
      pub.disconnect(false);
      sub.disconnect(false);
    },
  };
}
