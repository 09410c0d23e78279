import { describe, expect, it } from 'vitest';
import { dueNoteOf } from './followUpDue';

describe('follow-up due notes', () => {
  // 02:30 UTC on Saturday 7 March is still Friday 6 March in Chicago.
  const saturdayUtc = new Date('2026-03-07T02:30:00Z');

  it('judges overdue in the team time zone', () => {
    const due = { dueDate: '2026-03-06', status: 'open' as const };
    expect(dueNoteOf(due, 'UTC', saturdayUtc, 'en-US')).toEqual({
      date: 'Due Friday, March 6, 2026',
      badge: 'Overdue',
      isOverdue: true,
    });
    expect(dueNoteOf(due, 'America/Chicago', saturdayUtc)).toMatchObject({
      badge: 'Due today',
      isOverdue: false,
    });
  });

  it('counts the days ahead', () => {
    const note = (dueDate: string) =>
      dueNoteOf({ dueDate, status: 'in-progress' }, 'America/Chicago', saturdayUtc)?.badge;
    expect(note('2026-03-07')).toBe('Due tomorrow');
    expect(note('2026-03-09')).toBe('Due in 3 days');
  });

  it('gives done and undated follow-ups no badge', () => {
    expect(dueNoteOf({ dueDate: '2026-01-01', status: 'done' }, 'UTC', saturdayUtc)?.badge).toBe(
      null,
    );
    expect(dueNoteOf({ dueDate: null, status: 'open' }, 'UTC', saturdayUtc)).toBeNull();
  });
});
