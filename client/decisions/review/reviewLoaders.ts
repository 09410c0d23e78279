import type { LoaderFunctionArgs } from 'react-router';
import { data } from 'react-router';
import { isUuid } from '../../../shared/documents/documentKind';
import { ApiError } from '../../api/apiClient';
import { fetchTeam, listTeams } from '../../api/teamsApi';
import { loadSignedIn } from '../../auth/loadSignedIn';
import { DECISION_NOT_FOUND } from '../decisionLoader';
import { listMeetings } from '../../meetings/meetingsApi';
import { parseDueWindow } from './dueWindow';
import { loadInBatches } from './loadInBatches';
import {
  fetchDueFollowUps,
  fetchReviewDecision,
  fetchReviewOverview,
  fetchReviewPage,
  MAX_PAGE_SIZE,
} from './reviewApi';
import { noFilters, parseReviewSearch } from './reviewSearch';

/** How many decisions the printable report holds, with their details, fetched this many at once. */
export const PRINT_LIMIT = MAX_PAGE_SIZE;
const PRINT_BATCH = 8;

function teamIdOf(params: LoaderFunctionArgs['params']): string {
  const teamId = params.teamId ?? '';
  if (!isUuid(teamId)) throw data('Not found', { status: 404 });
  return teamId;
}

/**
 * The decision log: the team (time zone), one page of the filtered log, the overview counts
 * and the meetings for the filter. The overview and meetings are extras: when they cannot
 * load, the log still shows and says so.
 */
export function reviewLogLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = teamIdOf(params);
  const search = parseReviewSearch(new URL(request.url).searchParams);
  return loadSignedIn(request, async () => {
    const [team, teams, page, overview, meetings] = await Promise.all([
      fetchTeam(teamId),
      listTeams(),
      fetchReviewPage(teamId, search),
      fetchReviewOverview(teamId).catch(() => null),
      listMeetings(teamId).catch(() => []),
    ]);
    return { team, teams, search, page, overview, meetings };
  });
}

/**
 * One decision in full. The team's students of focus (for their labels) come with any page of
 * the log, so the smallest one is asked for.
 */
export function reviewDecisionLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = teamIdOf(params);
  const decisionId = params.decisionId ?? '';
  if (!isUuid(decisionId)) throw data(DECISION_NOT_FOUND, { status: 404 });
  return loadSignedIn(request, async () => {
    const [team, teams, decision, students] = await Promise.all([
      fetchTeam(teamId),
      listTeams(),
      fetchReviewDecision(teamId, decisionId).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) {
          throw data(DECISION_NOT_FOUND, { status: 404 });
        }
        throw error;
      }),
      fetchReviewPage(teamId, { filters: noFilters, sort: 'newest', page: 1 }, 1).then(
        (page) => page.students,
      ),
    ]);
    return { team, teams, decision, students };
  });
}

/** Follow-ups overdue or due within the chosen window (`?within=7|14|30`). */
export function dueFollowUpsLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = teamIdOf(params);
  const within = parseDueWindow(new URL(request.url).searchParams);
  return loadSignedIn(request, async () => {
    const [team, teams, due] = await Promise.all([
      fetchTeam(teamId),
      listTeams(),
      fetchDueFollowUps(teamId, within),
    ]);
    return { team, teams, within, due };
  });
}

/**
 * The printable report: the first 200 decisions of the filtered log, each with its details
 * (decision text, focus check, follow-ups), fetched 8 at a time. The details stream in after
 * the page shows, so a long report says it is being prepared instead of blocking navigation.
 */
export function reviewPrintLoader({ request, params }: LoaderFunctionArgs) {
  const teamId = teamIdOf(params);
  const search = { ...parseReviewSearch(new URL(request.url).searchParams), page: 1 };
  return loadSignedIn(request, async () => {
    const [team, teams, page, meetings] = await Promise.all([
      fetchTeam(teamId),
      listTeams(),
      fetchReviewPage(teamId, search, PRINT_LIMIT),
      listMeetings(teamId).catch(() => []),
    ]);
    const details = loadInBatches(page.decisions, PRINT_BATCH, (decision) =>
      fetchReviewDecision(teamId, decision.id),
    );
    return { team, teams, search, page, meetings, details };
  });
}
