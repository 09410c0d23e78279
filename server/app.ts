import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import { type Extension, Hocuspocus } from '@hocuspocus/server';
import { sql } from 'kysely';
import * as Y from 'yjs';
import { type DatabaseHandle, openDatabase } from '../db/openDatabase';
import { MAX_UNAUTHENTICATED_QUEUE_BYTES } from '../shared/collab/limits';
import { countThreads } from '../shared/comments/commentsDoc';
import {
  commentsDocumentName,
  isCommentable,
  parseDocumentName,
} from '../shared/documents/documentName';
import { listTeamDocumentNames } from '../db/queries/teamExport';
import { LiveAccess } from './access/LiveAccess';
import { AbuseLimits, type AbuseRule } from './auth/AbuseLimits';
import { attachCollabSocket } from './collab/attachCollabSocket';
import { SocketAdmission } from './collab/SocketAdmission';
import { UpdateBroadcast } from './collab/UpdateBroadcast';
import { AwarenessThrottle } from './collab/AwarenessThrottle';
import { LayoutMigrations } from './collab/LayoutMigrations';
import type { FastPiece, ServerEnv } from './config';
import type { RouteSpec } from './http/ApiRouter';
import { AllowedOrigins } from './http/allowedOrigins';
import { createApi } from './http/createApi';
import type { Logger } from './logger';
import { createMailer } from './mail/Mailer';
import { Outbox } from './mail/Outbox';
import { DurablePersistence } from './persistence/DurablePersistence';
import { Projections } from './projections/Projections';
import { type AutoVersionTiming, VersionKeeper } from './versions/VersionKeeper';
import { editAsServer } from './persistence/serverEdit';
import { readStoredDocument } from './util/storedDocument';
import { RunService } from './protocol-runs/RunService';
import { ClusterLock, registerClusterLock } from './scale-out/ClusterLock';
import { connectRedis, type RedisScaleOut } from './scale-out/redisScaleOut';
import { DatabaseAwareAuthentication } from './collab/refuseWhileDatabaseDown';

export interface AppOptions {
  env: ServerEnv;
  logger: Logger;
  /** Folder of the built client to serve, or null to serve the API and socket only. */
  clientDir: string | null;
  /** Benchmarks only: false acknowledges updates without waiting for the log. */
  durable?: boolean;
  /** Benchmarks and tests: each log write waits this long first (a slow database). */
  saveDelayMs?: number;
  /**
   * Benchmarks only (bench/abPieces.ts): fast pieces of the socket to turn off, each falling
   * back to Hocuspocus's own path.
   */
  without?: ReadonlySet<FastPiece>;
  /** When automatic versions are kept (tests shorten it). */
  autoVersions?: AutoVersionTiming;
  /** Tests: smaller rate-limit budgets than `abuseRules`, reached without hundreds of hashes. */
  abuseBudgets?: Partial<Record<AbuseRule, number>>;
  /** Tests: a shorter authentication deadline and a smaller document size limit. */
  collabLimits?: { authDeadlineMs?: number; maxDocumentBytes?: number };
  /** Tests: more extensions, after the server's own. */
  extensions?: Extension[];
  /** Tests: kinds' layouts and migrations as a later version would declare them. */
  documentLayouts?: ConstructorParameters<typeof LayoutMigrations>[1];
}

/** A running server: its address and how to stop it. */
export interface App {
  url: string;
  port: number;
  hocuspocus: Hocuspocus;
  persistence: DurablePersistence;
  /** Keeps decision and meeting rows in step with their documents. */
  projections: Projections;
  /** The version store: named, automatic and meeting-close versions of documents. */
  versions: VersionKeeper;
  database: DatabaseHandle;
  /** Every API route with its access rule. */
  routes: RouteSpec[];
  /** Every `METHOD /api/path` the HTTP app answers, however it was registered. */
  registeredApiRoutes: string[];
  /** Stops accepting, flushes what it can within `graceMs`, closes the database. */
  close(graceMs?: number): Promise<void>;
}

/** The comment threads on a document as one update, or null when it has none. */
async function readCommentsState(db: DatabaseHandle['db'], documentName: string) {
  const ref = parseDocumentName(documentName);
  if (!ref || !isCommentable(ref)) return null;
  const comments = await readStoredDocument(db, commentsDocumentName(ref));
  return countThreads(comments) > 0 ? Y.encodeStateAsUpdate(comments) : null;
}

/**
 * Starts the whole server on one port: the JSON API, the built client and the
 * collaboration socket at `/collab`.
 */
