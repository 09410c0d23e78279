import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addToTeam, createTeam, signUp } from '../../server/testing/apiClient';
import { purposeDocumentName } from '../../shared/documents/documentName';
import type { WireProtocol } from '../load/protocol';
import { createBenchDatabase } from './benchDatabase';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The servers compared, in the order they are run and reported: the four of the issue, then
 * ours with durability off (what durability costs) and ours as two instances over Redis.
 */
export const peerKinds = [
  'relay',
  'reference',
  'hocuspocus',
  'ours',
  'ours-volatile',
  'ours-redis',
] as const;
export type PeerKind = (typeof peerKinds)[number];
/** Run when no `--peers` is given; `ours-redis` belongs to S7. */
export const defaultPeerKinds: readonly PeerKind[] = [
  'relay',
  'reference',
  'hocuspocus',
  'ours',
  'ours-volatile',
];

/** Where one simulated room lives on a peer and how to get in. */
export interface RoomAccess {
  /** The socket URL; `urls` lists one per instance where there are several. */
  url: string;
  urls: string[];
  documentName: string;
  /** Token of a user who may write (empty where the peer has no authentication). */
  token: string;
  /** Token of a user who may only read. */
  viewerToken: string;
}

/** What the server process says of itself (see serverProbe.ts). */
export interface ServerStats {
  loopP50Ms: number;
  loopP99Ms: number;
  loopMaxMs: number;
  heapUsedMiB: number;
  externalMiB: number;
  rssMiB: number;
}

/** A peer server running in its own process (or processes). */
export interface RunningPeer {
  kind: PeerKind;
  protocol: WireProtocol;
  /** The processes whose CPU counts as the server's. */
  pids: number[];
  /** Prepares `count` rooms (teams and users on our server). */
  openRooms(count: number): Promise<RoomAccess[]>;
  /**
   * Event-loop delay since the previous call, and memory: after a full collection when
   * `collect` (the default), which pauses the server for a moment.
   */
  stats(collect?: boolean): Promise<ServerStats>;
  stop(): Promise<void>;
}

/** Where our server keeps its data: a fresh Postgres database (default) or a PGlite folder. */
export type OurBackend = 'postgres' | 'pglite';

const hasTaskset = spawnSync('which', ['taskset']).status === 0;

/** Pins the calling process (the load generator) to core 1, the servers get core 0. */
export function pinLoadGenerator(): boolean {
  if (!hasTaskset) return false;
  return spawnSync('taskset', ['-cp', '1', String(process.pid)]).status === 0;
}

interface ServerProcess {
  child: ChildProcess;
  port: Promise<number>;
  stats(collect?: boolean): Promise<ServerStats>;
}

/** Node with the probe: `--expose-gc` lets it measure memory after a full collection. */
function nodeArgs(script: string): string[] {
  // `BENCH_PROFILE_DIR=/tmp/prof npm run bench …` writes V8 CPU profiles of the servers.
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  return [
    process.execPath,
    '--expose-gc',
    ...profile,
    '--import',
    'tsx',
    '--import',
    './bench/peers/serverProbe.ts',
    script,
  ];
}

/** Starts a server script (on core 0 when `pin`) and resolves `port` with the port it prints. */
function spawnServer(script: string, env: Record<string, string>, pin: boolean): ServerProcess {
  const args = nodeArgs(script);
  const [command, ...rest] = pin && hasTaskset ? ['taskset', '-c', '0', ...args] : args;
  const child = spawn(command ?? process.execPath, rest, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let statsWaiters: ((stats: ServerStats) => void)[] = [];
  const port = new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const match of text.matchAll(/^BENCH_STATS (.+)$/gm)) {
        const stats = JSON.parse(match[1] ?? '{}') as ServerStats;
        const waiters = statsWaiters;
        statsWaiters = [];
        for (const waiter of waiters) waiter(stats);
      }
      const found = /PORT=(\d+)|Listening on http:\/\/[^\s]+:(\d+)/.exec(output);
      const value = found?.[1] ?? found?.[2];
      if (value) resolve(Number(value));
      if (output.length > 100_000) output = output.slice(-20_000);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited (${code}):\n${output}`)));
  });
  const stats = (collect = true) =>
    new Promise<ServerStats>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${script}: no stats`)), 30_000);
      statsWaiters.push((value) => {
        clearTimeout(timer);
        resolve(value);
      });
      child.kill(collect ? 'SIGUSR2' : 'SIGWINCH');
    });
  return { child, port, stats };
}

