import { describe, expect, it } from 'vitest';
import { aimAt, median, runChart, trendOf } from './progress';

const rising = {
  baseline: { date: '2026-09-01', value: 30 },
  target: { date: '2027-05-01', value: 70 },
};
const falling = {
  baseline: { date: '2026-09-01', value: 20 },
  target: { date: '2027-05-01', value: 10 },
};

describe('progress against the aim line', () => {
  it('draws the aim straight from baseline to target, held beyond both ends', () => {
    expect(aimAt(rising, '2026-09-01')).toBe(30);
    expect(aimAt(rising, '2027-05-01')).toBe(70);
    expect(aimAt(rising, '2026-05-01')).toBe(30);
    expect(aimAt(rising, '2028-01-01')).toBe(70);
    // 1 January 2027 is 122 of the 242 days.
    expect(aimAt(rising, '2027-01-01')).toBeCloseTo(30 + (122 / 242) * 40, 6);
  });

  it('says ahead, on track or behind, with lower better when the target is below the baseline', () => {
    expect(trendOf(rising, { date: '2027-01-01', value: 60 })).toBe('ahead');
    expect(trendOf(rising, { date: '2027-01-01', value: 50 })).toBe('on-track');
    expect(trendOf(rising, { date: '2027-01-01', value: 35 })).toBe('behind');
    expect(trendOf(falling, { date: '2027-01-01', value: 12 })).toBe('ahead');
    expect(trendOf(falling, { date: '2027-01-01', value: 19 })).toBe('behind');
  });

  it('takes the median of an odd or even number of values', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('charts the baseline, each point and the target in date order', () => {
    const chart = runChart(rising, [
      { date: '2027-01-15', value: 52 },
      { date: '2026-11-15', value: 41 },
    ]);
    expect(chart.rows.map((row) => [row.date, row.value])).toEqual([
      ['2026-09-01', 30],
      ['2026-11-15', 41],
      ['2027-01-15', 52],
      ['2027-05-01', null],
    ]);
    expect(chart.rows.every((row) => row.median === 41)).toBe(true);
    expect(chart.trend).toBe('on-track');
    expect(runChart(rising, []).trend).toBeNull();
  });
});
