import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import type { Database } from '../../db/schema';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments } from '../../shared/purpose/purposeDoc';
import { readStoredDocument } from '../util/storedDocument';
import { createTeam, type TestUser } from '../testing/apiClient';
import {
  type CollabClient,
  connectClient,
  goOffline,
  quickReconnectSocket,
} from '../testing/collabClient';
import { type FaultPlan, FaultProxy } from '../testing/FaultProxy';
import { deriveSeed, randomInt, type Random, seededRandom } from '../testing/seededRandom';

/** What a convergence seed runs against: one live server and its database. */
export interface ConvergenceTarget {
  serverUrl: string;
  db: Kysely<Database>;
  /** Owner of each seed's new team; every client signs in as them. */
  user: TestUser;
}

/** One seed's outcome; `problem` is set when it lost a marker, diverged or stalled. */
export interface SeedResult {
  seed: number;
  clients: number;
  edits: number;
  /** Markers the server acknowledged while faults were still being injected. */
  acknowledgedUnderFaults: number;
  /** Markers missing from the database once everything settled. */
  lost: string[];
  connections: number;
  drops: number;
  reorderedBatches: number;
  problem: string | null;
  ms: number;
}

/** Everything a seed decides up front, so the same seed replays the same plan. */
interface SeedPlan {
  clients: number;
  editsPerClient: number[];
  /** Before each edit, a client waits this long (ms): the workload's own timing. */
  pauses: number[][];
  /** Clients that go offline for one edit and come back (a user's own disconnect). */
  offlineEdit: boolean[];
  faults: FaultPlan;
}

function planSeed(random: Random): SeedPlan {
  const clients = randomInt(random, 5, 20);
  const editsPerClient = Array.from({ length: clients }, () => randomInt(random, 1, 4));
  return {
    clients,
    editsPerClient,
    pauses: editsPerClient.map((edits) =>
      Array.from({ length: edits }, () => randomInt(random, 0, 40)),
    ),
    offlineEdit: editsPerClient.map(() => random() < 0.2),
    faults: {
      maxDelayMs: randomInt(random, 0, 15),
      reorderWindow: randomInt(random, 1, 4),
      dropChance: random() * 0.08,
      maxDropsPerClient: randomInt(random, 0, 3),
    },
  };
}

function markersIn(doc: Y.Doc): string[] {
  return commitments.read(doc).map((commitment) => commitment.text);
}

function sameStateVector(a: Y.Doc, b: Y.Doc): boolean {
  const left = Y.decodeStateVector(Y.encodeStateVector(a));
  const right = Y.decodeStateVector(Y.encodeStateVector(b));
  if (left.size !== right.size) return false;
  for (const [client, clock] of left) if (right.get(client) !== clock) return false;
  return true;
}

