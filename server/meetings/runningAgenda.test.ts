import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeetingDetail } from '../../shared/api/meetings';
import {
  meetingControlDocumentName,
  meetingDocumentName,
} from '../../shared/documents/documentName';
import { readMeetingControl } from '../../shared/meetings/meetingControlDoc';
import { agenda, readMeetingFields, unlinkedAgendaItem } from '../../shared/meetings/meetingDoc';
import { actualMinutes } from '../../shared/meetings/runningAgenda';
import { findLibraryProtocol } from '../../shared/protocol-runs/protocolLibrary';
import { plannedMinutes } from '../../shared/protocol-runs/protocolSchema';
import { readStoredDocument } from '../util/storedDocument';
import { callApi, type TestUser } from '../testing/apiClient';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';

const MINUTE = 60_000;

describe.each(availableBackends())('the running agenda on %s', (backend) => {
  const fixture = useTestServer({ backend });

  const api = fixture.teamApi;
  const { connect } = fixture;

  /** A meeting with the given agenda items (title, minutes), added by a member's device. */
  async function meetingWithAgenda(title: string, items: [string, number][]) {
    const created = await api('POST', '/meetings', fixture.team.facilitator, {
      title,
      date: '2026-12-07',
    });
    expect(created.status).toBe(201);
    const meetingId = (created.body as { meetingId: string }).meetingId;
    const editor = await connect(
      meetingDocumentName(fixture.team.teamId, meetingId),
      fixture.team.member,
    );
    await editor.until((d) => readMeetingFields(d)?.title === title);
    const ids = items.map(([itemTitle, minutes]) =>
      agenda.add(editor.doc, {
        title: itemTitle,
        kind: 'discussion',
        minutes,
        owner: '',
        studentArtifact: false,
        ...unlinkedAgendaItem,
      }),
    );
    await editor.acknowledged();
    const control = await connect(
      meetingControlDocumentName(fixture.team.teamId, meetingId),
      fixture.team.member,
    );
    const command = (user: TestUser, body: unknown) =>
      api('POST', `/meetings/${meetingId}/agenda`, user, body);
    return { meetingId, ids, control, command };
  }

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('lets the facilitator take items up in turn; every device sees the current item', async () => {
    const { ids, control, command } = await meetingWithAgenda('December ILT', [
      ['Welcome', 5],
      ['Exit tickets', 15],
      ['Next steps', 10],
    ]);
    const [first, second, third] = ids as [string, string, string];

    const before = Date.now();
    expect((await command(fixture.team.facilitator, { type: 'start', itemId: first })).status).toBe(
      204,
    );
    await control.until((d) => readMeetingControl(d).agenda.current?.itemId === first);
    const current = readMeetingControl(control.doc).agenda.current;
    expect(current).toMatchObject({ title: 'Welcome', plannedMinutes: 5 });
    expect(current?.startedAt).toBeGreaterThanOrEqual(before);
    expect(current?.startedAt).toBeLessThanOrEqual(Date.now());

    // Counted on the server's clock: 18 minutes pass there before the facilitator moves on.
    const realNow = Date.now.bind(Date);
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + 18 * MINUTE);
    expect((await command(fixture.team.facilitator, { type: 'next' })).status).toBe(204);
    await control.until((d) => readMeetingControl(d).agenda.current?.itemId === second);
    const afterFirst = readMeetingControl(control.doc).agenda.times;
    expect(afterFirst.map((time) => [time.title, time.plannedMinutes])).toEqual([['Welcome', 5]]);
    expect(actualMinutes(afterFirst[0]?.spentMs ?? -1)).toBe(18);

    // The principal facilitates too; after the last item, next finishes the agenda.
    expect((await command(fixture.team.principal, { type: 'start', itemId: third })).status).toBe(
      204,
    );
    expect((await command(fixture.team.principal, { type: 'next' })).status).toBe(204);
    await control.until((d) => readMeetingControl(d).agenda.current === null);
    const times = readMeetingControl(control.doc).agenda.times;
    expect(times.map((time) => [time.itemId, time.plannedMinutes])).toEqual([
      [first, 5],
      [second, 15],
      [third, 10],
    ]);
    expect(times.slice(1).map((time) => actualMinutes(time.spentMs))).toEqual([0, 0]);
  });

  it('lets only the facilitator and principal run the agenda', async () => {
    const { meetingId, ids, control, command } = await meetingWithAgenda('Roles', [['Only', 5]]);
    const start = { type: 'start', itemId: ids[0] };
    expect((await command(fixture.team.member, start)).status).toBe(403);
    expect((await command(fixture.team.viewer, start)).status).toBe(403);
    const foreign = await callApi(
      fixture.app.url,
      'POST',
      `/api/teams/${fixture.team.teamId}/meetings/${meetingId}/agenda`,
      { token: fixture.team.outsider.token, body: start },
    );
    expect(foreign.status).toBe(404);
    // Nothing was written by the refused commands.
    const stored = await readStoredDocument(
      fixture.app.database.db,
      meetingControlDocumentName(fixture.team.teamId, meetingId),
    );
    expect(readMeetingControl(stored).agenda).toEqual({ current: null, times: [] });
    expect(readMeetingControl(control.doc).agenda.current).toBeNull();
  });

  it('refuses bad input, unknown items and moving on with nothing under way', async () => {
    const { ids, command } = await meetingWithAgenda('Bad input', [['Only', 5]]);
    const refused = async (body: unknown) => {
      const answer = await command(fixture.team.facilitator, body);
      return [answer.status, (answer.body as { error: { code: string } }).error.code];
    };
    expect(await refused({ type: 'start' })).toEqual([400, 'invalid_input']);
    expect(await refused({ type: 'jump', itemId: ids[0] })).toEqual([400, 'invalid_input']);
    expect(await refused({ type: 'start', itemId: 'not-on-the-agenda' })).toEqual([
      404,
      'item_not_found',
    ]);
    expect(await refused({ type: 'next' })).toEqual([409, 'invalid_state']);
    expect(await refused({ type: 'finish' })).toEqual([409, 'invalid_state']);
    expect(
      (await command(fixture.team.facilitator, { type: 'start', itemId: ids[0] })).status,
    ).toBe(204);
    expect(await refused({ type: 'start', itemId: ids[0] })).toEqual([409, 'invalid_state']);
    const unknownMeeting = await api(
      'POST',
      '/meetings/00000000-0000-4000-8000-000000000000/agenda',
      fixture.team.facilitator,
      { type: 'next' },
    );
    expect(unknownMeeting.status).toBe(404);
  });

  it('closing the meeting ends the item under way; the record is kept and exported', async () => {
    const { meetingId, ids, control, command } = await meetingWithAgenda('Closing', [
      ['Data review', 20],
      ['Decide', 10],
    ]);
    const run = await api('POST', '/runs', fixture.team.facilitator, {
      protocolId: 'notice-and-wonder',
      title: 'Exit tickets',
      meetingId,
    });
    expect(run.status).toBe(201);
    const detail = (await api('GET', `/meetings/${meetingId}`, fixture.team.viewer))
      .body as MeetingDetail;
    const protocol = findLibraryProtocol('notice-and-wonder');
    expect(detail.runs).toEqual([
      expect.objectContaining({
        title: 'Exit tickets',
        plannedMinutes: protocol ? plannedMinutes(protocol) : -1,
      }),
    ]);

    expect(
      (await command(fixture.team.facilitator, { type: 'start', itemId: ids[0] })).status,
    ).toBe(204);
    expect(
      (await api('POST', `/meetings/${meetingId}/close`, fixture.team.facilitator)).status,
    ).toBe(200);
    await control.until((d) => readMeetingControl(d).closed !== null);
    expect(readMeetingControl(control.doc).agenda.current).toBeNull();
    expect(readMeetingControl(control.doc).agenda.times.map((time) => time.itemId)).toEqual([
      ids[0],
    ]);
    const closed = await command(fixture.team.facilitator, { type: 'start', itemId: ids[1] });
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({ error: { message: 'The meeting is closed' } });

    // Persisted: the stored document holds the record, and the export lists it by item.
    const stored = await readStoredDocument(
      fixture.app.database.db,
      meetingControlDocumentName(fixture.team.teamId, meetingId),
    );
    expect(readMeetingControl(stored).agenda.times).toHaveLength(1);
    const response = await fetch(`${fixture.app.url}/api/teams/${fixture.team.teamId}/export`, {
      headers: { authorization: `Bearer ${fixture.team.principal.token}` },
    });
    expect(response.status).toBe(200);
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const meetingJson = files[`documents/meeting-${meetingId}.json`];
    const exported = JSON.parse(strFromU8(meetingJson ?? new Uint8Array())) as {
      agenda: { title: string; minutes: number; actualMinutes: number | null }[];
    };
    expect(exported.agenda.map((item) => [item.title, item.minutes, item.actualMinutes])).toEqual([
      ['Data review', 20, 0],
      ['Decide', 10, null],
    ]);
  });
});
