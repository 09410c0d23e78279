import { describe, expect, it } from 'vitest';
import { relativeDayLabel, timeZoneNote } from './meetingDates';

describe('meeting dates', () => {
  // 02:30 UTC on Saturday 7 March is still Friday 6 March in Chicago.
  const saturdayUtc = new Date('2026-03-07T02:30:00Z');

  it('names today, tomorrow and yesterday in the team time zone', () => {
    expect(relativeDayLabel('2026-03-06', 'America/Chicago', saturdayUtc)).toBe('Today');
    expect(relativeDayLabel('2026-03-06', 'UTC', saturdayUtc)).toBe('Yesterday');
    expect(relativeDayLabel('2026-03-07', 'America/Chicago', saturdayUtc)).toBe('Tomorrow');
    expect(relativeDayLabel('2026-03-20', 'America/Chicago', saturdayUtc)).toBeNull();
  });

  it('writes zone names with spaces', () => {
    expect(timeZoneNote('America/New_York')).toBe('America/New York time');
  });
});
