import type { Kysely } from 'kysely';
import { listMeetingRuns } from '../../db/queries/meetings';
import type { Database } from '../../db/schema';
import {
  meetingControlDocumentName,
  meetingDocumentName,
  runControlDocumentName,
} from '../../shared/documents/documentName';
import { readMeetingControl, writeMeetingControl } from '../../shared/meetings/meetingControlDoc';
import { agenda } from '../../shared/meetings/meetingDoc';
import {
  type AgendaCommand,
  type AgendaRefusal,
  applyAgendaCommand,
  refuseAgendaCommand,
} from '../../shared/meetings/runningAgenda';
import { plannedMinutes } from '../../shared/protocol-runs/protocolSchema';
import { readRunControl } from '../../shared/protocol-runs/runControlDoc';
import type { EditDocument } from '../collab/contracts';
import { readStoredDocument } from '../util/storedDocument';

/**
 * Runs a facilitator's agenda command on the meeting's control document, on the server's clock.
 * The agenda is read from the meeting document first; the check and the write then happen in
 * one transaction on the control document, so two commands at once cannot both pass the check
 * on the same state. Answers why it was refused, or null once it is written.
 */
export async function runAgendaCommand(
  editDocument: EditDocument,
  ref: { teamId: string; meetingId: string; actorId: string },
  command: AgendaCommand,
): Promise<AgendaRefusal | null> {
  const items = await readAgendaItems(editDocument, ref.teamId, ref.meetingId);
  return editDocument(
    meetingControlDocumentName(ref.teamId, ref.meetingId),
    (doc): AgendaRefusal | null => {
      const control = readMeetingControl(doc);
      if (control.closed) {
        return { code: 'invalid_state', message: 'The meeting is closed' };
      }
      const refusal = refuseAgendaCommand(control.agenda, command, items);
      if (refusal) return refusal;
      writeMeetingControl(doc, {
        agenda: applyAgendaCommand(control.agenda, command, items, Date.now()),
      });
      return null;
    },
    ref.actorId,
  );
}

/** The agenda items of a meeting, in order, as the server's copy of its document holds them. */
export function readAgendaItems(editDocument: EditDocument, teamId: string, meetingId: string) {
  return editDocument(meetingDocumentName(teamId, meetingId), (doc) => agenda.read(doc));
}

/**
 * The runs held in a meeting with the total minutes of the protocol each follows, read from
 * their stored control documents (null when one cannot be read).
 */
export async function listMeetingRunsWithMinutes(
  db: Kysely<Database>,
  teamId: string,
  meetingId: string,
) {
  const runs = await listMeetingRuns(db, meetingId);
  return Promise.all(
    runs.map(async (run) => {
      const doc = await readStoredDocument(db, runControlDocumentName(teamId, run.id));
      const control = readRunControl(doc);
      doc.destroy();
      return { ...run, plannedMinutes: control ? plannedMinutes(control.protocol) : null };
    }),
  );
}
