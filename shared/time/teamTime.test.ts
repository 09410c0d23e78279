import { describe, expect, it } from 'vitest';
import { daysUntil, formatCalendarDate, isOverdue, todayIn } from './teamTime';

describe('team time', () => {
  // 02:30 UTC on Saturday 7 March is still Friday 6 March in Chicago.
  const saturdayUtc = new Date('2026-03-07T02:30:00Z');

  it('takes today from the team time zone, not from UTC', () => {
    expect(todayIn('UTC', saturdayUtc)).toBe('2026-03-07');
    expect(todayIn('America/Chicago', saturdayUtc)).toBe('2026-03-06');
  });

  it('judges a follow-up overdue in the team time zone', () => {
    expect(isOverdue('2026-03-06', 'UTC', saturdayUtc)).toBe(true);
    expect(isOverdue('2026-03-06', 'America/Chicago', saturdayUtc)).toBe(false);
    expect(isOverdue('2026-03-05', 'America/Chicago', saturdayUtc)).toBe(true);
  });

  it('counts days until a date in the team time zone', () => {
    expect(daysUntil('2026-03-09', 'America/Chicago', saturdayUtc)).toBe(3);
    expect(daysUntil('2026-03-06', 'UTC', saturdayUtc)).toBe(-1);
  });

  it('shows a calendar date as the same day wherever the browser is', () => {
    expect(formatCalendarDate('2026-03-06', 'en-US')).toBe('Friday, March 6, 2026');
  });
});
