import { describe, expect, it } from 'vitest';
import type { TrackerRow } from '../../shared/plans/tracker';
import {
  formatFigure,
  formatShortDate,
  trackerAimText,
  trackerLatestText,
  trackerMeasureLabel,
  trackerStandingText,
  trackerTargetText,
} from './trackerText';

const goalRow: TrackerRow = {
  key: 'goal:g1',
  goalId: 'g1',
  goalNumber: 1,
  cycleId: null,
  cycleNumber: null,
  cycleClosed: false,
  measure: 'Share scoring 3 or more',
  unit: '',
  latestDate: '2026-12-01',
  latest: 45,
  aim: 41.47,
  target: 70,
  trend: 'ahead',
  suppressed: false,
};

const cycleRow: TrackerRow = {
  ...goalRow,
  key: 'cycle:c1:m1',
  cycleId: 'c1',
  cycleNumber: 2,
  measure: 'Exit tickets with a reason',
  unit: '% of students',
};

describe('tracker text', () => {
  it('writes a figure with one decimal at most and its unit', () => {
    expect(formatFigure(45, '', 'en-GB')).toBe('45');
    expect(formatFigure(41.47, '%', 'en-GB')).toBe('41.5%');
    expect(formatFigure(45, '% of students', 'en-GB')).toBe('45% of students');
    expect(formatFigure(12, ' minutes ', 'en-GB')).toBe('12 minutes');
  });

  it('writes a date short, without shifting it by a time zone', () => {
    expect(formatShortDate('2026-12-01', 'en-GB')).toBe('1 Dec 2026');
  });

  it('names a goal measure by its goal, and a cycle measure by its goal and cycle', () => {
    expect(trackerMeasureLabel(goalRow)).toBe('Goal 1: Share scoring 3 or more');
    expect(trackerMeasureLabel(cycleRow)).toBe('Goal 1 · Cycle 2: Exit tickets with a reason');
  });

  it('shows the latest value, aim and target of a measure', () => {
    expect(trackerLatestText(cycleRow, 'en-GB')).toEqual({
      figure: '45% of students',
      date: '1 Dec 2026',
    });
    expect(trackerAimText(cycleRow, 'en-GB')).toBe('41.5% of students');
    expect(trackerTargetText(cycleRow, 'en-GB')).toBe('70% of students');
    expect(trackerStandingText(cycleRow)).toBe('Ahead of the aim line');
  });

  it('shows "fewer than 10" in place of every figure about a small group', () => {
    const small = { ...goalRow, latest: null, aim: null, target: null, suppressed: true };
    expect(trackerLatestText(small, 'en-GB')).toEqual({
      figure: 'fewer than 10',
      date: '1 Dec 2026',
    });
    expect(trackerAimText(small)).toBe('fewer than 10');
    expect(trackerTargetText(small)).toBe('fewer than 10');
    expect(trackerStandingText(small)).toBe('Ahead of the aim line');
  });

  it('says what is missing before a measure has a value or an aim line', () => {
    const unmeasured = { ...goalRow, latestDate: null, latest: null, aim: null, trend: null };
    expect(trackerLatestText(unmeasured)).toEqual({ figure: 'Not measured yet', date: null });
    expect(trackerAimText(unmeasured)).toBe('No date yet');
    expect(trackerStandingText(unmeasured)).toBe('Not measured yet');
    const noAim = { ...goalRow, aim: null, target: null, trend: null };
    expect(trackerAimText(noAim)).toBe('No aim line');
    expect(trackerTargetText(noAim)).toBe('Not set');
    expect(trackerStandingText(noAim)).toBe('Needs an aim line');
  });
});
