import { describe, expect, it } from 'vitest';
import { trackerRows } from './tracker';

const goal = {
  id: 'g1',
  measure: 'Share at grade level',
  indicator: 'Students read at grade level',
  baselineValue: 40,
  baselineDate: '2026-09-01',
  targetValue: 60,
  targetDate: '2027-05-01',
  groupSize: 48,
};
const cycle = {
  id: 'c1',
  goalId: 'g1',
  number: 1,
  changeIdea: 'Partner reading',
  startDate: '2026-10-01',
  endDate: '2026-11-10',
  closed: false,
};
const measure = {
  id: 'm1',
  cycleId: 'c1',
  name: 'Fluency checks passed',
  unit: '%',
  baselineValue: 30,
  targetValue: 50,
  groupSize: 22,
};

describe('the target tracker', () => {
  it('puts each measure’s latest value against its aim line, goal first then its cycles', () => {
    const rows = trackerRows({
      goals: [goal],
      checkpoints: [
        { goalId: 'g1', date: '2026-12-01', value: 41 },
        { goalId: 'g1', date: '2027-01-15', value: 55 },
      ],
      cycles: [cycle],
      measures: [measure],
      points: [
        { cycleId: 'c1', measureId: 'm1', date: '2026-10-20', value: 38 },
        // Two classes measured on the same day count as their mean.
        { cycleId: 'c1', measureId: 'm1', date: '2026-10-20', value: 40 },
      ],
    });
    expect(rows.map((r) => [r.key, r.latest, r.trend, r.suppressed])).toEqual([
      ['goal:g1', 55, 'ahead', false],
      ['cycle:c1:m1', 39, 'on-track', false],
    ]);
    expect(rows[0]).toMatchObject({ latestDate: '2027-01-15', target: 60, goalNumber: 1 });
  });

  it('shows nothing as a figure about fewer than ten students', () => {
    const rows = trackerRows({
      goals: [{ ...goal, groupSize: 8 }],
      checkpoints: [{ goalId: 'g1', date: '2026-12-01', value: 41 }],
      cycles: [cycle],
      measures: [
        { ...measure, unit: 'students', groupSize: null, baselineValue: 3, targetValue: 12 },
      ],
      points: [{ cycleId: 'c1', measureId: 'm1', date: '2026-10-20', value: 7 }],
    });
    for (const r of rows) {
      expect(r).toMatchObject({ suppressed: true, latest: null, aim: null, target: null });
    }
    // A count of students from ten on is a group figure like any other.
    const [, counted] = trackerRows({
      goals: [goal],
      checkpoints: [],
      cycles: [cycle],
      measures: [
        { ...measure, unit: 'students', groupSize: null, baselineValue: 3, targetValue: 12 },
      ],
      points: [{ cycleId: 'c1', measureId: 'm1', date: '2026-10-20', value: 11 }],
    });
    expect(counted).toMatchObject({ suppressed: false, latest: 11 });
  });
});