export async function startApp({
  env,
  logger,
  clientDir,
  durable,
  saveDelayMs,
  without = new Set(),
  autoVersions,
  abuseBudgets,
  collabLimits,
  documentLayouts,
  extensions = [],
}: AppOptions): Promise<App> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
  const { db } = database;
  // With several instances (Redis and a shared Postgres), commands on one decision or run,
  // projections and automatic versions are serialised across instances by Postgres locks.
  const shared = Boolean(env.REDIS_URL) && database.kind === 'postgres';
  registerClusterLock(db, new ClusterLock(shared ? db : null));
  const persistence = new DurablePersistence(db, logger, {
    logClientUpdates: durable ?? true,
    // Other instances receive an update once it is logged: no window to wait for there.
    ...(env.REDIS_URL ? { groupCommitWindowMs: 0 } : {}),
    saveDelayMs,
    maxDocumentBytes: collabLimits?.maxDocumentBytes,
  });
  const redis: RedisScaleOut | null = env.REDIS_URL
    ? connectRedis({
        url: env.REDIS_URL,
        prefix: env.REDIS_PREFIX,
        hocuspocus: (): Hocuspocus => hocuspocus,
        durable: persistence,
        db,
        logger,
      })
    : null;

  const editDocument = <T>(name: string, change: (doc: Y.Doc) => T, actorId?: string | null) =>
    editAsServer(hocuspocus, persistence, name, change, actorId ?? null);
  const projections = new Projections(db, logger, persistence);
  const versions = new VersionKeeper(
    db,
    logger,
    async (name) => ({
      state: await editDocument(name, (doc) => Y.encodeStateAsUpdate(doc)),
      commentsState: await readCommentsState(db, name),
    }),
    persistence,
    autoVersions,
  );

  // The server's shape, in order: who may connect (authentication, socket admission), what
  // goes out to the room (awareness throttle, update broadcast), how documents are kept and
  // what follows from it (durable persistence, layout migrations, projections, versions) and,
  // with several instances, how they reach the others. The relay's hooks run first whatever the order (its
  // priority is higher): opening a document subscribes to its channel before Postgres is read,
  // so an update logged elsewhere meanwhile is in what was read or arrives on the channel.
  // What arrives through Redis has the origin `redis`, which the persistence does not log.
  // The socket admission follows the authentication: its hook runs once a document passed it.
  const socketAdmission = new SocketAdmission(env, collabLimits);
  const collabExtensions: Extension[] = [
    new DatabaseAwareAuthentication(db),
    socketAdmission,
    ...(without.has('throttle') ? [] : [new AwarenessThrottle()]),
    ...(without.has('broadcast') ? [] : [new UpdateBroadcast()]),
    persistence,
    new LayoutMigrations(logger, documentLayouts),
    projections,
    versions,
    ...(redis ? [redis.extension] : []),
    ...extensions,
  ];
  // Every hook is an extension's: none is set on the configuration itself, so the lane (which
  // runs the extensions' message hooks) sees all of them. Hocuspocus adds to the array it gets.
  const hocuspocus: Hocuspocus = new Hocuspocus({
    quiet: true,
    maxUnauthenticatedQueueSize: MAX_UNAUTHENTICATED_QUEUE_BYTES,
    extensions: [...collabExtensions],
  });

  const readiness = async () => {
    const log = persistence.log.status();
    const redisStatus = redis ? { redis: redis.status() } : {};
    const redisReady = redis ? redis.status().ready : true;
    try {
      // A database that hangs instead of refusing must not hang the probe that asks about it.
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('database did not answer within 2 s')), 2_000);
      });
      await Promise.race([sql`select 1`.execute(db), timeout]).finally(() => clearTimeout(timer));
      return {
        ready: log.healthy && redisReady,
        details: { database: 'up', updateLog: log, ...redisStatus },
      };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return {
        ready: false,
        details: { database: 'down', reason, updateLog: log, ...redisStatus },
      };
    }
  };
  const readTeamDocuments = async (teamId: string) => {
    const states = new Map<string, Uint8Array>();
    for (const name of await listTeamDocumentNames(db, teamId)) {
      states.set(name, Y.encodeStateAsUpdate(await readStoredDocument(db, name)));
    }
    return states;
  };
  const liveAccess = new LiveAccess(hocuspocus, db, redis?.access ?? null);
  const runs = new RunService(db, hocuspocus, persistence);
  // A run's page lists its decisions: keep the list in step as they are retitled or decided.
  projections.projector.onDecisionChanged(({ teamId, runId }) => {
    if (!runId) return;
    runs
      .publishDecisions(teamId, runId)
      .catch((error: unknown) => logger.error({ err: error, runId }, 'decision list not updated'));
  });
  // Links in emails point at the public address, known once the server listens.
  let publicUrl = env.PUBLIC_URL ?? '';
  const outbox = new Outbox(createMailer(env, logger), logger, () => publicUrl);
  const allowedOrigins = new AllowedOrigins(env);
  const api = createApi(
    {
      db,
      env,
      logger,
      liveAccess,
      limits: new AbuseLimits(
        redis ? { client: redis.commands, prefix: env.REDIS_PREFIX } : null,
        abuseBudgets,
      ),
      outbox,
      allowedOrigins,
      runs,
      editDocument,
      versions,
      readTeamDocuments,
      readiness,
    },
    clientDir,
  );
  const httpServer = createAdaptorServer({ fetch: api.app.fetch }) as Server;
  const wss = attachCollabSocket(
    httpServer,
    hocuspocus,
    socketAdmission,
    collabExtensions,
    !without.has('lane'),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(env.PORT, env.HOST, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = env.HOST.includes(':') ? `[${env.HOST}]` : env.HOST;
  // Listening on every interface says nothing about a name to put in a link.
  publicUrl ||= `http://${['0.0.0.0', '[::]'].includes(host) ? 'localhost' : host}:${port}`;

  let closing: Promise<void> | null = null;
  const close = (graceMs = env.SHUTDOWN_GRACE_SECONDS * 1000) =>
    (closing ??= (async () => {
      httpServer.close();
      versions.close();
      projections.close();
      hocuspocus.closeConnections();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      await persistence.close(graceMs);
      await outbox.close(Math.min(graceMs, 3_000));
      await redis?.close(Math.min(graceMs, 3_000));
      httpServer.closeAllConnections();
      await database.close();
    })());

  return {
    url: `http://${host}:${port}`,
    port,
    hocuspocus,
    persistence,
    projections,
    versions,
    database,
    routes: api.routes,
    registeredApiRoutes: [
      ...new Set(
        api.app.routes
          .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
          .map((r) => `${r.method} ${r.path}`),
      ),
    ],
    close,
  };
}
