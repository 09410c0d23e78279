import { describe, expect, it } from 'vitest';
import { cycleStateLabel, cycleTitle, measureName, strategyLabel } from './cycleLabels';

describe('cycle labels', () => {
  it('titles a cycle by its number and change idea', () => {
    expect(cycleTitle(2, ' Exit tickets every Friday ')).toBe('Cycle 2: Exit tickets every Friday');
    expect(cycleTitle(1, '  ')).toBe('Cycle 1: Improvement cycle');
  });

  it('says whether a cycle is open or how it closed', () => {
    expect(cycleStateLabel({ outcome: null, closedAt: null })).toBe('Open');
    expect(cycleStateLabel({ outcome: 'adopt', closedAt: '2026-10-30T12:00:00Z' })).toBe(
      'Closed: Adopt',
    );
  });

  it('reads a strategy as "If we … then …"', () => {
    expect(strategyLabel({ practiceIf: 'model reasoning', practiceThen: 'students explain' })).toBe(
      'If we model reasoning then students explain',
    );
    expect(strategyLabel({ practiceIf: 'model reasoning', practiceThen: '' })).toBe(
      'If we model reasoning then …',
    );
    expect(strategyLabel({ practiceIf: '', practiceThen: '' })).toBe('A strategy not written yet');
  });

  it('names a measure by its name, or by its place before it has one', () => {
    const measures = [
      { id: 'a', name: 'Exit tickets correct' },
      { id: 'b', name: ' ' },
    ];
    expect(measureName(measures, 'a')).toBe('Exit tickets correct');
    expect(measureName(measures, 'b')).toBe('Measure 2');
    expect(measureName(measures, 'c')).toBe('A removed measure');
  });
});
