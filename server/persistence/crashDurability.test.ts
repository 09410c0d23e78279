import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitments } from '../../shared/purpose/purposeDoc';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { addToTeam, createTeam, signUp, type TestUser } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { type ServerProcess, spawnServer } from '../testing/spawnServer';
import { availableBackends, createTestDatabase, type TestDatabase } from '../testing/testDatabase';

const ROUNDS = 3;
const CLIENTS = 4;
/** Acknowledged edits per round after which the server is killed. */
const ACKS_BEFORE_KILL = 40;

/**
 * Each client keeps adding commitments carrying unique markers, recording each marker once
 * the server acknowledges it. The moment enough are acknowledged the server gets SIGKILL,
 * with other edits still in flight. After a restart every acknowledged marker must be there.
 */
async function editUntilKilled(server: ServerProcess, clients: CollabClient[], round: number) {
  const acknowledged: string[] = [];
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    server.child.kill('SIGKILL');
  };
  await Promise.all(
    clients.map(async (client, c) => {
      for (let i = 0; !killed; i++) {
        const marker = `r${round}-c${c}-e${i}`;
        commitments.add(client.doc, { text: marker });
        const acked = await Promise.race([
          client.acknowledged().then(() => true),
          server.exited.then(() => false),
        ]);
        if (!acked || killed) break;
        acknowledged.push(marker);
        if (acknowledged.length >= ACKS_BEFORE_KILL) kill();
      }
    }),
  );
  await server.exited;
  return acknowledged;
}

describe.each(availableBackends())('acknowledged edits survive SIGKILL on %s', (backend) => {
  let database: TestDatabase;
  let principal: TestUser;
  let member: TestUser;
  let teamId: string;

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const server = await spawnServer(database);
    principal = await signUp(server.url, 'Principal');
    member = await signUp(server.url, 'Member');
    teamId = await createTeam(server.url, principal);
    await addToTeam(server.url, principal, teamId, member, 'member');
    server.child.kill('SIGTERM');
    await server.exited;
  });

  afterAll(async () => {
    await database?.drop();
  });

  it(`loses none of them over ${ROUNDS} kills with ${CLIENTS} clients`, async () => {
    const name = purposeDocumentName(teamId);
    const allAcknowledged: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const server = await spawnServer(database);
      const clients = await Promise.all(
        Array.from({ length: CLIENTS }, (_, i) =>
          connectClient(server.url, name, (i % 2 ? member : principal).token),
        ),
      );
      allAcknowledged.push(...(await editUntilKilled(server, clients, round)));
      for (const client of clients) client.destroy();
    }

    const server = await spawnServer(database);
    const reader = await connectClient(server.url, name, principal.token);
    const present = new Set(commitments.read(reader.doc).map((c) => c.text));
    reader.destroy();
    server.child.kill('SIGTERM');
    await server.exited;

    expect(allAcknowledged.length).toBeGreaterThanOrEqual(ROUNDS * ACKS_BEFORE_KILL);
    const lost = allAcknowledged.filter((marker) => !present.has(marker));
    expect(lost).toEqual([]);
  }, 120_000);
});
