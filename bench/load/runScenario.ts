import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  postgresCpuSince,
  readCpuMs,
  readMemoryMiB,
  readPostgresCpuMs,
} from '../peers/processStats';
import type { RoomAccess, RunningPeer, ServerStats } from '../peers/startPeer';
import { type Distribution, distribution } from '../report/stats';
import { type FullClient, connectFullClient } from './FullClient';
import { LoadClient } from './LoadClient';
import { Recorder } from './Recorder';
import { Churn, type ChurnFigures } from './Churn';
import type { Scenario } from './scenarios';
import { seededRandom } from '../../server/testing/seededRandom';
import { Typist } from './Typist';

/** Sockets opened at once while connecting; more makes some peers refuse or stall. */
const CONNECT_BATCH = 50;
const TICK_MS = 5;
const SETTLE_AFTER_COLLECTION_MS = 1_000;

/** The figures of one scenario on one peer. */
export interface RunFigures {
  peer: string;
  scenario: string;
  clients: number;
  /** Updates sent during measurement, and what became of them. */
  updates: number;
  deliveries: number;
  lost: number;
  latencyMs: Distribution;
  cursorLatencyMs: Distribution;
  /** Send to acknowledgement, where the protocol acknowledges (Hocuspocus). */
  ackLatencyMs: Distribution | null;
  deliveriesPerSecond: number;
  /** Server CPU (user + system) over the measurement and drain, per 1,000 updates. */
  cpuMsPer1000Updates: number;
  /** Server CPU as a share of one core over the same window. */
  cpuPercent: number;
  /** CPU of all Postgres processes over the same window, per 1,000 updates (see postgresCpuSince). */
  postgresCpuMsPer1000Updates: number;
  rssMiB: number;
  peakRssMiB: number;
  /** The server's own event-loop delay over the measurement (see serverProbe.ts). */
  serverLoopP99Ms: number;
  serverLoopMaxMs: number;
  /** JS heap (+ buffers) after a full collection, when measurement starts and when it ends. */
  heapStartMiB: number;
  heapEndMiB: number;
  /** S6: clients that came and went during the run. */
  churn: ChurnFigures | null;
  /** Event-loop delay p99 of the load generator: when high, it (not the server) limits. */
  loadGeneratorDelayP99Ms: number;
  /** Whether both full clients ended with the same text holding every character sent. */
  converged: boolean;
}

async function connectAll(clients: LoadClient[]): Promise<void> {
  for (let i = 0; i < clients.length; i += CONNECT_BATCH) {
    await Promise.all(clients.slice(i, i + CONNECT_BATCH).map((client) => client.connect()));
  }
}

