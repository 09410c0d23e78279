import { randomUUID } from 'node:crypto';
import { insertAuditEvent } from '../../db/queries/audit';
import { listDecisions } from '../../db/queries/decisions';
import {
  findMeeting,
  insertMeeting,
  listMeetingRuns,
  listMeetings,
} from '../../db/queries/meetings';
import type { DecisionStatus } from '../../shared/decisions/decisionRules';
import {
  agendaCommandInput,
  createMeetingInput,
  focusCheckSignalInput,
  type MeetingDetail,
  type MeetingList,
  type MeetingSummary,
} from '../../shared/api/meetings';
import {
  decisionDocumentName,
  decisionStatusDocumentName,
  isUuid,
  meetingControlDocumentName,
  meetingDocumentName,
  runBoardDocumentName,
  runControlDocumentName,
} from '../../shared/documents/documentName';
import { writeMeetingControl, readMeetingControl } from '../../shared/meetings/meetingControlDoc';
import { writeMeetingFields } from '../../shared/meetings/meetingDoc';
import { applyAgendaCommand } from '../../shared/meetings/runningAgenda';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, teamRule } from '../http/ApiRouter';
import type { ApiContext, ApiDeps } from '../http/types';
import {
  listMeetingRunsWithMinutes,
  readAgendaItems,
  runAgendaCommand,
} from './runningAgendaCommands';

type MeetingRow = NonNullable<Awaited<ReturnType<typeof findMeeting>>>;

function summary(row: MeetingRow): MeetingSummary {
  return {
    id: row.id,
    title: row.title,
    date: row.meetingDate,
    closedAt: row.closedAt?.toISOString() ?? null,
    closedByName: row.closedByName,
  };
}

/**
 * `/api/teams/:teamId/meetings/*`: schedule meetings, signal a focus check, run the agenda,
 * close them.
 */
export function registerMeetingRoutes(router: ApiRouter, deps: ApiDeps): void {
  const meetingPath = '/api/teams/:teamId/meetings/:meetingId';
  const facilitate = teamRule('meeting.facilitate');

  /** The meeting named in the path, or undefined (the caller answers 404). */
  const meetingOf = async (c: ApiContext) => {
    const meetingId = c.req.param('meetingId') ?? '';
    return isUuid(meetingId) ? findMeeting(deps.db, c.get('teamId'), meetingId) : undefined;
  };
  const noMeeting = (c: ApiContext) =>
    apiError(c, 404, 'meeting_not_found', 'No such meeting in this team');

  router.add('GET', '/api/teams/:teamId/meetings', teamRule('team.view'), async (c) => {
    const body: MeetingList = {
      meetings: (await listMeetings(deps.db, c.get('teamId'))).map(summary),
    };
    return c.json(body);
  });

  router.add('POST', '/api/teams/:teamId/meetings', facilitate, async (c) => {
    const body = await readJsonBody(c, createMeetingInput);
    if (!body.ok) return body.response;
    const teamId = c.get('teamId');
    const user = c.get('user');
    const meetingId = randomUUID();
    const { title, date } = body.value;
    await insertMeeting(deps.db, {
      id: meetingId,
      teamId,
      title,
      meetingDate: date,
      createdBy: user.id,
    });
    await deps.editDocument(
      meetingDocumentName(teamId, meetingId),
      (doc) => writeMeetingFields(doc, { title, date, createdAt: Date.now() }),
      user.id,
    );
    return c.json({ meetingId }, 201);
  });

  router.add('GET', meetingPath, teamRule('team.view'), async (c) => {
    const meeting = await meetingOf(c);
    if (!meeting) return noMeeting(c);
    const [runs, decisions] = await Promise.all([
      listMeetingRunsWithMinutes(deps.db, c.get('teamId'), meeting.id),
      listDecisions(deps.db, c.get('teamId'), meeting.id),
    ]);
    const body: MeetingDetail = {
      ...summary(meeting),
      runs,
      decisions: decisions.map((d) => ({
        id: d.id,
        title: d.title,
        status: d.status as DecisionStatus,
      })),
    };
    return c.json(body);
  });

  router.add('POST', `${meetingPath}/focus-check`, facilitate, async (c) => {
    const meeting = await meetingOf(c);
    if (!meeting) return noMeeting(c);
    const body = await readJsonBody(c, focusCheckSignalInput);
    if (!body.ok) return body.response;
    const user = c.get('user');
    const focusCheck = body.value.raised ? { raisedAt: Date.now(), raisedByName: user.name } : null;
    await deps.editDocument(
      meetingControlDocumentName(c.get('teamId'), meeting.id),
      (doc) => writeMeetingControl(doc, { focusCheck }),
      user.id,
    );
    return c.body(null, 204);
  });

  router.add('POST', `${meetingPath}/agenda`, facilitate, async (c) => {
    const meeting = await meetingOf(c);
    if (!meeting) return noMeeting(c);
    const body = await readJsonBody(c, agendaCommandInput);
    if (!body.ok) return body.response;
    const refusal = await runAgendaCommand(
      deps.editDocument,
      { teamId: c.get('teamId'), meetingId: meeting.id, actorId: c.get('user').id },
      body.value,
    );
    if (refusal) {
      return apiError(
        c,
        refusal.code === 'item_not_found' ? 404 : 409,
        refusal.code,
        refusal.message,
      );
    }
    return c.body(null, 204);
  });

  router.add('POST', `${meetingPath}/close`, facilitate, async (c) => {
    const meeting = await meetingOf(c);
    if (!meeting) return noMeeting(c);
    const teamId = c.get('teamId');
    const user = c.get('user');
    const controlName = meetingControlDocumentName(teamId, meeting.id);
    const control = await deps.editDocument(controlName, readMeetingControl);
    if (control.closed) {
      return apiError(c, 409, 'invalid_state', `Already closed by ${control.closed.byName}`);
    }
    const versionName = `Meeting closed: ${meeting.title} (${meeting.meetingDate})`;

    // A named version of everything the meeting touched, read from the live documents.
    const [runs, decisions] = await Promise.all([
      listMeetingRuns(deps.db, meeting.id),
      listDecisions(deps.db, teamId, meeting.id),
    ]);
    const names = [
      meetingDocumentName(teamId, meeting.id),
      ...decisions.flatMap((d) => [
        decisionDocumentName(teamId, d.id),
        decisionStatusDocumentName(teamId, d.id),
      ]),
      ...runs.flatMap((r) => [
        runBoardDocumentName(teamId, r.id),
        runControlDocumentName(teamId, r.id),
      ]),
    ];
    for (const documentName of names) {
      await deps.versions.keep({
        documentName,
        teamId,
        name: versionName,
        reason: 'meeting-close',
        createdBy: user.id,
      });
    }
    await insertAuditEvent(deps.db, {
      teamId,
      actorId: user.id,
      action: 'meeting.closed',
      details: { meetingId: meeting.id, title: meeting.title, documents: names.length },
    });
    // The item under way when the meeting closes ends there: its minutes join the record.
    const items = await readAgendaItems(deps.editDocument, teamId, meeting.id);
    await deps.editDocument(
      controlName,
      (doc) => {
        const now = Date.now();
        const { agenda } = readMeetingControl(doc);
        writeMeetingControl(doc, {
          focusCheck: null,
          closed: { at: now, byId: user.id, byName: user.name, versionName },
          agenda: agenda.current
            ? applyAgendaCommand(agenda, { type: 'finish' }, items, now)
            : agenda,
        });
      },
      user.id,
    );
    return c.json({ versionName });
  });
}
