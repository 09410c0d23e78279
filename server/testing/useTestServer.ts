import { afterAll, beforeAll } from 'vitest';
import type { App } from '../app';
import { callApi } from './apiClient';
import { type CollabClient, connectClient } from './collabClient';
import { createTeamWithRoles, type TeamWithRoles } from './teamFixture';
import {
  availableBackends,
  type Backend,
  createTestDatabase,
  type TestDatabase,
} from './testDatabase';
import { startTestServer } from './testServer';

/** How long closing the server waits for open connections, in milliseconds. */
const CLOSE_GRACE_MS = 2_000;

export type TestServerOptions = NonNullable<Parameters<typeof startTestServer>[1]> & {
  /** Where the data lives; the first available backend when not given. */
  backend?: Backend;
  /** The name of the team created with one person in each role. */
  teamName?: string;
};

/** A test file's database, server and team, readable once its `beforeAll` has run. */
export interface TestServer {
  readonly database: TestDatabase;
  readonly app: App;
  readonly team: TeamWithRoles;
  /** Stops the server and starts it again on the same database and options. */
  restart(): Promise<App>;
  /** Calls the team's API (`path` after `/api/teams/<teamId>`) as `user`. */
  teamApi(
    method: string,
    path: string,
    user: { token: string },
    body?: unknown,
  ): Promise<{ status: number; body: unknown }>;
  /** Opens a document as `user`; the client is destroyed before the server closes. */
  connect(name: string, user: { token: string }): Promise<CollabClient>;
}

/** What `useTestServer({ team: false })` hands back: the same, without a team. */
export type TestServerWithoutTeam = Omit<TestServer, 'team' | 'teamApi'>;

/**
 * Registers the set-up most server tests share: a fresh database, the real server on port 0
 * and a team with every role (unless `team: false`), in `beforeAll`; the server closed and the
 * database dropped in `afterAll`. Call it at the top of a `describe` (just after
 * `captureServerLogs`, whose console spy must be in place before the server starts), so that
 * the file's own `afterAll` (destroying its clients) runs before the server closes: vitest
 * runs `afterAll` hooks in reverse order.
 */
export function useTestServer(
  /** `team: false` for a suite that signs up its own people and needs no fixture team. */
  options: Omit<TestServerOptions, 'teamName'> & { team: false },
): TestServerWithoutTeam;
export function useTestServer(options?: TestServerOptions): TestServer;
export function useTestServer(options: TestServerOptions & { team?: false } = {}): TestServer {
  const {
    backend = availableBackends()[0] ?? 'pglite',
    teamName,
    team: withTeam,
    ...serverOptions
  } = options;
  let database: TestDatabase | undefined;
  let app: App | undefined;
  let team: TeamWithRoles | undefined;
  const clients: CollabClient[] = [];

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    app = await startTestServer(database, serverOptions);
    if (withTeam !== false) team = await createTeamWithRoles(app.url, teamName);
  });

  afterAll(async () => {
    await app?.close(CLOSE_GRACE_MS);
    await database?.drop();
  });
  // Registered after the server's: vitest runs `afterAll` hooks in reverse order.
  afterAll(() => {
    for (const client of clients.splice(0)) client.destroy();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the test server's ${what} is not ready yet`);
    return value;
  };

  return {
    get database() {
      return ready(database, 'database');
    },
    get app() {
      return ready(app, 'app');
    },
    get team() {
      return ready(team, 'team');
    },
    async restart() {
      await ready(app, 'app').close(CLOSE_GRACE_MS);
      app = await startTestServer(ready(database, 'database'), serverOptions);
      return app;
    },
    teamApi(method, path, user, body) {
      const { teamId } = ready(team, 'team');
      return callApi(ready(app, 'app').url, method, `/api/teams/${teamId}${path}`, {
        token: user.token,
        body,
      });
    },
    async connect(name, user) {
      const client = await connectClient(ready(app, 'app').url, name, user.token);
      clients.push(client);
      return client;
    },
  };
}
