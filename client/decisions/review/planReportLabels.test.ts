import { describe, expect, it } from 'vitest';
import {
  cycleDatesText,
  cycleDecisionText,
  cycleOutcomeText,
  cycleReportTitle,
  goalLatestText,
  goalReportTitle,
  goalStandingText,
  goalTargetText,
  type ReportCycle,
  type ReportGoal,
} from './planReportLabels';

const goal: ReportGoal = {
  id: 'g1',
  number: 1,
  indicator: 'Students explain their reasoning',
  measure: 'Share scoring 3 or more',
  latest: 45.25,
  latestDate: '2026-12-01',
  target: 70,
  trend: 'ahead',
  suppressed: false,
};

const cycle: ReportCycle = {
  id: 'c1',
  goalNumber: 1,
  number: 2,
  changeIdea: 'Exit tickets every Friday',
  startDate: '2026-12-01',
  endDate: '2027-01-12',
  outcome: null,
  closedAt: null,
  decisionId: null,
};

describe('plan report goals', () => {
  it('names a goal by its number and indicator', () => {
    expect(goalReportTitle(goal)).toBe('Goal 1: Students explain their reasoning');
    expect(goalReportTitle({ number: 2, indicator: '  ' })).toBe('Goal 2');
  });

  it('shows the latest figure and its date, or that nothing was measured', () => {
    expect(goalLatestText(goal, 'en-GB')).toEqual({ figure: '45.3', date: '1 Dec 2026' });
    const unmeasured = { ...goal, latest: null, latestDate: null, trend: null };
    expect(goalLatestText(unmeasured, 'en-GB')).toEqual({
      figure: 'Not measured yet',
      date: null,
    });
    expect(goalStandingText(unmeasured)).toBe('Not measured yet');
  });

  it('never shows a small group’s figures, but keeps its standing in words', () => {
    const small = { ...goal, latest: null, target: null, suppressed: true };
    expect(goalLatestText(small, 'en-GB')).toEqual({ figure: 'fewer than 10', date: '1 Dec 2026' });
    expect(goalTargetText(small)).toBe('fewer than 10');
    expect(goalStandingText(small)).toBe('Ahead of the aim line');
  });

  it('says when a target or an aim line is missing', () => {
    expect(goalTargetText({ ...goal, target: null })).toBe('Not set');
    expect(goalTargetText(goal, 'en-GB')).toBe('70');
    expect(goalStandingText({ ...goal, trend: null })).toBe('Needs an aim line');
  });
});

describe('plan report cycles', () => {
  it('names a cycle under its goal', () => {
    expect(cycleReportTitle(cycle)).toBe('Goal 1 · Cycle 2: Exit tickets every Friday');
    expect(cycleReportTitle({ ...cycle, changeIdea: '' })).toBe(
      'Goal 1 · Cycle 2: Improvement cycle',
    );
  });

  it('gives as much of the dates as is set', () => {
    expect(cycleDatesText(cycle, 'en-GB')).toBe('1 Dec 2026 – 12 Jan 2027');
    expect(cycleDatesText({ ...cycle, endDate: null }, 'en-GB')).toBe('From 1 Dec 2026');
    expect(cycleDatesText({ ...cycle, startDate: null }, 'en-GB')).toBe('Until 12 Jan 2027');
    expect(cycleDatesText({ ...cycle, startDate: null, endDate: null })).toBe('Not set');
  });

  it('says "Open" until the cycle closes with an outcome', () => {
    expect(cycleOutcomeText(cycle)).toBe('Open');
    expect(cycleOutcomeText({ ...cycle, outcome: 'adapt', closedAt: '2027-01-12T10:00:00Z' })).toBe(
      'Adapt',
    );
    expect(cycleOutcomeText({ ...cycle, closedAt: '2027-01-12T10:00:00Z' })).toBe('Closed');
  });

  it('names the link to the close decision by that decision’s title', () => {
    expect(cycleDecisionText({ ...cycle, outcome: 'adopt' })).toBe(
      'Adopt: Exit tickets every Friday',
    );
    expect(cycleDecisionText(cycle)).toBe('The decision');
  });
});
