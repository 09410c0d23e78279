import { describe, expect, it } from 'vitest';
import { cycleMeasureChart, meanByDate } from './cycleChart';

const aim = { baselineValue: 40, targetValue: 60, startDate: '2026-10-01', endDate: '2026-10-29' };

describe('a cycle measure run chart', () => {
  it('plots several values on one date as their mean, in date order', () => {
    expect(
      meanByDate([
        { date: '2026-10-15', value: 50 },
        { date: '2026-10-08', value: 44 },
        { date: '2026-10-15', value: 56 },
      ]),
    ).toEqual([
      { date: '2026-10-08', value: 44 },
      { date: '2026-10-15', value: 53 },
    ]);
  });

  it('draws the aim from the baseline at the start date to the target at the end date', () => {
    const chart = cycleMeasureChart(aim, [{ date: '2026-10-15', value: 56 }]);
    expect(chart.hasAim).toBe(true);
    expect(chart.rows.map((row) => [row.date, row.value, row.aim])).toEqual([
      ['2026-10-01', 40, 40],
      ['2026-10-15', 56, 50],
      ['2026-10-29', null, 60],
    ]);
    expect(chart.median).toBe(48);
    expect(chart.trend).toBe('ahead');
  });

  it('has no trend before anything was measured after the baseline', () => {
    const chart = cycleMeasureChart(aim, []);
    expect(chart.trend).toBeNull();
    expect(chart.rows).toHaveLength(2);
  });

  it('shows the points and their median only without a target or dates', () => {
    const chart = cycleMeasureChart({ ...aim, targetValue: null }, [
      { date: '2026-10-15', value: 5 },
      { date: '2026-10-08', value: 3 },
      { date: '2026-10-22', value: 10 },
    ]);
    expect(chart.hasAim).toBe(false);
    expect(chart.trend).toBeNull();
    expect(chart.median).toBe(5);
    expect(chart.rows).toEqual([
      { date: '2026-10-08', value: 3, aim: null, median: 5 },
      { date: '2026-10-15', value: 5, aim: null, median: 5 },
      { date: '2026-10-22', value: 10, aim: null, median: 5 },
    ]);
    expect(cycleMeasureChart({ ...aim, startDate: null }, []).rows).toEqual([]);
  });
});
