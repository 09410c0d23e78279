import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** Stores a new meeting's row. */
export async function insertMeeting(
  db: Kysely<Database>,
  meeting: { id: string; teamId: string; title: string; meetingDate: string; createdBy: string },
): Promise<void> {
  await db.insertInto('meetings').values(meeting).execute();
}

/**
 * The team's meetings with the name of whoever closed them: the select list that the meeting
 * page, the meeting list and the team export share. Callers add filters, order and extra columns.
 */
export function selectTeamMeetings(db: Kysely<Database>, teamId: string) {
  return db
    .selectFrom('meetings')
    .leftJoin('users', 'users.id', 'meetings.closedBy')
    .select([
      'meetings.id',
      'meetings.title',
      'meetings.meetingDate',
      'meetings.closedAt',
      'users.name as closedByName',
    ])
    .where('meetings.teamId', '=', teamId);
}

/** A meeting of the team, or undefined. */
export async function findMeeting(db: Kysely<Database>, teamId: string, meetingId: string) {
  return selectTeamMeetings(db, teamId).where('meetings.id', '=', meetingId).executeTakeFirst();
}

/** The team's meetings, latest date first. */
export async function listMeetings(db: Kysely<Database>, teamId: string) {
  return selectTeamMeetings(db, teamId)
    .orderBy('meetings.meetingDate', 'desc')
    .orderBy('meetings.createdAt', 'desc')
    .execute();
}

/** The runs held in a meeting, oldest first. */
export async function listMeetingRuns(db: Kysely<Database>, meetingId: string) {
  return db
    .selectFrom('runs')
    .select(['id', 'title', 'status'])
    .where('meetingId', '=', meetingId)
    .orderBy('createdAt')
    .execute();
}

/** Projects a meeting document's fields onto its row (idempotent). */
export async function projectMeetingFields(
  db: Kysely<Database>,
  meetingId: string,
  fields: { title: string; meetingDate: string; attendeeIds: string[] },
): Promise<void> {
  await db
    .updateTable('meetings')
    .set({ ...fields, attendeeIds: JSON.stringify(fields.attendeeIds) })
    .where('id', '=', meetingId)
    .execute();
}

/** Projects a meeting's closed record onto its row (idempotent). */
export async function projectMeetingClosed(
  db: Kysely<Database>,
  meetingId: string,
  closed: { at: Date; by: string } | null,
): Promise<void> {
  await db
    .updateTable('meetings')
    .set({ closedAt: closed?.at ?? null, closedBy: closed?.by ?? null })
    .where('id', '=', meetingId)
    .execute();
}
