import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { TeamRole } from '../../shared/access/roles';
import type { CurrentUser } from '../../shared/api/auth';
import type { LiveAccess } from '../access/LiveAccess';
import type { AbuseLimits } from '../auth/AbuseLimits';
import type { VersionKeeper } from '../versions/VersionKeeper';
import type { EditDocument } from '../collab/contracts';
import type { RunService } from '../protocol-runs/RunService';
import type { ServerEnv } from '../config';
import type { Logger } from '../logger';
import type { Outbox } from '../mail/Outbox';
import type { AllowedOrigins } from './allowedOrigins';

/** What every route handler can reach. */
export interface ApiDeps {
  db: Kysely<Database>;
  env: ServerEnv;
  logger: Logger;
  /** Applies access changes to sockets that are already open. */
  liveAccess: LiveAccess;
  /** Rate limits of the account routes (shared through Redis by several instances). */
  limits: AbuseLimits;
  /** The emails the product sends (resets, verifications, invites). */
  outbox: Outbox;
  /** Browser origins allowed to use the session cookie. */
  allowedOrigins: AllowedOrigins;
  /** Protocol runs: the only writer of run documents. */
  runs: RunService;
  /** Changes a document as the server, durably (see persistence/serverEdit.ts). */
  editDocument: EditDocument;
  /** The version store (named, automatic and meeting-close versions). */
  versions: VersionKeeper;
  /** Reads the document states of a team, for the export. */
  readTeamDocuments: (teamId: string) => Promise<Map<string, Uint8Array>>;
  /** Reports whether the database answers, for the readiness endpoint. */
  readiness: () => Promise<{ ready: boolean; details: Record<string, unknown> }>;
}

/** Hono variables set by middleware. */
export interface ApiEnv {
  Variables: {
    user: CurrentUser;
    token: string;
    /** Set on team routes: the team in the path and the caller's role in it. */
    teamId: string;
    teamRole: TeamRole;
  };
}

export type ApiContext = Context<ApiEnv>;