async function waitFor(predicate: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

/** Runs `scenario` against a started peer and measures it; leaves the peer running. */
export async function runScenario(
  peer: RunningPeer,
  scenario: Scenario,
  seed = 7,
): Promise<RunFigures> {
  const rooms: RoomAccess[] = await peer.openRooms(scenario.rooms);
  const recorder = new Recorder();
  const random = seededRandom(seed);
  // Yjs client ids are uint32; a random base keeps ids distinct from the full clients'.
  let nextClientId = 1_000_000 + Math.floor(random() * 1_000_000_000);

  const firstRoom = rooms[0];
  if (!firstRoom) throw new Error('scenario without rooms');
  const fullClients: FullClient[] = [];
  const loadClients: LoadClient[] = [];
  let timer: NodeJS.Timeout | undefined;
  let churn: Churn | null = null;
  // A peer that fails mid-run (it stops answering, it crashes) must not leave this process
  // typing into sockets and timers that keep it alive.
  try {
    for (let i = 0; i < 2; i++) fullClients.push(await connectFullClient(firstRoom, peer.protocol));

    let opened = 0;
    const perRoom = rooms.map((access) => {
      const make = (isViewer: boolean) => {
        // Over several instances, clients alternate between them.
        const url = access.urls[opened++ % access.urls.length] ?? access.url;
        const client = new LoadClient(
          peer.protocol,
          { ...access, url },
          nextClientId++,
          recorder,
          isViewer,
        );
        recorder.register(client.clientId);
        return client;
      };
      const editors = Array.from({ length: scenario.editorsPerRoom }, () => make(false));
      const viewers = Array.from({ length: scenario.viewersPerRoom }, () => make(true));
      return { access, editors, viewers };
    });
    loadClients.push(...perRoom.flatMap((room) => [...room.editors, ...room.viewers]));
    await connectAll(loadClients);

    const totalMs = scenario.warmupMs + scenario.durationMs;
    // Room for bursts running ahead of the average rate.
    const capacity = Math.ceil(scenario.charsPerSecond * (totalMs / 1000) * 2) + 40;
    const startAt = performance.now();
    const typists = perRoom.flatMap(({ access, editors, viewers }) =>
      editors.map(
        (client) =>
          new Typist(
            client,
            peer.protocol,
            access.documentName,
            editors.length + viewers.length - 1,
            scenario.charsPerSecond,
            capacity,
            random,
            startAt,
            scenario.warmupMs,
            scenario.cursorHz,
          ),
      ),
    );
    churn = scenario.churnPerMinute
      ? new Churn(peer.protocol, firstRoom, scenario.churnPerMinute, () => nextClientId++)
      : null;

    timer = setInterval(() => {
      const now = performance.now();
      for (const typist of typists) typist.tick(now, recorder);
    }, TICK_MS);
    await sleep(scenario.warmupMs);
    // The heap at the start needs a full collection, which pauses the server: the backlog it
    // leaves drains before measurement starts, and the delay histogram restarts after it.
    const statsStart: ServerStats = await peer.stats(true);
    await sleep(SETTLE_AFTER_COLLECTION_MS);
    await peer.stats(false);
    recorder.isTracking = true;
    churn?.start();
    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    loopDelay.enable();
    const cpuOfServer = () => peer.pids.reduce((total, pid) => total + readCpuMs(pid), 0);
    const cpuStart = cpuOfServer();
    const postgresCpuStart = readPostgresCpuMs();
    const measureStart = performance.now();
    await sleep(scenario.durationMs);
    clearInterval(timer);
    const churnFigures = churn ? await churn.stop() : null;
    loopDelay.disable();
    await waitFor(
      () => recorder.receivedDeliveries >= recorder.expectedDeliveries,
      scenario.drainMs,
    );
    const windowMs = performance.now() - measureStart;
    const cpuMs = cpuOfServer() - cpuStart;
    const postgresCpuMs = postgresCpuSince(postgresCpuStart);
    const statsEnd = await peer.stats();
    const memories = peer.pids.map((pid) => readMemoryMiB(pid));
    const memory = {
      rss: memories.reduce((total, m) => total + m.rss, 0),
      peak: memories.reduce((total, m) => total + m.peak, 0),
    };

    const firstRoomChars = typists
      .filter((_, i) => i < scenario.editorsPerRoom)
      .reduce((sum, typist) => sum + typist.sent, 0);
    const converged = await waitFor(
      () => fullClients.every((client) => client.text().length >= firstRoomChars),
      scenario.drainMs,
    );
    const texts = fullClients.map((client) => client.text());

    const updates = recorder.trackedUpdates;
    return {
      peer: peer.kind,
      scenario: scenario.id,
      clients: loadClients.length + fullClients.length,
      updates,
      deliveries: recorder.receivedDeliveries,
      lost: Math.max(0, recorder.expectedDeliveries - recorder.receivedDeliveries),
      latencyMs: distribution(recorder.updateLatencies),
      cursorLatencyMs: distribution(recorder.cursorLatencies),
      ackLatencyMs: recorder.ackLatencies.length > 0 ? distribution(recorder.ackLatencies) : null,
      deliveriesPerSecond: recorder.receivedDeliveries / (scenario.durationMs / 1000),
      cpuMsPer1000Updates: updates > 0 ? (cpuMs / updates) * 1000 : NaN,
      cpuPercent: (cpuMs / windowMs) * 100,
      postgresCpuMsPer1000Updates: updates > 0 ? (postgresCpuMs / updates) * 1000 : NaN,
      rssMiB: memory.rss,
      peakRssMiB: memory.peak,
      loadGeneratorDelayP99Ms: loopDelay.percentile(99) / 1e6,
      serverLoopP99Ms: statsEnd.loopP99Ms,
      serverLoopMaxMs: statsEnd.loopMaxMs,
      heapStartMiB: statsStart.heapUsedMiB + statsStart.externalMiB,
      heapEndMiB: statsEnd.heapUsedMiB + statsEnd.externalMiB,
      churn: churnFigures,
      converged:
        converged && texts.every((text) => text === texts[0] && text.length === firstRoomChars),
    };
  } finally {
    clearInterval(timer);
    await churn?.stop();
    for (const client of loadClients) client.close();
    for (const client of fullClients) client.destroy();
  }
}
