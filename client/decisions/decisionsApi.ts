import type {
  ChangeStatusInput,
  DecisionChanges,
  DecisionList,
  DecisionSummary,
  MyVote,
} from '../../shared/api/decisions';
import type { FollowUpActionInput } from '../../shared/api/plans';
import { apiGet, apiPost, apiRequest } from '../api/apiClient';
import { teamPath } from '../api/teamsApi';

const segment = encodeURIComponent;
const decisionsPath = (teamId: string) => `${teamPath(teamId)}/decisions`;
const decisionPath = (teamId: string, decisionId: string) =>
  `${decisionsPath(teamId)}/${segment(decisionId)}`;

/** The team's decisions (oldest first), or only those made in one meeting. */
export async function listDecisions(
  teamId: string,
  meetingId?: string,
): Promise<DecisionSummary[]> {
  const query = meetingId ? `?meetingId=${segment(meetingId)}` : '';
  return (await apiGet<DecisionList>(`${decisionsPath(teamId)}${query}`)).decisions;
}

/** The caller's own ballot in the current round (null value when they have not voted). */
export function fetchMyVote(teamId: string, decisionId: string): Promise<MyVote> {
  return apiGet<MyVote>(`${decisionPath(teamId, decisionId)}/vote`);
}

/** Casts or changes the caller's ballot while the vote is open. */
export function castVote(
  teamId: string,
  decisionId: string,
  value: number | string,
): Promise<MyVote> {
  return apiRequest<MyVote>('PUT', `${decisionPath(teamId, decisionId)}/vote`, { value });
}

/** Opens a vote with the model in the decision document (facilitators). */
export async function openVote(teamId: string, decisionId: string): Promise<void> {
  await apiPost<null>(`${decisionPath(teamId, decisionId)}/vote/open`);
}

/** Closes the open vote; its tally stays as the result (facilitators). */
export async function closeVote(teamId: string, decisionId: string): Promise<void> {
  await apiPost<null>(`${decisionPath(teamId, decisionId)}/vote/close`);
}

/** Moves the decision to another status (409 `invalid_state` with the reason when refused). */
export async function changeDecisionStatus(
  teamId: string,
  decisionId: string,
  input: ChangeStatusInput,
): Promise<void> {
  await apiPost<null>(`${decisionPath(teamId, decisionId)}/status`, input);
}

/** Who changed which field, newest first. */
export function fetchDecisionChanges(teamId: string, decisionId: string): Promise<DecisionChanges> {
  return apiGet<DecisionChanges>(`${decisionPath(teamId, decisionId)}/changes`);
}

/**
 * Makes a follow-up an action step of the plan (its task and status carried over); the
 * server writes the link into the follow-up. 409 `invalid_state` when it already is one.
 */
export function makeFollowUpActionStep(
  teamId: string,
  decisionId: string,
  followUpId: string,
  input: FollowUpActionInput,
): Promise<{ actionId: string }> {
  return apiPost<{ actionId: string }>(
    `${decisionPath(teamId, decisionId)}/follow-ups/${segment(followUpId)}/action-step`,
    input,
  );
}
