import { randomUUID } from 'node:crypto';
import { type App, startApp } from '../app';
import { readEnv } from '../config';
import { createLogger } from '../logger';

/** The Redis the scale-out tests use (CI starts one on the default port). */
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** A Redis namespace of its own, so test files sharing one Redis never hear each other. */
export function uniqueRedisPrefix(): string {
  return `ilt-test-${randomUUID().slice(0, 8)}`;
}

/** Starts one server instance in this process against a shared Postgres and Redis. */
export async function startInstance(options: {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  /** Every log write waits this long first, as on a slow database. */
  saveDelayMs?: number;
}): Promise<App> {
  const env = readEnv({
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl,
    REDIS_PREFIX: options.redisPrefix,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
  });
  return startApp({
    env,
    logger: createLogger(env.LOG_LEVEL),
    clientDir: null,
    ...(options.saveDelayMs ? { saveDelayMs: options.saveDelayMs } : {}),
  });
}
