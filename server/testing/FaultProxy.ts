import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import { isDocumentUpdate } from '../../shared/collab/providerSocket';
import { deriveSeed, type Random, seededRandom, shuffle } from './seededRandom';

/** What the proxy does to traffic; every choice comes from a PRNG seeded per connection. */
export interface FaultPlan {
  /** Each message waits a uniform 0..maxDelayMs before delivery (order kept, except below). */
  maxDelayMs: number;
  /** Up to this many consecutive document updates are held and delivered shuffled (1 = none). */
  reorderWindow: number;
  /** Chance, per delivered message, that the connection is cut instead (both sides terminated). */
  dropChance: number;
  /** Most cuts per client (the `client` query parameter), so every run ends. */
  maxDropsPerClient: number;
}

export const noFaults: FaultPlan = {
  maxDelayMs: 0,
  reorderWindow: 1,
  dropChance: 0,
  maxDropsPerClient: 0,
};

/** One direction of one connection: delays, reorders and delivers messages in sequence. */
class Lane {
  private held: Uint8Array[] = [];
  private heldTimer: NodeJS.Timeout | null = null;
  private queue: { message: Uint8Array; at: number }[] = [];
  private pumpTimer: NodeJS.Timeout | null = null;
  private lastAt = 0;
  private stopped = false;

  constructor(
    private readonly random: Random,
    private readonly plan: () => FaultPlan,
    private readonly deliver: (message: Uint8Array) => void,
    /** Called before each delivery; true means the connection was cut instead. */
    private readonly cut: () => boolean,
    private readonly counts: FaultCounts,
  ) {}

  push(message: Uint8Array): void {
    if (this.stopped) return;
    const plan = this.plan();
    // Only plain document updates are reordered: Yjs applies them in any order, and each still
    // gets its own acknowledgement. Authentication, sync steps, awareness and acknowledgements
    // keep their order, so the handshake stays valid.
    if (plan.reorderWindow > 1 && isDocumentUpdate(message)) {
      this.held.push(message);
      if (this.held.length >= plan.reorderWindow) this.release();
      else this.heldTimer ??= setTimeout(() => this.release(), plan.maxDelayMs + 1);
      return;
    }
    this.release();
    this.enqueue(message);
  }

  /** Sends held updates on, shuffled. */
  release(): void {
    if (this.heldTimer) clearTimeout(this.heldTimer);
    this.heldTimer = null;
    const arrived = this.held;
    const held = shuffle(this.random, [...arrived]);
    this.held = [];
    if (held.some((message, i) => message !== arrived[i])) this.counts.reorderedBatches++;
    for (const message of held) this.enqueue(message);
  }

  stop(): void {
    this.stopped = true;
    if (this.heldTimer) clearTimeout(this.heldTimer);
    if (this.pumpTimer) clearTimeout(this.pumpTimer);
    this.held = [];
    this.queue = [];
  }

  private enqueue(message: Uint8Array): void {
    const delay = this.random() * this.plan().maxDelayMs;
    this.lastAt = Math.max(this.lastAt, performance.now() + delay);
    this.queue.push({ message, at: this.lastAt });
    this.pump();
  }

  private pump(): void {
    if (this.pumpTimer || this.stopped) return;
    for (;;) {
      const next = this.queue[0];
      if (!next) return;
      const wait = next.at - performance.now();
      if (wait > 0) {
        this.pumpTimer = setTimeout(() => {
          this.pumpTimer = null;
          this.pump();
        }, Math.ceil(wait));
        return;
      }
      this.queue.shift();
      if (this.cut()) return;
      this.deliver(next.message);
    }
  }
}

/** Counts of what the proxy did, for reports. */
export interface FaultCounts {
  connections: number;
  messages: number;
  drops: number;
  /** Runs of document updates delivered in another order than they arrived. */
  reorderedBatches: number;
}

/**
 * A WebSocket proxy in front of the real server that injects network faults: delay, reordering
 * of document updates, and cut connections (which the provider then re-establishes). Each
 * connection's faults come from a PRNG derived from the proxy's seed, the `client` query
 * parameter and that client's connection count, so a seed replays the same fault choices
 * (timing on a busy machine still varies).
 */
