import { z } from 'zod';
import type * as Y from 'yjs';
import { runningAgendaSchema, emptyRunningAgenda } from './runningAgenda';

/**
 * The Yjs layout of a meeting's control document (`team/<id>/meeting/<meetingId>/control`):
 * the facilitator's focus-check signal, the running agenda and the closed record. Only the server
 * writes it, on commands it checks; every device reads it. One root map, `meeting`, with values
 * replaced whole.
 */
const ROOT = 'meeting';

/** The question a focus check puts on every screen. */
export const FOCUS_CHECK_QUESTION =
  'What impact does this conversation have on our students of focus?';

export const meetingControlSchema = z.object({
  /** Set while the facilitator has raised the focus check. */
  focusCheck: z.object({ raisedAt: z.number(), raisedByName: z.string() }).nullable().default(null),
  closed: z
    .object({ at: z.number(), byId: z.string(), byName: z.string(), versionName: z.string() })
    .nullable()
    .default(null),
  /**
   * The item under way and the time spent on each (see runningAgenda.ts). A value this version
   * cannot read counts as "not run yet" rather than hiding the closed record beside it.
   */
  agenda: runningAgendaSchema.default(emptyRunningAgenda).catch(emptyRunningAgenda),
});
export type MeetingControl = z.infer<typeof meetingControlSchema>;

/** Reads the control state (empty documents read as "nothing raised, still open"). */
export function readMeetingControl(doc: Y.Doc): MeetingControl {
  const parsed = meetingControlSchema.safeParse(doc.getMap(ROOT).toJSON());
  return parsed.success
    ? parsed.data
    : { focusCheck: null, closed: null, agenda: emptyRunningAgenda };
}

/** Writes fields of the control state in one transaction (server only). */
export function writeMeetingControl(doc: Y.Doc, fields: Partial<MeetingControl>): void {
  doc.transact(() => {
    const root = doc.getMap(ROOT);
    for (const [key, value] of Object.entries(fields)) {
      if (value !== undefined) root.set(key, value);
    }
  });
}

/** Calls `onChange` with the control state whenever it changes. */
export function observeMeetingControl(doc: Y.Doc, onChange: (control: MeetingControl) => void) {
  const root = doc.getMap(ROOT);
  const handler = () => onChange(readMeetingControl(doc));
  root.observe(handler);
  return () => root.unobserve(handler);
}
