import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnServer } from '../../server/testing/spawnServer';
import { createTestDatabase } from '../../server/testing/testDatabase';
import { TestMailbox } from '../../server/testing/testMailbox';

/**
 * Starts the real server (built client, API and socket) on a free port against a fresh
 * database: a new Postgres database when TEST_DATABASE_URL is set, else a PGlite folder.
 * Workers read the address from E2E_BASE_URL and the mail it sends from E2E_MAIL_DIR.
 * Returns the teardown.
 */
export default async function globalSetup() {
  const database = await createTestDatabase(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
  // The server mails a real SMTP server; what it receives lands in a folder the workers read.
  const mailDir = mkdtempSync(join(tmpdir(), 'ilt-e2e-mail-'));
  const mailbox = await TestMailbox.start(mailDir);
  const server = await spawnServer(database, { SERVE_CLIENT: 'true', SMTP_URL: mailbox.url });
  process.env.E2E_BASE_URL = server.url;
  process.env.E2E_MAIL_DIR = mailDir;
  return async () => {
    server.child.kill('SIGTERM');
    await server.exited;
    await mailbox.close();
    rmSync(mailDir, { recursive: true, force: true });
    await database.drop();
  };
}
