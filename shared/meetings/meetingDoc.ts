import { z } from 'zod';
import type * as Y from 'yjs';
import { defineOrderedList } from '../collab/orderedList';

/**
 * The Yjs layout of a meeting (`team/<id>/meeting/<meetingId>`), co-edited live:
 * - `meeting`: a map of plain fields (title, date),
 * - `attendees`: a map from user id to whether they were present,
 * - `agenda`: an ordered list of agenda items,
 * - `notes`: the live notes (a Tiptap fragment).
 * Layout changes are additive only.
 */
const FIELDS = 'meeting';
const ATTENDEES = 'attendees';

/** The Tiptap fragment key of the meeting notes. */
export const MEETING_NOTES_FIELD = 'notes';

/** A calendar date, YYYY-MM-DD, meant in the team's time zone. */
export const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'Enter a real date');

export const meetingFieldsSchema = z.object({
  title: z.string().max(200),
  date: calendarDate,
  createdAt: z.number(),
});
export type MeetingFields = z.infer<typeof meetingFieldsSchema>;

/** What an agenda item is for. */
export const agendaKinds = [
  'protocol-run',
  'decision',
  'discussion',
  'data-review',
  'plan-review',
  'cycle-study',
] as const;
export type AgendaKind = (typeof agendaKinds)[number];

export const agendaKindLabels: Record<AgendaKind, string> = {
  'protocol-run': 'Protocol run',
  decision: 'Decision',
  discussion: 'Discussion',
  'data-review': 'Data review',
  'plan-review': 'Plan review',
  'cycle-study': 'Cycle study',
};

/** An agenda item: a time box with an owner, maybe linked to the run or decision it opened. */
export const agendaItemSchema = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1, 'Name the agenda item').max(300),
  kind: z.enum(agendaKinds).default('discussion'),
  minutes: z.number().int().min(1, 'At least one minute').max(240, 'At most 240 minutes'),
  owner: z.string().max(120).default(''),
  /** The item is centred on a piece of student work. */
  studentArtifact: z.boolean().default(false),
  runId: z.string().nullable().default(null),
  decisionId: z.string().nullable().default(null),
  /** A plan review: the plan it walks, the actions it walks (fixed when it starts) and the one shown. */
  planId: z.string().nullable().catch(null).default(null),
  reviewActionIds: z.array(z.string()).max(200).catch([]).default([]),
  reviewActionId: z.string().nullable().catch(null).default(null),
  /** A cycle study: the improvement cycle it studies. */
  cycleId: z.string().nullable().catch(null).default(null),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** What a new agenda item links to: nothing yet. */
export const unlinkedAgendaItem = {
  runId: null,
  decisionId: null,
  planId: null,
  reviewActionIds: [],
  reviewActionId: null,
  cycleId: null,
} satisfies Partial<AgendaItem>;

/** Verbs for a meeting's agenda. */
export const agenda = defineOrderedList('agenda', agendaItemSchema);

/** Reads the plain fields; null while the document is empty. */
export function readMeetingFields(doc: Y.Doc): MeetingFields | null {
  const parsed = meetingFieldsSchema.safeParse(doc.getMap(FIELDS).toJSON());
  return parsed.success ? parsed.data : null;
}

/** Sets plain fields in one transaction. */
export function writeMeetingFields(doc: Y.Doc, fields: Partial<MeetingFields>): void {
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) doc.getMap(FIELDS).set(key, value);
    }
  });
}

/** Who was present, by user id (true present, false marked absent). */
export function readAttendance(doc: Y.Doc): Record<string, boolean> {
  const attendance: Record<string, boolean> = {};
  for (const [userId, present] of doc.getMap(ATTENDEES).entries()) {
    if (typeof present === 'boolean') attendance[userId] = present;
  }
  return attendance;
}

/** Marks a person present or absent. */
export function setAttendance(doc: Y.Doc, userId: string, present: boolean): void {
  doc.getMap(ATTENDEES).set(userId, present);
}

/** Calls `onChange` whenever the attendance changes. */
export function observeAttendance(doc: Y.Doc, onChange: (a: Record<string, boolean>) => void) {
  const map = doc.getMap(ATTENDEES);
  const handler = () => onChange(readAttendance(doc));
  map.observe(handler);
  return () => map.unobserve(handler);
}

/** Calls `onChange` whenever the plain fields change. */
export function observeMeetingFields(doc: Y.Doc, onChange: (f: MeetingFields | null) => void) {
  const map = doc.getMap(FIELDS);
  const handler = () => onChange(readMeetingFields(doc));
  map.observe(handler);
  return () => map.unobserve(handler);
}
