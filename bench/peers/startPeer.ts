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

/** The four servers compared, in the order they are run and reported. */
export const peerKinds = ['relay', 'reference', 'hocuspocus', 'ours'] as const;
export type PeerKind = (typeof peerKinds)[number];

/** Where one simulated room lives on a peer and how to get in. */
export interface RoomAccess {
  url: string;
  documentName: string;
  /** Token of a user who may write (empty where the peer has no authentication). */
  token: string;
  /** Token of a user who may only read. */
  viewerToken: string;
}

/** A peer server running in its own process. */
export interface RunningPeer {
  kind: PeerKind;
  protocol: WireProtocol;
  pid: number;
  /** Prepares `count` rooms (teams and users on our server). */
  openRooms(count: number): Promise<RoomAccess[]>;
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

/** Starts a command (on core 0 when `pin`) and resolves with the port it prints. */
function spawnServer(args: string[], env: Record<string, string>, pin: boolean) {
  const [command, ...rest] = pin && hasTaskset ? ['taskset', '-c', '0', ...args] : args;
  const child = spawn(command ?? process.execPath, rest, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = new Promise<number>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /PORT=(\d+)|Listening on http:\/\/[^\s]+:(\d+)/.exec(output);
      const found = match?.[1] ?? match?.[2];
      if (found) resolve(Number(found));
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`${args.join(' ')} exited (${code}):\n${output}`)),
    );
  });
  return { child, port };
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

const scriptOf: Record<Exclude<PeerKind, 'ours'>, string> = {
  relay: 'bench/peers/relayServer.ts',
  reference: 'bench/peers/referenceServer.ts',
  hocuspocus: 'bench/peers/hocuspocusServer.ts',
};

async function startOurs(backend: OurBackend, pin: boolean): Promise<RunningPeer> {
  const database = backend === 'postgres' ? await createBenchDatabase() : null;
  const dataDir = backend === 'pglite' ? mkdtempSync(join(tmpdir(), 'ilt-bench-')) : null;
  const env = {
    PORT: '0',
    HOST: '127.0.0.1',
    SERVE_CLIENT: 'false',
    LOG_LEVEL: 'warn',
    ...(database ? { DATABASE_URL: database.url } : { DATA_DIR: dataDir ?? '' }),
  };
  // `BENCH_PROFILE_DIR=/tmp/prof npm run bench …` writes a V8 CPU profile of our server.
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const script = [process.execPath, ...profile, '--import', 'tsx', 'server/start.ts'];
  const { child, port } = spawnServer(script, env, pin);
  const cleanUp = async () => {
    await stopChild(child);
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  let baseUrl: string;
  try {
    baseUrl = `http://127.0.0.1:${await port}`;
  } catch (error) {
    await cleanUp();
    throw error;
  }
  return {
    kind: 'ours',
    protocol: 'hocuspocus',
    pid: child.pid ?? 0,
    async openRooms(count) {
      const principal = await signUp(baseUrl, 'Bench principal');
      const viewer = await signUp(baseUrl, 'Bench viewer');
      const rooms: RoomAccess[] = [];
      for (let i = 0; i < count; i++) {
        const teamId = await createTeam(baseUrl, principal, `Bench team ${i}`);
        await addToTeam(baseUrl, principal, teamId, viewer, 'viewer');
        rooms.push({
          url: `${baseUrl.replace(/^http/, 'ws')}/collab`,
          documentName: purposeDocumentName(teamId),
          token: principal.token,
          viewerToken: viewer.token,
        });
      }
      return rooms;
    },
    stop: cleanUp,
  };
}

/** Starts one peer in its own process; `pin` puts it on core 0 when `taskset` exists. */
export async function startPeer(kind: PeerKind, backend: OurBackend = 'postgres', pin = false) {
  if (kind === 'ours') return startOurs(backend, pin);
  const script = [process.execPath, '--import', 'tsx', scriptOf[kind]];
  const { child, port } = spawnServer(script, {}, pin);
  const base = `ws://127.0.0.1:${await port}`;
  const run = Math.random().toString(36).slice(2, 8);
  const peer: RunningPeer = {
    kind,
    protocol: kind === 'hocuspocus' ? 'hocuspocus' : kind === 'relay' ? 'raw' : 'y-websocket',
    pid: child.pid ?? 0,
    async openRooms(count) {
      return Array.from({ length: count }, (_, i) => {
        const documentName = `bench-${run}-${i}`;
        // Hocuspocus names documents in its messages; the others by URL path.
        const url = kind === 'hocuspocus' ? base : `${base}/${documentName}`;
        return { url, documentName, token: 'bench', viewerToken: 'bench' };
      });
    },
    stop: () => stopChild(child),
  };
  return peer;
}
