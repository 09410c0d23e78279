import { describe, expect, it } from 'vitest';
import {
  countLabel,
  daysLeftLabel,
  describeFilters,
  followUpCountLabel,
  modelSelectData,
  monthLabel,
  overdueLabel,
  rangeLabel,
  statusSelectData,
  studentLabels,
} from './reviewLabels';
import { noFilters } from './reviewSearch';

describe('review labels', () => {
  it('counts decisions with thousands separators', () => {
    expect(countLabel(0)).toBe('0 decisions');
    expect(countLabel(1)).toBe('1 decision');
    expect(countLabel(1234)).toBe('1,234 decisions');
  });

  it('says which part of the list a page shows', () => {
    expect(rangeLabel(1, 25, 25)).toBe('Showing 1–25');
    expect(rangeLabel(3, 25, 7)).toBe('Showing 51–57');
    expect(rangeLabel(2, 25, 0)).toBe('');
  });

  it('describes follow-ups and overdue ones', () => {
    expect(followUpCountLabel({ open: 0, overdue: 0, total: 0 })).toBe('No follow-ups');
    expect(followUpCountLabel({ open: 1, overdue: 1, total: 1 })).toBe('1 follow-up, 1 not done');
    expect(followUpCountLabel({ open: 2, overdue: 0, total: 5 })).toBe('5 follow-ups, 2 not done');
    expect(overdueLabel(0)).toBeNull();
    expect(overdueLabel(3)).toBe('3 overdue');
  });

  it('says how far a due date is', () => {
    expect(daysLeftLabel(-1)).toBe('1 day overdue');
    expect(daysLeftLabel(-12)).toBe('12 days overdue');
    expect(daysLeftLabel(0)).toBe('Due today');
    expect(daysLeftLabel(1)).toBe('1 day left');
    expect(daysLeftLabel(9)).toBe('9 days left');
  });

  it('names months', () => {
    expect(monthLabel('2026-03')).toBe('Mar 2026');
    expect(monthLabel('2025-12')).toBe('Dec 2025');
    expect(monthLabel('soon')).toBe('soon');
  });

  it('leads each select with its "any" choice', () => {
    expect(statusSelectData[0]).toEqual({ value: '', label: 'Any status' });
    expect(statusSelectData).toContainEqual({ value: 'in-progress', label: 'In progress' });
    expect(modelSelectData[0]).toEqual({ value: '', label: 'Any model' });
    expect(modelSelectData).toContainEqual({ value: 'fist-to-five', label: 'Fist to five' });
  });

  it('puts the filters in words', () => {
    const names = {
      student: (id: string) => (id === 's1' ? 'J.M.' : undefined),
      meeting: () => undefined,
    };
    expect(describeFilters(noFilters, names)).toEqual([]);
    expect(
      describeFilters(
        {
          ...noFilters,
          q: 'reading',
          status: 'decided',
          model: 'consent',
          owner: 'Ana',
          student: 's1',
          meetingId: 'gone',
        },
        names,
      ),
    ).toEqual([
      'Search: “reading”',
      'Status: Decided',
      'Model: Consent (no objections)',
      'Owner: “Ana”',
      'Student of focus: J.M.',
      'Meeting: a removed meeting',
    ]);
    expect(describeFilters({ ...noFilters, from: '2026-03-02' }, names)[0]).toMatch(/^From .*2026/);
  });

  it('names students of focus, counting those no longer listed', () => {
    const students = [
      { id: 'a', label: 'J.M.' },
      { id: 'b', label: '8th grade boys' },
    ];
    expect(studentLabels(['b', 'a'], students)).toEqual(['8th grade boys', 'J.M.']);
    expect(studentLabels(['a', 'x'], students)).toEqual(['J.M.', 'a student no longer listed']);
    expect(studentLabels(['x', 'y'], students)).toEqual(['2 students no longer listed']);
    expect(studentLabels([], students)).toEqual([]);
  });
});
