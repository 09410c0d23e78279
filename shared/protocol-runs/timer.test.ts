import { describe, expect, it } from 'vitest';
import {
  actualMsByStep,
  applyTimerCommand,
  elapsedMs,
  formatClock,
  initialTimer,
  refuseCommand,
  remainingMs,
  type TimerCommand,
  type TimerState,
} from './timer';

const steps = [
  { id: 'a', minutes: 5 },
  { id: 'b', minutes: 10 },
  { id: 'c', minutes: 2 },
];
const MIN = 60_000;
const t0 = Date.UTC(2026, 10, 22, 15, 0, 0);

/** Runs commands at the given server times and returns the state and visits. */
function run(commands: [number, TimerCommand][]) {
  let timer: TimerState = initialTimer;
  const visits = [];
  for (const [at, command] of commands) {
    const next = applyTimerCommand(timer, command, steps, t0 + at);
    timer = next.timer;
    if (next.visit) visits.push(next.visit);
  }
  return { timer, visits };
}

describe('protocol timer', () => {
  it('counts down the current step from the server start time', () => {
    const { timer } = run([[0, { type: 'start' }]]);
    expect(remainingMs(timer, steps[0]!, t0)).toBe(5 * MIN);
    expect(remainingMs(timer, steps[0]!, t0 + 90_000)).toBe(3.5 * MIN);
    expect(formatClock(remainingMs(timer, steps[0]!, t0 + 90_000))).toBe('3:30');
  });

  it('stands still while paused and resumes where it was', () => {
    const { timer } = run([
      [0, { type: 'start' }],
      [60_000, { type: 'pause' }],
    ]);
    expect(remainingMs(timer, steps[0]!, t0 + 10 * MIN)).toBe(4 * MIN);
    const resumed = applyTimerCommand(timer, { type: 'resume' }, steps, t0 + 10 * MIN).timer;
    expect(remainingMs(resumed, steps[0]!, t0 + 10 * MIN)).toBe(4 * MIN);
    expect(remainingMs(resumed, steps[0]!, t0 + 11 * MIN)).toBe(3 * MIN);
  });

  it('adds and removes minutes, never below zero planned time', () => {
    const { timer } = run([
      [0, { type: 'start' }],
      [0, { type: 'add-time', minutes: 2 }],
    ]);
    expect(remainingMs(timer, steps[0]!, t0)).toBe(7 * MIN);
    const cut = applyTimerCommand(timer, { type: 'add-time', minutes: -30 }, steps, t0).timer;
    expect(remainingMs(cut, steps[0]!, t0)).toBe(0);
  });

  it('shows overtime as negative time, formatted with a plus sign', () => {
    const { timer } = run([[0, { type: 'start' }]]);
    const over = remainingMs(timer, steps[0]!, t0 + 6 * MIN + 5_000);
    expect(over).toBe(-65_000);
    expect(formatClock(over)).toBe('+1:05');
  });

  it('moves between steps, records each visit, and ends after the last step', () => {
    const { timer, visits } = run([
      [0, { type: 'start' }],
      [4 * MIN, { type: 'next' }],
      [5 * MIN, { type: 'pause' }],
      [7 * MIN, { type: 'resume' }],
      [8 * MIN, { type: 'previous' }],
      [9 * MIN, { type: 'next' }],
      [12 * MIN, { type: 'next' }],
      [15 * MIN, { type: 'next' }],
    ]);
    expect(timer.status).toBe('ended');
    expect(visits.map((v) => [v.stepId, v.elapsedMs / MIN])).toEqual([
      ['a', 4],
      ['b', 2],
      ['a', 1],
      ['b', 3],
      ['c', 3],
    ]);
    expect(Object.fromEntries(actualMsByStep(visits))).toEqual({
      a: 5 * MIN,
      b: 5 * MIN,
      c: 3 * MIN,
    });
  });

  it('keeps a paused timer paused when the step changes', () => {
    const { timer } = run([
      [0, { type: 'start' }],
      [MIN, { type: 'pause' }],
      [2 * MIN, { type: 'next' }],
    ]);
    expect(timer.status).toBe('paused');
    expect(timer.stepIndex).toBe(1);
    expect(remainingMs(timer, steps[1]!, t0 + 20 * MIN)).toBe(10 * MIN);
  });

  it('gives every device the same time whatever its own clock says', () => {
    const { timer } = run([[0, { type: 'start' }]]);
    const serverNow = t0 + 100_000;
    // Two devices whose clocks are 47 s fast and 3 min slow, each with its measured offset.
    const devices = [
      { clock: serverNow + 47_000, offset: -47_000 },
      { clock: serverNow - 180_000, offset: 180_000 },
    ];
    const shown = devices.map((d) =>
      formatClock(remainingMs(timer, steps[0]!, d.clock + d.offset)),
    );
    expect(shown).toEqual(['3:20', '3:20']);
  });

  it('refuses commands that do not apply', () => {
    expect(refuseCommand(initialTimer, { type: 'pause' }, 3)).toMatch(/not running/);
    expect(refuseCommand(initialTimer, { type: 'next' }, 3)).toMatch(/not in progress/);
    const { timer } = run([[0, { type: 'start' }]]);
    expect(refuseCommand(timer, { type: 'start' }, 3)).toMatch(/already started/);
    expect(refuseCommand(timer, { type: 'previous' }, 3)).toMatch(/first step/);
    expect(() => applyTimerCommand(timer, { type: 'resume' }, steps, t0)).toThrow(/not paused/);
    expect(elapsedMs(initialTimer, t0)).toBe(0);
  });
});
