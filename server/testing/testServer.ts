import { type App, type AppOptions, startApp } from '../app';
import { readEnv } from '../config';
import { createLogger } from '../logger';
import type { TestDatabase } from './testDatabase';

/** Starts the real server in this process on a free port, against a test database. */
export async function startTestServer(
  database: TestDatabase,
  options: Pick<
    AppOptions,
    | 'autoVersions'
    | 'saveDelayMs'
    | 'abuseBudgets'
    | 'collabLimits'
    | 'documentLayouts'
    | 'extensions'
  > & {
    /** More environment, e.g. `SMTP_URL` of a `TestMailbox`. */
    env?: Record<string, string>;
  } = {},
): Promise<App> {
  const { env: extraEnv, ...appOptions } = options;
  const env = readEnv({
    PORT: '0',
    HOST: '127.0.0.1',
    ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : {}),
    ...(database.dataDir ? { DATA_DIR: database.dataDir } : {}),
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    ...extraEnv,
  });
  return startApp({ env, logger: createLogger(env.LOG_LEVEL), clientDir: null, ...appOptions });
}
