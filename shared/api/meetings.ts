import { z } from 'zod';
import type { DecisionStatus } from '../decisions/decisionRules';
import { calendarDate } from '../meetings/meetingDoc';

/** `POST /api/teams/:teamId/meetings` body (facilitator or principal). */
export const createMeetingInput = z.strictObject({
  title: z.string().trim().min(1, 'Name the meeting').max(200, 'Meeting name is too long'),
  /** The meeting's date in the team's time zone. */
  date: calendarDate,
});
export type CreateMeetingInput = z.infer<typeof createMeetingInput>;

/** A meeting in the team's list. */
export interface MeetingSummary {
  id: string;
  title: string;
  date: string;
  closedAt: string | null;
  closedByName: string | null;
}

/** `GET /api/teams/:teamId/meetings` answer, latest date first. */
export interface MeetingList {
  meetings: MeetingSummary[];
}

/** A run or decision held in a meeting. */
export interface MeetingLink {
  id: string;
  title: string;
  status: string;
}

/** `GET /api/teams/:teamId/meetings/:meetingId` answer: the meeting with what was made in it. */
export interface MeetingDetail extends MeetingSummary {
  /** With the total minutes of the protocol each run follows (null if it cannot be read). */
  runs: (MeetingLink & { plannedMinutes: number | null })[];
  decisions: (MeetingLink & { status: DecisionStatus })[];
}

/** `POST /api/teams/:teamId/meetings/:meetingId/focus-check` body. */
export const focusCheckSignalInput = z.strictObject({ raised: z.boolean() });

/**
 * `POST /api/teams/:teamId/meetings/:meetingId/agenda` body: the facilitator takes up an agenda
 * item, moves to the next one, or finishes the running agenda (see meetings/runningAgenda.ts).
 */
export const agendaCommandInput = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('start'), itemId: z.string().min(1).max(64) }),
  z.strictObject({ type: z.literal('next') }),
  z.strictObject({ type: z.literal('finish') }),
]);
