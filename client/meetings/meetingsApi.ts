import type { CreateMeetingInput, MeetingDetail, MeetingList } from '../../shared/api/meetings';
import type { AgendaCommand } from '../../shared/meetings/runningAgenda';
import { apiGet, apiPost } from '../api/apiClient';
import { teamPath } from '../api/teamsApi';

const meetingsPath = (teamId: string) => `${teamPath(teamId)}/meetings`;

/** `/api/teams/:teamId/meetings/:meetingId`, with the ids escaped. */
export const meetingPath = (teamId: string, meetingId: string) =>
  `${meetingsPath(teamId)}/${encodeURIComponent(meetingId)}`;

/** The team's meetings, latest date first. */
export async function listMeetings(teamId: string) {
  return (await apiGet<MeetingList>(meetingsPath(teamId))).meetings;
}

/** Schedules a meeting (facilitator or principal); answers its id. */
export function createMeeting(teamId: string, meeting: CreateMeetingInput) {
  return apiPost<{ meetingId: string }>(meetingsPath(teamId), meeting);
}

/** A meeting with the runs and decisions held in it. */
export function fetchMeeting(teamId: string, meetingId: string): Promise<MeetingDetail> {
  return apiGet<MeetingDetail>(meetingPath(teamId, meetingId));
}

/** Raises or lowers the focus check on every screen of the meeting (facilitator or principal). */
export function signalFocusCheck(teamId: string, meetingId: string, raised: boolean) {
  return apiPost<unknown>(`${meetingPath(teamId, meetingId)}/focus-check`, { raised });
}

/** Closes the meeting: records who and when, and keeps a named version of the notes. */
export function closeMeeting(teamId: string, meetingId: string) {
  return apiPost<{ versionName: string }>(`${meetingPath(teamId, meetingId)}/close`);
}

/** Proposes a decision held in this meeting (members and up); answers its id. */
export function createMeetingDecision(teamId: string, meetingId: string, title: string) {
  return apiPost<{ decisionId: string }>(`${teamPath(teamId)}/decisions`, { title, meetingId });
}

/**
 * Takes up an agenda item, moves to the next or finishes (facilitator or principal). Resolves
 * true once the server has written it (everyone sees it through the control document).
 */
export async function sendAgendaCommand(
  teamId: string,
  meetingId: string,
  command: AgendaCommand,
): Promise<true> {
  await apiPost<unknown>(`${meetingPath(teamId, meetingId)}/agenda`, command);
  return true;
}