export class FaultProxy {
  readonly counts: FaultCounts = { connections: 0, messages: 0, drops: 0, reorderedBatches: 0 };
  private plan: FaultPlan;
  private readonly lanes = new Set<Lane>();
  private readonly dropsByClient = new Map<string, number>();
  private readonly connectionsByClient = new Map<string, number>();

  private constructor(
    private readonly http: Server,
    private readonly wss: WebSocketServer,
    readonly url: string,
    private targetUrl: string,
    private readonly seed: number,
    plan: FaultPlan,
  ) {
    this.plan = plan;
    wss.on('connection', (socket, request) => this.handle(socket, request));
  }

  /** Listens on a free port and forwards each socket to `targetUrl` (http://host:port). */
  static async start(targetUrl: string, seed: number, plan: FaultPlan): Promise<FaultProxy> {
    const http = createServer((_request, response) => response.writeHead(404).end());
    const wss = new WebSocketServer({ server: http });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    const { port } = http.address() as AddressInfo;
    return new FaultProxy(http, wss, `http://127.0.0.1:${port}`, targetUrl, seed, plan);
  }

  /** Stops injecting faults: from now on messages pass at once, and held updates go out. */
  heal(): void {
    this.plan = noFaults;
    for (const lane of this.lanes) lane.release();
  }

  /** Sends new connections to another server (a restarted one on a new port). */
  retarget(targetUrl: string): void {
    this.targetUrl = targetUrl;
  }

  /** Cuts every open connection now (clients reconnect on their own). */
  dropAll(): void {
    for (const socket of this.wss.clients) socket.terminate();
  }

  async close(): Promise<void> {
    for (const lane of this.lanes) lane.stop();
    for (const socket of this.wss.clients) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private handle(client: WebSocket, request: IncomingMessage): void {
    this.counts.connections++;
    const path = request.url ?? '/';
    const clientKey = new URL(path, 'http://proxy').searchParams.get('client') ?? 'anonymous';
    const attempt = (this.connectionsByClient.get(clientKey) ?? 0) + 1;
    this.connectionsByClient.set(clientKey, attempt);
    const random = seededRandom(deriveSeed(this.seed, clientKey, attempt));
    const upstream = new WebSocket(`${this.targetUrl.replace(/^http/, 'ws')}${path}`);
    const early: Uint8Array[] = [];

    let closed = false;
    const cut = () => {
      const plan = this.plan;
      const drops = this.dropsByClient.get(clientKey) ?? 0;
      if (closed || plan.dropChance === 0 || drops >= plan.maxDropsPerClient) return closed;
      if (random() >= plan.dropChance) return false;
      this.dropsByClient.set(clientKey, drops + 1);
      this.counts.drops++;
      shutDown();
      return true;
    };
    const toServer = new Lane(
      random,
      () => this.plan,
      (message) => {
        this.counts.messages++;
        if (upstream.readyState === WebSocket.OPEN) upstream.send(message);
        else if (upstream.readyState === WebSocket.CONNECTING) early.push(message);
      },
      cut,
      this.counts,
    );
    const toClient = new Lane(
      random,
      () => this.plan,
      (message) => {
        this.counts.messages++;
        if (client.readyState === WebSocket.OPEN) client.send(message);
      },
      cut,
      this.counts,
    );
    this.lanes.add(toServer).add(toClient);
    const shutDown = (code?: number, reason?: Buffer) => {
      if (closed) return;
      closed = true;
      toServer.stop();
      toClient.stop();
      this.lanes.delete(toServer);
      this.lanes.delete(toClient);
      // A close code the server chose (a refusal) reaches the client; anything else is a cut.
      if (code !== undefined && code >= 4000) client.close(code, reason);
      else client.terminate();
      upstream.terminate();
    };

    upstream.on('open', () => {
      for (const message of early.splice(0)) upstream.send(message);
    });
    upstream.on('message', (data: Buffer) => toClient.push(new Uint8Array(data)));
    upstream.on('close', (code: number, reason: Buffer) => shutDown(code, reason));
    upstream.on('error', () => shutDown());
    client.on('message', (data: Buffer) => toServer.push(new Uint8Array(data)));
    client.on('close', () => shutDown());
    client.on('error', () => shutDown());
  }
}
