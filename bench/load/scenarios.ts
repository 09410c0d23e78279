/** One load shape, run the same way against every peer. */
export interface Scenario {
  id: string;
  title: string;
  rooms: number;
  editorsPerRoom: number;
  viewersPerRoom: number;
  /** Average typing rate of each editor, in characters per second. */
  charsPerSecond: number;
  /** Typing before measurement starts (connections and JIT settle). */
  warmupMs: number;
  durationMs: number;
  /** How long to wait after the last keystroke for deliveries still in flight. */
  drainMs: number;
}

/** How long and how large: `full` for figures, `short` under 2 minutes, `tiny` for the test. */
export type BenchMode = 'full' | 'short' | 'tiny';

const s1 = (editors: number, durationMs: number, warmupMs: number): Scenario => ({
  id: editors === 30 ? 'S1' : `S2@${editors}`,
  title: `1 room, ${editors} editors ~5 chars/s in bursts + cursors, 1 viewer`,
  rooms: 1,
  editorsPerRoom: editors,
  viewersPerRoom: 1,
  charsPerSecond: 5,
  warmupMs,
  durationMs,
  drainMs: 3_000,
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

/** The scenarios of a mode, in run order. S2 is a coarse ramp of S1 (full mode only). */
export function scenariosFor(mode: BenchMode): Scenario[] {
  if (mode === 'tiny') {
    return [{ ...s1(5, 1_200, 300), id: 'S1-tiny', title: '1 room, 5 editors, 1 viewer' }];
  }
  if (mode === 'short') return [s1(30, 6_000, 1_000), s3(50, 6_000, 1_000)];
  return [
    s1(30, 20_000, 2_000),
    s1(60, 15_000, 2_000),
    s1(90, 15_000, 2_000),
    s3(200, 20_000, 3_000),
  ];
}
