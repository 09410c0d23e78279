import { spawnServer } from '../../server/testing/spawnServer';
import { createTestDatabase } from '../../server/testing/testDatabase';

/**
 * Starts the real server (built client, API and socket) on a free port against a fresh
 * database: a new Postgres database when TEST_DATABASE_URL is set, else a PGlite folder.
 * Workers read the address from E2E_BASE_URL. Returns the teardown.
 */
export default async function globalSetup() {
  const database = await createTestDatabase(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
  const server = await spawnServer(database, { SERVE_CLIENT: 'true' });
  process.env.E2E_BASE_URL = server.url;
  return async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    await database.drop();
  };
}
