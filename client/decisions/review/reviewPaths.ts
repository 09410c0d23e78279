/** The review screens' addresses, built in one place so links and routes agree. */

const segment = encodeURIComponent;

export const reviewLogPath = (teamId: string) => `/teams/${segment(teamId)}/review`;

export const reviewDecisionPath = (teamId: string, decisionId: string) =>
  `${reviewLogPath(teamId)}/decisions/${segment(decisionId)}`;

export const reviewFollowUpsPath = (teamId: string) => `${reviewLogPath(teamId)}/follow-ups`;

export const reviewPrintPath = (teamId: string) => `${reviewLogPath(teamId)}/print`;

/** The work plan report: this school year's plan, or the one given. */
export const reviewPlanPath = (teamId: string, planId?: string) =>
  `${reviewLogPath(teamId)}/plan${planId ? `/${segment(planId)}` : ''}`;

/** The live plan and improvement-cycle pages the plan report links to. */
export const planCyclePath = (teamId: string, planId: string, cycleId: string) =>
  `/teams/${segment(teamId)}/plan/${segment(planId)}/cycles/${segment(cycleId)}`;

/** The live decision and meeting pages the review links to. */
export const liveDecisionPath = (teamId: string, decisionId: string) =>
  `/teams/${segment(teamId)}/decisions/${segment(decisionId)}`;

export const meetingPagePath = (teamId: string, meetingId: string) =>
  `/teams/${segment(teamId)}/meetings/${segment(meetingId)}`;

/**
 * What a link from the log hands the decision page, so "Back to the decision log" returns to
 * the same filtered view.
 */
export interface FromLogState {
  logSearch: string;
}

/** The log's query to return to, read from a location's state (anything else: none). */
export function logSearchOf(state: unknown): string {
  if (typeof state !== 'object' || state === null || !('logSearch' in state)) return '';
  const { logSearch } = state as { logSearch: unknown };
  return typeof logSearch === 'string' && logSearch.startsWith('?') ? logSearch : '';
}
