import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { CurrentUser } from '../../shared/api/auth';
import type { ServerEnv } from '../config';
import type { Logger } from '../logger';

/** What every route handler can reach. */
export interface ApiDeps {
  db: Kysely<Database>;
  env: ServerEnv;
  logger: Logger;
  /** Reports whether the database answers, for the readiness endpoint. */
  readiness: () => Promise<{ ready: boolean; details: Record<string, unknown> }>;
}

/** Hono variables set by middleware. */
export interface ApiEnv {
  Variables: {
    user: CurrentUser;
    token: string;
  };
}
