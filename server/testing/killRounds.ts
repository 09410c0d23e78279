import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { openDatabase } from '../../db/openDatabase';
import { commitments } from '../../shared/purpose/purposeDoc';
import { readStoredDocument } from '../util/storedDocument';
import { type CollabClient, connectClient, quickReconnectSocket } from './collabClient';
import { type ServerProcess, spawnServer } from './spawnServer';
import type { TestDatabase } from './testDatabase';
import { FaultProxy, noFaults } from './FaultProxy';
import { randomInt, seededRandom } from './seededRandom';

/** Who edits, where, and how the server dies. */
export interface KillRoundsOptions {
  database: TestDatabase;
  /** Edited by clients that are all destroyed after each kill, before the restart. */
  goneDocument: string;
  /** Edited by the same clients throughout, who stay, edit while it is down and reconnect. */
  stayDocument: string;
  /** One token per client of each kind (clients may share a person). */
  goneTokens: string[];
  stayTokens: string[];
  /** SIGKILLs; the server is started rounds + 1 times. */
  rounds: number;
  /** The server is killed once this many edits were acknowledged in a round, drawn in range. */
  acksBeforeKill: [min: number, max: number];
  seed?: number;
  /** Called after each kill, e.g. to log progress in the soak. */
  onKill?: (round: number) => void;
}

/** What one kind of client made, had acknowledged, and lost. */
export interface KillTally {
  made: number;
  acknowledged: number;
  /** Acknowledged markers missing from the database at the end: must stay empty. */
  lostAcknowledged: string[];
  /** Markers never acknowledged and missing (only a loss for clients that stayed). */
  lostUnacknowledged: string[];
}

export interface KillRoundsResult {
  kills: number;
  /** Clients gone before each restart: only what was acknowledged must survive. */
  gone: KillTally;
  /** Clients that stayed: every marker they made must arrive. */
  stay: KillTally;
  /** Restart began to every staying client acknowledged again, per restart (ms, incl. spawn). */
  recoveryMs: number[];
}

function markersIn(stored: Parameters<typeof commitments.read>[0]): Set<string> {
  return new Set(commitments.read(stored).map((commitment) => commitment.text));
}

/** Reads a document straight from the database (with PGlite, only once no server holds it). */
export async function readStoredMarkers(database: TestDatabase, name: string) {
  const handle = await openDatabase({
    databaseUrl: database.databaseUrl,
    dataDir: database.dataDir,
  });
  try {
    return markersIn(await readStoredDocument(handle.db, name));
  } finally {
    await handle.close();
  }
}

/**
 * Each client keeps adding commitments with unique markers and records each marker once the
 * server acknowledges it; when enough are acknowledged the server gets `signal` (SIGKILL by
 * default) with other edits still in flight. Resolves with when the signal was sent, once the
 * process has exited.
 */
export async function editUntilSignalled(
  server: ServerProcess,
  clients: CollabClient[],
  /** Marker prefix per client. */
  labels: string[],
  acksBeforeKill: number,
  made: string[],
  acknowledged: string[],
  signal: NodeJS.Signals = 'SIGKILL',
): Promise<number> {
  let killed = false;
  let signalledAt = 0;
  let acksThisRound = 0;
  await Promise.all(
    clients.map(async (client, c) => {
      for (let i = 0; !killed; i++) {
        const marker = `${labels[c]}-e${i}`;
        commitments.add(client.doc, { text: marker });
        made.push(marker);
        const acked = await Promise.race([
          client.acknowledged().then(() => true),
          server.exited.then(() => false),
        ]);
        if (!acked || killed) break;
        acknowledged.push(marker);
        if (++acksThisRound >= acksBeforeKill && !killed) {
          killed = true;
          signalledAt = performance.now();
          server.child.kill(signal);
        }
      }
    }),
  );
  await server.exited;
  return signalledAt;
}

/** A client's socket that comes back quickly after each kill. */
export function stayingSocket(url: string): HocuspocusProviderWebsocket {
  return quickReconnectSocket(url, 20);
}

function tally(made: string[], acknowledged: string[], present: Set<string>): KillTally {
  const acked = new Set(acknowledged);
  return {
    made: made.length,
    acknowledged: acknowledged.length,
    lostAcknowledged: acknowledged.filter((marker) => !present.has(marker)),
    lostUnacknowledged: made.filter((marker) => !acked.has(marker) && !present.has(marker)),
  };
}

/**
 * Kills the server `rounds` times while two kinds of client edit two documents: clients that
 * are all gone before each restart (new ones connect to the new process), and clients that
 * stay behind a proxy that follows the server to its new port. Checks the database at the end;
 * never throws on a loss.
 */
export async function runKillRounds(options: KillRoundsOptions): Promise<KillRoundsResult> {
  const { database, rounds } = options;
  const random = seededRandom(options.seed ?? 1);
  const made: string[] = [];
  const acknowledged: string[] = [];
  const recoveryMs: number[] = [];
  let server = await spawnServer(database);
  const proxy = await FaultProxy.start(server.url, 0, noFaults);
  const staying = await Promise.all(
    options.stayTokens.map((token, c) =>
      connectClient(proxy.url, options.stayDocument, token, {
        socket: stayingSocket(`${proxy.url}/collab?client=${c}`),
        awareness: false,
      }),
    ),
  );
  const restart = async () => {
    const restarting = performance.now();
    server = await spawnServer(database);
    proxy.retarget(server.url);
    await Promise.all(staying.map((client) => client.acknowledged()));
    recoveryMs.push(Math.round(performance.now() - restarting));
  };

  try {
    for (let round = 0; round < rounds; round++) {
      if (round > 0) await restart();
      const gone = await Promise.all(
        options.goneTokens.map((token) =>
          connectClient(server.url, options.goneDocument, token, { awareness: false }),
        ),
      );
      const labels = [
        ...gone.map((_, c) => `gone${round}-c${c}`),
        ...staying.map((_, c) => `stay${round}-c${c}`),
      ];
      const acks = randomInt(random, ...options.acksBeforeKill);
      await editUntilSignalled(server, [...gone, ...staying], labels, acks, made, acknowledged);
      options.onKill?.(round);
      for (const client of gone) client.destroy();
      // Edits made while the server is down wait in the staying clients.
      for (const [c, client] of staying.entries()) {
        const marker = `stay${round}-c${c}-offline`;
        commitments.add(client.doc, { text: marker });
        made.push(marker);
      }
    }
    await restart();
  } finally {
    for (const client of staying) {
      client.destroy();
      client.socket.destroy();
    }
    await proxy.close();
  }
  server.child.kill('SIGTERM');
  await server.exited;

  const goneStored = await readStoredMarkers(database, options.goneDocument);
  const stayStored = await readStoredMarkers(database, options.stayDocument);
  const isGone = (marker: string) => marker.startsWith('gone');
  const gone = tally(made.filter(isGone), acknowledged.filter(isGone), goneStored);
  const stay = tally(
    made.filter((m) => !isGone(m)),
    acknowledged.filter((m) => !isGone(m)),
    stayStored,
  );
  return { kills: rounds, gone: { ...gone, lostUnacknowledged: [] }, stay, recoveryMs };
}
