import { describe, expect, it } from 'vitest';
import type { ProtocolStep } from '../../shared/protocol-runs/protocolSchema';
import type { Board } from '../../shared/protocol-runs/runBoardDoc';
import { contributionsByStep, formatDuration, stepTimes } from './runSummaryData';

const step = (id: string, minutes: number, columns: string[]): ProtocolStep => ({
  id,
  title: id,
  minutes,
  prompt: 'p',
  speaking: 'everyone',
  columns,
  collect: 'open',
});
const steps = [step('a', 5, ['Notice']), step('b', 10, ['Warm', 'Cool']), step('c', 3, [])];

describe('run summary data', () => {
  it('formats durations in minutes and seconds', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(45_400)).toBe('45 s');
    expect(formatDuration(300_000)).toBe('5 min');
    expect(formatDuration(272_000)).toBe('4 min 32 s');
  });

  it('adds up visits per step and marks unreached steps', () => {
    const visits = [
      { stepId: 'a', startedAt: 0, endedAt: 1, elapsedMs: 240_000 },
      { stepId: 'b', startedAt: 1, endedAt: 2, elapsedMs: 60_000 },
      { stepId: 'a', startedAt: 2, endedAt: 3, elapsedMs: 30_000 },
    ];
    expect(stepTimes(steps, visits).map((row) => [row.plannedMs, row.actualMs])).toEqual([
      [300_000, 270_000],
      [600_000, 60_000],
      [180_000, null],
    ]);
  });

  it('lists cards by step and column with their group titles', () => {
    const card = (id: string, stepId: string, column: string, groupId: string | null = null) => ({
      id,
      stepId,
      column,
      text: id,
      author: null,
      createdAt: 0,
      groupId,
      votes: 0,
    });
    const board: Board = {
      cards: [card('1', 'b', 'Cool', 'g'), card('2', 'b', 'Warm'), card('3', 'a', 'Notice')],
      groups: [{ id: 'g', stepId: 'b', title: 'Pacing' }],
      normRatings: {},
    };
    const result = contributionsByStep(steps, board);
    expect(result.map((s) => [s.step.id, s.columns.map((c) => c.name)])).toEqual([
      ['a', ['Notice']],
      ['b', ['Warm', 'Cool']],
    ]);
    expect(result[1]?.columns[1]?.cards[0]?.groupTitle).toBe('Pacing');
  });
});