function withDeadline<T>(work: Promise<T>, ms: number, describe: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`stalled after ${ms} ms: ${describe()}`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * One seed: 5 to 20 clients on a fresh team's document, each adding a few commitments with
 * unique markers at random moments, through a proxy that delays, reorders and cuts their
 * traffic. Then the faults stop and every client, and the document reloaded from the
 * database, must hold the same content with every marker.
 */
export async function runConvergenceSeed(
  target: ConvergenceTarget,
  seed: number,
  deadlineMs = 60_000,
): Promise<SeedResult> {
  const started = performance.now();
  const plan = planSeed(seededRandom(seed));
  const teamId = await createTeam(target.serverUrl, target.user, `Seed ${seed}`);
  const name = purposeDocumentName(teamId);
  const proxy = await FaultProxy.start(target.serverUrl, seed, plan.faults);
  const clients: CollabClient[] = [];
  const markers: string[] = [];
  const acknowledged = new Set<string>();
  let settling = false;
  const result = (problem: string | null, lost: string[] = []): SeedResult => ({
    seed,
    clients: plan.clients,
    edits: markers.length,
    acknowledgedUnderFaults: acknowledged.size,
    lost,
    connections: proxy.counts.connections,
    drops: proxy.counts.drops,
    reorderedBatches: proxy.counts.reorderedBatches,
    problem,
    ms: Math.round(performance.now() - started),
  });
  const progress = () =>
    `${clients.map((client, c) => `c${c}:${markersIn(client.doc).length}${client.provider.hasUnsyncedChanges ? '+unsynced' : ''}`).join(' ')} of ${markers.length}`;

  try {
    await withDeadline(
      (async () => {
        const connected = await Promise.all(
          Array.from({ length: plan.clients }, (_, c) =>
            connectClient(proxy.url, name, target.user.token, {
              // Reconnects quickly: the proxy cuts connections on purpose.
              socket: quickReconnectSocket(`${proxy.url}/collab?client=${c}`, 10),
              awareness: false,
            }),
          ),
        );
        clients.push(...connected);
        await Promise.all(
          clients.map(async (client, c) => {
            const pauses = plan.pauses[c] ?? [];
            for (let e = 0; e < pauses.length; e++) {
              await new Promise((resolve) => setTimeout(resolve, pauses[e]));
              const offline = plan.offlineEdit[c] === true && e === 0;
              if (offline) await goOffline(client.socket);
              const marker = `s${seed}-c${c}-e${e}`;
              commitments.add(client.doc, { text: marker });
              markers.push(marker);
              const made = markers.filter((m) => m.startsWith(`s${seed}-c${c}-`));
              if (offline) void client.socket.connect();
              void client.acknowledged().then(() => {
                if (!settling) for (const m of made) acknowledged.add(m);
              });
            }
          }),
        );
        settling = true;
        proxy.heal();
        await Promise.all(clients.map((client) => client.acknowledged()));
        await Promise.all(
          clients.map((client) => client.until((doc) => markersIn(doc).length >= markers.length)),
        );
      })(),
      deadlineMs,
      progress,
    );

    const reference = clients[0];
    if (!reference) return result('no clients');
    const expected = markersIn(reference.doc);
    for (const [c, client] of clients.entries()) {
      const seen = markersIn(client.doc);
      if (
        JSON.stringify(seen) !== JSON.stringify(expected) ||
        !sameStateVector(client.doc, reference.doc)
      ) {
        return result(`client ${c} diverged: ${seen.join(',')} vs ${expected.join(',')}`);
      }
    }
    const stored = await readStoredDocument(target.db, name);
    const storedMarkers = markersIn(stored);
    const present = new Set(storedMarkers);
    const lost = markers.filter((marker) => !present.has(marker));
    if (lost.length > 0) {
      // Tell "acknowledged before it was written" from "never written": read again later.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const later = new Set(markersIn(await readStoredDocument(target.db, name)));
      const late = lost.filter((marker) => later.has(marker));
      return result(
        `lost from the database after every client was acknowledged: ${lost.join(',')}` +
          (late.length > 0 ? ` (of which present 500 ms later: ${late.join(',')})` : ''),
        lost,
      );
    }
    if (JSON.stringify(storedMarkers) !== JSON.stringify(expected)) {
      return result(`database differs from clients: ${storedMarkers.join(',')}`);
    }
    if (new Set(expected).size !== markers.length || expected.length !== markers.length) {
      return result(`clients hold ${expected.length} markers, ${markers.length} were made`);
    }
    return result(null);
  } catch (error) {
    return result(error instanceof Error ? error.message : String(error));
  } finally {
    for (const client of clients) {
      client.destroy();
      client.socket.destroy();
    }
    await proxy.close();
  }
}

/** Runs seeds `concurrency` at a time; calls `onResult` as each ends. */
export async function runConvergenceSeeds(
  target: ConvergenceTarget,
  seeds: number[],
  concurrency: number,
  onResult: (result: SeedResult) => void = () => {},
): Promise<SeedResult[]> {
  const results: SeedResult[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, seeds.length) }, async () => {
      while (next < seeds.length) {
        const seed = seeds[next++] as number;
        const outcome = await runConvergenceSeed(target, seed);
        results.push(outcome);
        onResult(outcome);
      }
    }),
  );
  return results.sort((a, b) => a.seed - b.seed);
}

/** Seeds for a run: `SEED=<n>` replays one; otherwise `count` seeds derived from `base`. */
export function convergenceSeeds(count: number, base = 1): number[] {
  const replay = process.env.SEED;
  if (replay !== undefined && replay !== '') return [Number(replay)];
  return Array.from({ length: count }, (_, i) => deriveSeed(base, i) % 1_000_000_000);
}