/** SIGTERM, then SIGKILL if the process is still there after `graceMs`. */
function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Averages the stats of several processes (memory adds up, delays take the worst). */
async function combinedStats(processes: ServerProcess[], collect = true): Promise<ServerStats> {
  const all = await Promise.all(processes.map((server) => server.stats(collect)));
  const sum = (key: keyof ServerStats) => all.reduce((total, stats) => total + stats[key], 0);
  const worst = (key: keyof ServerStats) => Math.max(...all.map((stats) => stats[key]));
  return {
    loopP50Ms: worst('loopP50Ms'),
    loopP99Ms: worst('loopP99Ms'),
    loopMaxMs: worst('loopMaxMs'),
    heapUsedMiB: sum('heapUsedMiB'),
    externalMiB: sum('externalMiB'),
    rssMiB: sum('rssMiB'),
  };
}

const scriptOf = {
  relay: 'bench/peers/relayServer.ts',
  reference: 'bench/peers/referenceServer.ts',
  hocuspocus: 'bench/peers/hocuspocusServer.ts',
} as const;

export interface OurOptions {
  backend?: OurBackend;
  /** Extra environment for our server (the churn scenario injects slow saves). */
  env?: Record<string, string>;
}

/** Ours: one instance, or two over Redis, on a fresh database; `volatile` skips the log. */
async function startOurs(
  kind: 'ours' | 'ours-volatile' | 'ours-redis',
  options: OurOptions,
  pin: boolean,
): Promise<RunningPeer> {
  const backend = kind === 'ours-redis' ? 'postgres' : (options.backend ?? 'postgres');
  const database = backend === 'postgres' ? await createBenchDatabase() : null;
  const dataDir = backend === 'pglite' ? mkdtempSync(join(tmpdir(), 'ilt-bench-')) : null;
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    SERVE_CLIENT: 'false',
    LOG_LEVEL: 'warn',
    ...(database ? { DATABASE_URL: database.url } : { DATA_DIR: dataDir ?? '' }),
    ...(kind === 'ours-volatile' ? { BENCH_WITHOUT_DURABILITY: 'true' } : {}),
    ...(kind === 'ours-redis'
      ? { REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379' }
      : {}),
    ...options.env,
  };
  const servers: ServerProcess[] = [spawnServer('server/start.ts', env, pin)];
  const cleanUp = async () => {
    await Promise.all(servers.map((server) => stopChild(server.child)));
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  let baseUrls: string[];
  try {
    // The second instance starts once the first has migrated the database.
    const first = `http://127.0.0.1:${await servers[0]?.port}`;
    baseUrls = [first];
    if (kind === 'ours-redis') {
      const second = spawnServer('server/start.ts', env, pin);
      servers.push(second);
      baseUrls.push(`http://127.0.0.1:${await second.port}`);
    }
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const [baseUrl] = baseUrls as [string];
  return {
    kind,
    protocol: 'hocuspocus',
    pids: servers.map((server) => server.child.pid ?? 0),
    async openRooms(count) {
      const principal = await signUp(baseUrl, 'Bench principal');
      const viewer = await signUp(baseUrl, 'Bench viewer');
      const urls = baseUrls.map((url) => `${url.replace(/^http/, 'ws')}/collab`);
      const rooms: RoomAccess[] = [];
      for (let i = 0; i < count; i++) {
        const teamId = await createTeam(baseUrl, principal, `Bench team ${i}`);
        await addToTeam(baseUrl, principal, teamId, viewer, 'viewer');
        rooms.push({
          url: urls[0] ?? '',
          urls,
          documentName: purposeDocumentName(teamId),
          token: principal.token,
          viewerToken: viewer.token,
        });
      }
      return rooms;
    },
    stats: (collect) => combinedStats(servers, collect),
    stop: cleanUp,
  };
}

/** Starts one peer; `pin` puts its process on core 0 when `taskset` exists. */
export async function startPeer(
  kind: PeerKind,
  options: OurOptions = {},
  pin = false,
): Promise<RunningPeer> {
  if (kind === 'ours' || kind === 'ours-volatile' || kind === 'ours-redis') {
    return startOurs(kind, options, pin);
  }
  const server = spawnServer(scriptOf[kind], {}, pin);
  const base = `ws://127.0.0.1:${await server.port}`;
  const run = Math.random().toString(36).slice(2, 8);
  return {
    kind,
    protocol: kind === 'hocuspocus' ? 'hocuspocus' : kind === 'relay' ? 'raw' : 'y-websocket',
    pids: [server.child.pid ?? 0],
    async openRooms(count) {
      return Array.from({ length: count }, (_, i) => {
        const documentName = `bench-${run}-${i}`;
        // Hocuspocus names documents in its messages; the others by URL path.
        const url = kind === 'hocuspocus' ? base : `${base}/${documentName}`;
        return { url, urls: [url], documentName, token: 'bench', viewerToken: 'bench' };
      });
    },
    stats: (collect) => combinedStats([server], collect),
    stop: () => stopChild(server.child),
  };
}
