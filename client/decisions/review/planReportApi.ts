import type { PlanOverview } from '../../../shared/api/plans';
import { apiGet } from '../../api/apiClient';
import { teamPath } from '../../api/teamsApi';

const planPath = (teamId: string, planId: string) =>
  `${teamPath(teamId)}/plans/${encodeURIComponent(planId)}`;

/** The plan as the principal's report reads it: goals' standing, action steps, cycles. */
export function fetchPlanOverview(teamId: string, planId: string): Promise<PlanOverview> {
  return apiGet<PlanOverview>(`${planPath(teamId, planId)}/overview`);
}

/** Where the browser downloads the plan as CSV (a plain link: the cookie goes along). */
export function planCsvUrl(teamId: string, planId: string): string {
  return `${planPath(teamId, planId)}/plan.csv`;
}
