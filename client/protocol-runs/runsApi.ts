import type { Protocol } from '../../shared/protocol-runs/protocolSchema';
import type {
  MyRunState,
  OwnCard,
  PromoteCardInput,
  ProtocolList,
  ProtocolListItem,
  RunCommand,
  RunDecisionList,
  RunList,
  RunListItem,
} from '../../shared/api/runs';
import type { OkResponse } from '../api/apiClient';
import { apiDelete, apiGet, apiPost, apiRequest } from '../api/apiClient';
import { teamPath } from '../api/teamsApi';

const segment = encodeURIComponent;
const protocolsPath = (teamId: string) => `${teamPath(teamId)}/protocols`;
const runsPath = (teamId: string) => `${teamPath(teamId)}/runs`;

/** `/api/teams/:teamId/runs/:runId`, with the ids escaped. */
export const runPath = (teamId: string, runId: string) => `${runsPath(teamId)}/${segment(runId)}`;

/** The library first, then the team's own copies. */
export async function listProtocols(teamId: string): Promise<ProtocolListItem[]> {
  return (await apiGet<ProtocolList>(protocolsPath(teamId))).protocols;
}

/** Saves a new team copy of a protocol; answers its id. */
export function createProtocol(teamId: string, protocol: Protocol): Promise<{ id: string }> {
  return apiPost<{ id: string }>(protocolsPath(teamId), { protocol });
}

export function updateProtocol(
  teamId: string,
  protocolId: string,
  protocol: Protocol,
): Promise<OkResponse> {
  return apiRequest<OkResponse>('PUT', `${protocolsPath(teamId)}/${segment(protocolId)}`, {
    protocol,
  });
}

export function deleteProtocol(teamId: string, protocolId: string): Promise<OkResponse> {
  return apiDelete<OkResponse>(`${protocolsPath(teamId)}/${segment(protocolId)}`);
}

/** The team's runs, newest first. */
export async function listRuns(teamId: string): Promise<RunListItem[]> {
  return (await apiGet<RunList>(runsPath(teamId))).runs;
}

/** The body of `POST /api/teams/:teamId/runs` once validated (`createRunInput`). */
export interface NewRun {
  protocolId: string;
  title: string;
  presenter: string;
  votesPerPerson: number;
  meetingId?: string;
}

export function createRun(teamId: string, run: NewRun): Promise<{ id: string }> {
  return apiPost<{ id: string }>(runsPath(teamId), run);
}

/** A facilitator's command: start, pause, next step, reveal… (409 when it does not apply). */
export function sendRunCommand(
  teamId: string,
  runId: string,
  command: RunCommand,
): Promise<OkResponse> {
  return apiPost<OkResponse>(`${runPath(teamId, runId)}/control`, command);
}

/** Your own cards (revealed or not), the cards you voted for and your norm ratings. */
export function fetchMyRunState(teamId: string, runId: string): Promise<MyRunState> {
  return apiGet<MyRunState>(`${runPath(teamId, runId)}/mine`);
}

export interface NewCard {
  stepId: string;
  column: string;
  text: string;
  anonymous: boolean;
}

export function addCard(teamId: string, runId: string, card: NewCard): Promise<OwnCard> {
  return apiPost<OwnCard>(`${runPath(teamId, runId)}/cards`, card);
}

export function removeCard(teamId: string, runId: string, cardId: string): Promise<OkResponse> {
  return apiDelete<OkResponse>(`${runPath(teamId, runId)}/cards/${segment(cardId)}`);
}

/** Puts one of your dots on a card (409 `no_votes_left`); answers the card's new count. */
export function voteForCard(teamId: string, runId: string, cardId: string) {
  return apiPost<{ votes: number }>(`${runPath(teamId, runId)}/votes`, { cardId });
}

export function removeVote(teamId: string, runId: string, cardId: string) {
  return apiDelete<{ votes: number }>(`${runPath(teamId, runId)}/votes/${segment(cardId)}`);
}

/** Groups cards of one step under a title. */
export function groupCards(
  teamId: string,
  runId: string,
  group: { stepId: string; title: string; cardIds: string[] },
): Promise<{ id: string }> {
  return apiPost<{ id: string }>(`${runPath(teamId, runId)}/groups`, group);
}

/** Puts cards of a group's step in the group (out of any other). */
export function moveCardsToGroup(
  teamId: string,
  runId: string,
  groupId: string,
  cardIds: string[],
) {
  return apiPost<OkResponse>(`${runPath(teamId, runId)}/groups/${segment(groupId)}/cards`, {
    cardIds,
  });
}

/** Takes a card out of its group, back to its column. */
export function takeCardOutOfGroup(teamId: string, runId: string, cardId: string) {
  return apiDelete<OkResponse>(`${runPath(teamId, runId)}/cards/${segment(cardId)}/group`);
}

/** Gives a group a new name. */
export function renameGroup(teamId: string, runId: string, groupId: string, title: string) {
  return apiRequest<OkResponse>('PATCH', `${runPath(teamId, runId)}/groups/${segment(groupId)}`, {
    title,
  });
}

/** Dissolves a group: its cards go back to their columns. */
export function ungroup(teamId: string, runId: string, groupId: string) {
  return apiDelete<OkResponse>(`${runPath(teamId, runId)}/groups/${segment(groupId)}`);
}

/** Your rating (1 to 5) of how well the team kept one norm. */
export function rateNorm(teamId: string, runId: string, normId: string, rating: number) {
  return apiPost<OkResponse>(`${runPath(teamId, runId)}/norm-ratings`, { normId, rating });
}

/** Where the browser fetches an uploaded piece of student work (cookie goes along). */
export function artifactUrl(teamId: string, artifactId: string): string {
  return `${teamPath(teamId)}/artifacts/${segment(artifactId)}`;
}

/** Downloads of a run's summary. */
export function summaryUrl(teamId: string, runId: string, format: 'csv' | 'md'): string {
  return `${runPath(teamId, runId)}/summary.${format}`;
}

/** Turns a card into a decision draft, or a follow-up action of a decision of the run. */
export function promoteCard(
  teamId: string,
  runId: string,
  cardId: string,
  input: PromoteCardInput,
): Promise<{ decisionId: string }> {
  return apiPost(`${runPath(teamId, runId)}/cards/${segment(cardId)}/promote`, input);
}

/** The decision drafts that came out of a run, with their follow-up actions. */
export async function fetchRunDecisions(teamId: string, runId: string) {
  const { decisions } = await apiGet<RunDecisionList>(`${runPath(teamId, runId)}/decisions`);
  return decisions;
}

/** Brings every device on the run to one of its decisions (facilitators). */
export function showDecision(teamId: string, runId: string, decisionId: string) {
  return apiPost<OkResponse>(`${runPath(teamId, runId)}/decisions/${segment(decisionId)}/show`);
}
