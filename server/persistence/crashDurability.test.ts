import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { runKillRounds } from '../testing/killRounds';
import { addToTeam, createTeam, signUp, type TestUser } from '../testing/apiClient';
import { recordReliability } from '../testing/reliabilityRecord';
import { spawnServer } from '../testing/spawnServer';
import { availableBackends, createTestDatabase, type TestDatabase } from '../testing/testDatabase';

const ROUNDS = 3;
/** Clients of each kind. */
const CLIENTS = 4;
/** Acknowledged edits per round (both kinds of client) after which the server is killed. */
const ACKS_BEFORE_KILL: [number, number] = [30, 60];

/**
 * Clients keep adding commitments carrying unique markers, recording each marker once the
 * server acknowledges it; once enough are acknowledged the server gets SIGKILL with other
 * edits in flight (see `runKillRounds`). Two ways to come back, on two documents in the same
 * kills: every client gone before the restart (only the database remembers), and the same
 * clients staying, editing while the server is down and reconnecting, so that their
 * unacknowledged edits must arrive too.
 */
describe.each(availableBackends())('acknowledged edits survive SIGKILL on %s', (backend) => {
  let database: TestDatabase;
  let principal: TestUser;
  let member: TestUser;
  let teamIds: string[];

  beforeAll(async () => {
    database = await createTestDatabase(backend);
    const server = await spawnServer(database);
    principal = await signUp(server.url, 'Principal');
    member = await signUp(server.url, 'Member');
    teamIds = [];
    for (let i = 0; i < 2; i++) {
      const teamId = await createTeam(server.url, principal);
      await addToTeam(server.url, principal, teamId, member, 'member');
      teamIds.push(teamId);
    }
    server.child.kill('SIGTERM');
    await server.exited;
  });

  afterAll(async () => {
    await database?.drop();
  });

  const tokens = () =>
    Array.from({ length: CLIENTS }, (_, i) => (i % 2 ? member : principal).token);

  it(`loses none over ${ROUNDS} kills, ${CLIENTS} clients gone before each restart and ${CLIENTS} that stay`, async () => {
    const started = performance.now();
    const result = await runKillRounds({
      database,
      goneDocument: purposeDocumentName(teamIds[0] as string),
      stayDocument: purposeDocumentName(teamIds[1] as string),
      goneTokens: tokens(),
      stayTokens: tokens(),
      rounds: ROUNDS,
      acksBeforeKill: ACKS_BEFORE_KILL,
    });
    const seconds = Math.round((performance.now() - started) / 1000);
    const { gone, stay } = result;
    recordReliability({
      id: `fault-sigkill-clients-gone-${backend}`,
      area: 'Faults',
      fault: `SIGKILL during editing, every client gone before the restart (${backend})`,
      method: `${CLIENTS} providers add markers; SIGKILL after 30-60 acknowledgements (counted with the staying clients); new clients each round; the database read after the last kill`,
      trials: result.kills,
      outcome: `${gone.acknowledged} acknowledged of ${gone.made} made, ${gone.lostAcknowledged.length} acknowledged lost; ${seconds} s`,
      passed: gone.lostAcknowledged.length === 0,
      command: 'npx vitest run server/persistence/crashDurability.test.ts',
    });
    recordReliability({
      id: `fault-sigkill-clients-stay-${backend}`,
      area: 'Faults',
      fault: `SIGKILL during editing, clients stay, edit while it is down and reconnect (${backend})`,
      method: `${CLIENTS} providers behind a proxy that follows the restarted server, in the same kills; afterwards every marker, acknowledged or not, must be in the database`,
      trials: result.kills,
      outcome: `${stay.acknowledged} acknowledged of ${stay.made} made; lost: ${stay.lostAcknowledged.length} acknowledged, ${stay.lostUnacknowledged.length} unacknowledged; restart to all clients acknowledged again ${Math.min(...result.recoveryMs)}-${Math.max(...result.recoveryMs)} ms (most of it the new process starting)`,
      passed: stay.lostAcknowledged.length === 0 && stay.lostUnacknowledged.length === 0,
      command: 'npx vitest run server/persistence/crashDurability.test.ts',
    });
    expect(gone.acknowledged + stay.acknowledged).toBeGreaterThanOrEqual(
      ROUNDS * ACKS_BEFORE_KILL[0],
    );
    expect(gone.acknowledged).toBeGreaterThan(0);
    expect(gone.lostAcknowledged).toEqual([]);
    expect(stay.lostAcknowledged).toEqual([]);
    expect(stay.lostUnacknowledged).toEqual([]);
  }, 150_000);
});
