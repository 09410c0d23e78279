import type { PeerKind } from '../peers/startPeer';

/** One load shape, run the same way against every peer. */
export interface Scenario {
  id: string;
  title: string;
  rooms: number;
  editorsPerRoom: number;
  viewersPerRoom: number;
  /** Average typing rate of each editor, in characters per second (0: cursors only). */
  charsPerSecond: number;
  /** Cursor moves per second of each editor, besides the one at the start of each burst. */
  cursorHz?: number;
  /** Extra clients that connect, sync and leave, per minute, during the run (S6). */
  churnPerMinute?: number;
  /** Environment for our server in this scenario (S6 injects slow saves). */
  ourEnv?: Record<string, string>;
  /** Only these peers (S7 compares ours on one instance with ours on two). */
  peers?: readonly PeerKind[];
  /** Steps of S2: the same peer process, a fresh room per step, until p99 passes the limit. */
  ramp?: { editors: readonly number[]; stopAboveP99Ms: number };
  /** Typing before measurement starts (connections and JIT settle). */
  warmupMs: number;
  durationMs: number;
  /** How long to wait after the last keystroke for deliveries still in flight. */
  drainMs: number;
}

/** How long and how large: `full` for figures, `short` under 2 minutes, `tiny` for the test. */
export type BenchMode = 'full' | 'short' | 'tiny';

const s1 = (durationMs: number, warmupMs: number): Scenario => ({
  id: 'S1',
  title: '1 room, 30 editors ~5 chars/s in bursts + cursors, 1 viewer',
  rooms: 1,
  editorsPerRoom: 30,
  viewersPerRoom: 1,
  charsPerSecond: 5,
  warmupMs,
  durationMs,
  drainMs: 3_000,
});

const s2 = (editors: readonly number[], durationMs: number): Scenario => ({
  ...s1(durationMs, 2_000),
  id: 'S2',
  title: `S1 with more editors per step (${editors.join(', ')}) until p99 passes 20 ms`,
  ramp: { editors, stopAboveP99Ms: 20 },
});

const s3 = (rooms: number, durationMs: number, warmupMs: number): Scenario => ({
  id: 'S3',
  title: `${rooms} rooms × 10 editors at 2 chars/s`,
  rooms,
  editorsPerRoom: 10,
  viewersPerRoom: 0,
  charsPerSecond: 2,
  warmupMs,
  durationMs,
  drainMs: 3_000,
});

const s6 = (durationMs: number): Scenario => ({
  ...s1(durationMs, 2_000),
  id: 'S6',
  title: 'S1 plus 1,000 connects and disconnects a minute, our saves slowed by 500 ms',
  churnPerMinute: 1_000,
  ourEnv: { BENCH_SAVE_DELAY_MS: '500' },
});

const s7 = (durationMs: number): Scenario => ({
  ...s1(durationMs, 2_000),
  id: 'S7',
  title: 'S1 on ours, one instance against two instances over Redis (clients alternate)',
  peers: ['ours', 'ours-redis'],
});

const s8 = (durationMs: number): Scenario => ({
  id: 'S8',
  title: '1 room, 30 cursors moving at 20 Hz, 1 viewer',
  rooms: 1,
  editorsPerRoom: 30,
  viewersPerRoom: 1,
  charsPerSecond: 0,
  cursorHz: 20,
  warmupMs: 1_000,
  durationMs,
  drainMs: 2_000,
});

/** The scenarios of a mode, in run order. */
/** S3 made longer or smaller (`--s3-minutes`, `--s3-rooms`): the 10-minute memory run. */
export interface S3Override {
  rooms?: number;
  minutes?: number;
}

export function scenariosFor(mode: BenchMode, s3Override: S3Override = {}): Scenario[] {
  if (mode === 'tiny') {
    return [
      {
        ...s1(1_200, 300),
        id: 'S1-tiny',
        title: '1 room, 5 editors, 1 viewer',
        editorsPerRoom: 5,
      },
    ];
  }
  if (mode === 'short') return [s1(6_000, 1_000), s3(50, 6_000, 1_000), s8(4_000)];
  return [
    s1(20_000, 2_000),
    s2([30, 60, 90, 120, 150, 180], 6_000),
    s3(s3Override.rooms ?? 200, (s3Override.minutes ?? 1) * 60_000, 3_000),
    s6(30_000),
    s7(20_000),
    s8(15_000),
  ];
}
