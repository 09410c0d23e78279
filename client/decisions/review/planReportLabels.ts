import type { PlanOverview } from '../../../shared/api/plans';
import {
  closeDecisionTitle,
  cycleOutcomeLabels,
  cycleTitle,
} from '../../../shared/plans/cycleRules';
import { SUPPRESSED_LABEL } from '../../../shared/plans/privacy';
import { trendLabels } from '../../../shared/plans/progress';
import { formatFigure, formatShortDate } from '../../plans/trackerText';

export type ReportGoal = PlanOverview['goals'][number];
export type ReportCycle = PlanOverview['cycles'][number];

/** "Goal 1: Students explain their reasoning", or "Goal 1" before it has an indicator. */
export function goalReportTitle(goal: Pick<ReportGoal, 'number' | 'indicator'>): string {
  const indicator = goal.indicator.trim();
  return indicator ? `Goal ${goal.number}: ${indicator}` : `Goal ${goal.number}`;
}

/**
 * The latest value and its date. A small group's figure is never shown, measured or not:
 * "fewer than 10" takes its place.
 */
export function goalLatestText(
  goal: ReportGoal,
  locale?: string,
): { figure: string; date: string | null } {
  const date = goal.latestDate === null ? null : formatShortDate(goal.latestDate, locale);
  if (goal.suppressed) return { figure: SUPPRESSED_LABEL, date };
  if (goal.latest === null) return { figure: 'Not measured yet', date: null };
  return { figure: formatFigure(goal.latest, '', locale), date };
}

export function goalTargetText(goal: ReportGoal, locale?: string): string {
  if (goal.suppressed) return SUPPRESSED_LABEL;
  if (goal.target === null) return 'Not set';
  return formatFigure(goal.target, '', locale);
}

/** Where the latest value stands against the aim line, in words (never a colour alone). */
export function goalStandingText(goal: ReportGoal): string {
  if (goal.trend) return trendLabels[goal.trend];
  if (goal.latestDate === null) return 'Not measured yet';
  return 'Needs an aim line';
}

/** "Goal 1 · Cycle 2: Exit tickets every Friday". */
export function cycleReportTitle(cycle: ReportCycle): string {
  return `Goal ${cycle.goalNumber} · ${cycleTitle(cycle.number, cycle.changeIdea)}`;
}

/** "1 Dec 2026 – 12 Jan 2027", or as much of it as is set. */
export function cycleDatesText(cycle: ReportCycle, locale?: string): string {
  const start = cycle.startDate && formatShortDate(cycle.startDate, locale);
  const end = cycle.endDate && formatShortDate(cycle.endDate, locale);
  if (start && end) return `${start} – ${end}`;
  if (start) return `From ${start}`;
  if (end) return `Until ${end}`;
  return 'Not set';
}

/** "Adopt", "Adapt", "Abandon"; "Open" while the cycle runs. */
export function cycleOutcomeText(cycle: ReportCycle): string {
  if (cycle.outcome) return cycleOutcomeLabels[cycle.outcome];
  return cycle.closedAt === null ? 'Open' : 'Closed';
}

/** The words of a link to the decision a cycle's close wrote: that decision's title. */
export function cycleDecisionText(cycle: ReportCycle): string {
  return cycle.outcome ? closeDecisionTitle(cycle.outcome, cycle.changeIdea) : 'The decision';
}
