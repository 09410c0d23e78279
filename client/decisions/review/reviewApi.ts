import type {
  DueFollowUps,
  ReviewDecisionDetail,
  ReviewOverview,
  ReviewPage,
} from '../../../shared/api/review';
import { apiGet } from '../../api/apiClient';
import { teamPath } from '../../api/teamsApi';
import { toQueryString, toSearchParams, type ReviewSearch } from './reviewSearch';

/** Decisions per page of the log; the API allows up to 200 (the printable report asks for that). */
export const LOG_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 200;

const reviewPath = (teamId: string) => `${teamPath(teamId)}/review`;

/** One page of the filtered, sorted log, with the team's students of focus. */
export function fetchReviewPage(
  teamId: string,
  search: ReviewSearch,
  pageSize: number = LOG_PAGE_SIZE,
): Promise<ReviewPage> {
  const params = toSearchParams(search);
  params.set('pageSize', String(pageSize));
  return apiGet<ReviewPage>(`${reviewPath(teamId)}/decisions${toQueryString(params)}`);
}

/** Everything about one decision, from the relational rows. */
export function fetchReviewDecision(
  teamId: string,
  decisionId: string,
): Promise<ReviewDecisionDetail> {
  return apiGet<ReviewDecisionDetail>(
    `${reviewPath(teamId)}/decisions/${encodeURIComponent(decisionId)}`,
  );
}

/** Follow-ups overdue or due within `within` days, most overdue first. */
export function fetchDueFollowUps(teamId: string, within: number): Promise<DueFollowUps> {
  return apiGet<DueFollowUps>(`${reviewPath(teamId)}/follow-ups?within=${within}`);
}

/** Counts for the overview charts. */
export function fetchReviewOverview(teamId: string): Promise<ReviewOverview> {
  return apiGet<ReviewOverview>(`${reviewPath(teamId)}/overview`);
}

/** Where the browser downloads the filtered log as CSV (a plain link: the cookie goes along). */
export function reviewCsvUrl(teamId: string, search: ReviewSearch): string {
  return `${reviewPath(teamId)}/decisions.csv${toQueryString(toSearchParams(search, { page: false }))}`;
}
