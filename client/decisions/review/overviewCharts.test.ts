import { describe, expect, it } from 'vitest';
import type { ReviewOverview } from '../../../shared/api/review';
import { followUpRows, monthRows, statusRows, totalOf } from './overviewCharts';

const overview: ReviewOverview = {
  byStatus: [
    { status: 'decided', count: 4 },
    { status: 'proposed', count: 2 },
  ],
  byMonth: [
    { month: '2026-01', count: 1 },
    { month: '2026-02', count: 5 },
  ],
  followUps: { open: 5, overdue: 2, done: 7 },
};

describe('overview charts', () => {
  it('lists every status in order, empty ones as zero', () => {
    const rows = statusRows(overview);
    expect(rows.map((row) => row.label)).toEqual([
      'Proposed',
      'Decided',
      'In progress',
      'Done',
      'Revisited',
      'Superseded',
    ]);
    expect(rows.map((row) => row.count)).toEqual([2, 4, 0, 0, 0, 0]);
    expect(totalOf(rows)).toBe(6);
  });

  it('names the months', () => {
    expect(monthRows(overview)).toEqual([
      { label: 'Jan 2026', count: 1 },
      { label: 'Feb 2026', count: 5 },
    ]);
  });

  it('splits follow-ups into parts that add up (overdue ones are among the open)', () => {
    const rows = followUpRows(overview);
    expect(rows.map(({ label, count }) => [label, count])).toEqual([
      ['Open, on time', 3],
      ['Overdue', 2],
      ['Done', 7],
    ]);
    expect(totalOf(rows)).toBe(12);
  });
});
