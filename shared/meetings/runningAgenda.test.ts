import { describe, expect, it } from 'vitest';
import {
  actualMinutes,
  type AgendaCommand,
  agendaRemainingMs,
  applyAgendaCommand,
  emptyRunningAgenda,
  refuseAgendaCommand,
  type RunningAgenda,
} from './runningAgenda';

const MIN = 60_000;
const t0 = Date.UTC(2026, 11, 7, 15, 0, 0);
const items = [
  { id: 'a', title: 'Welcome', minutes: 5 },
  { id: 'b', title: 'Exit tickets', minutes: 20 },
  { id: 'c', title: 'Next steps', minutes: 10 },
];

/** Applies commands at minutes after t0, checking each is allowed. */
function run(commands: [number, AgendaCommand][], agenda = items): RunningAgenda {
  let state = emptyRunningAgenda;
  for (const [at, command] of commands) {
    expect(refuseAgendaCommand(state, command, agenda)).toBeNull();
    state = applyAgendaCommand(state, command, agenda, t0 + at * MIN);
  }
  return state;
}

describe('running agenda', () => {
  it('counts the current item down from when it was taken up', () => {
    const state = run([[0, { type: 'start', itemId: 'a' }]]);
    expect(state.current).toEqual({
      itemId: 'a',
      title: 'Welcome',
      plannedMinutes: 5,
      startedAt: t0,
    });
    expect(agendaRemainingMs(state.current!, t0 + 1.5 * MIN)).toBe(3.5 * MIN);
    expect(agendaRemainingMs(state.current!, t0 + 6 * MIN)).toBe(-1 * MIN);
  });

  it('records planned against actual minutes as the facilitator moves on', () => {
    const state = run([
      [0, { type: 'start', itemId: 'a' }],
      [7, { type: 'next' }],
      [25, { type: 'next' }],
      [31, { type: 'next' }],
    ]);
    expect(state.current).toBeNull();
    expect(state.times.map((t) => [t.itemId, t.plannedMinutes, actualMinutes(t.spentMs)])).toEqual([
      ['a', 5, 7],
      ['b', 20, 18],
      ['c', 10, 6],
    ]);
  });

  it('adds up an item taken up twice and keeps the time box it was left with', () => {
    const edited = items.map((i) => (i.id === 'b' ? { ...i, minutes: 25 } : i));
    const state = run([
      [0, { type: 'start', itemId: 'b' }],
      [4, { type: 'start', itemId: 'a' }],
      [6, { type: 'start', itemId: 'b' }],
    ]);
    const finished = applyAgendaCommand(state, { type: 'finish' }, edited, t0 + 16 * MIN);
    expect(finished.times).toEqual([
      { itemId: 'b', title: 'Exit tickets', plannedMinutes: 25, spentMs: 14 * MIN },
      { itemId: 'a', title: 'Welcome', plannedMinutes: 5, spentMs: 2 * MIN },
    ]);
  });

  it('finishes on next when the current item was removed from the agenda', () => {
    const state = run([[0, { type: 'start', itemId: 'b' }]]);
    const without = items.filter((i) => i.id !== 'b');
    const next = applyAgendaCommand(state, { type: 'next' }, without, t0 + 3 * MIN);
    expect(next.current).toBeNull();
    expect(next.times).toEqual([
      { itemId: 'b', title: 'Exit tickets', plannedMinutes: 20, spentMs: 3 * MIN },
    ]);
  });

  it('refuses an unknown item, the item already under way, and moving on with none', () => {
    expect(
      refuseAgendaCommand(emptyRunningAgenda, { type: 'start', itemId: 'x' }, items)?.code,
    ).toBe('item_not_found');
    expect(refuseAgendaCommand(emptyRunningAgenda, { type: 'next' }, items)?.code).toBe(
      'invalid_state',
    );
    expect(refuseAgendaCommand(emptyRunningAgenda, { type: 'finish' }, items)?.code).toBe(
      'invalid_state',
    );
    const state = run([[0, { type: 'start', itemId: 'a' }]]);
    expect(refuseAgendaCommand(state, { type: 'start', itemId: 'a' }, items)?.code).toBe(
      'invalid_state',
    );
  });

  it('rounds actual minutes to the nearest and never counts a clock running backwards', () => {
    expect(actualMinutes(29_999)).toBe(0);
    expect(actualMinutes(30_000)).toBe(1);
    const state = run([[0, { type: 'start', itemId: 'a' }]]);
    const back = applyAgendaCommand(state, { type: 'finish' }, items, t0 - MIN);
    expect(back.times[0]?.spentMs).toBe(0);
  });
});
