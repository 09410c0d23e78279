import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DecisionChanges, MyVote } from '../../shared/api/decisions';
import type { MeetingDetail } from '../../shared/api/meetings';
import type { TeamDetail } from '../../shared/api/teams';
import {
  addEvidence,
  DECISION_TEXT_FIELD,
  followUps,
  readDecisionFields,
  writeDecisionFields,
} from '../../shared/decisions/decisionDoc';
import { readDecisionStatus } from '../../shared/decisions/decisionStatusDoc';
import {
  decisionDocumentName,
  decisionStatusDocumentName,
  meetingControlDocumentName,
  meetingDocumentName,
} from '../../shared/documents/documentName';
import { readMeetingControl } from '../../shared/meetings/meetingControlDoc';
import {
  agenda,
  readMeetingFields,
  setAttendance,
  unlinkedAgendaItem,
} from '../../shared/meetings/meetingDoc';
import { projectDecisionDoc } from '../../shared/decisions/decisionProjection';
import { stableJson } from '../../shared/util/stableJson';
import { callApi, type TestUser } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { availableBackends } from '../testing/testDatabase';
import { readStoredDocument } from '../util/storedDocument';
import { appendDocumentUpdates } from '../../db/queries/documents';
import { useTestServer } from '../testing/useTestServer';

/** Types into a rich-text field the way the editor stores it: a paragraph of text. */
function writeParagraph(doc: Y.Doc, field: string, text: string): void {
  const fragment = doc.getXmlFragment(field);
  doc.transact(() => {
    if (fragment.length === 0) fragment.insert(0, [new Y.XmlElement('paragraph')]);
    const paragraph = fragment.get(0) as Y.XmlElement;
    if (paragraph.length === 0) paragraph.insert(0, [new Y.XmlText()]);
    const node = paragraph.get(0) as Y.XmlText;
    node.insert(node.length, text);
  });
}

describe.each(availableBackends())('meetings and the decision log on %s', (backend) => {
  const fixture = useTestServer({ backend });
  const clients: CollabClient[] = [];

  const api = fixture.teamApi;
  const connect = async (name: string, user: TestUser) => {
    const client = await connectClient(fixture.app.url, name, user.token);
    clients.push(client);
    return client;
  };
  const newDecision = async (title: string, meetingId?: string) => {
    const created = await api('POST', '/decisions', fixture.team.member, { title, meetingId });
    expect(created.status).toBe(201);
    return (created.body as { decisionId: string }).decisionId;
  };
  const row = (decisionId: string) =>
    fixture.app.database.db
      .selectFrom('decisions')
      .selectAll()
      .where('id', '=', decisionId)
      .executeTakeFirstOrThrow();
  const followUpRows = (decisionId: string) =>
    fixture.app.database.db
      .selectFrom('followUps')
      .select(['id', 'position', 'task', 'owner', 'dueDate', 'status'])
      .where('decisionId', '=', decisionId)
      .orderBy('position')
      .execute();

  /** Resolves once a client holds everything the server's copy of its document holds. */
  const caughtUp = (client: CollabClient, name: string) => {
    const server = fixture.app.hocuspocus.documents.get(name);
    if (!server) throw new Error(`${name} is not open on the server`);
    const target = Buffer.from(Y.encodeStateVector(server)).toString('base64');
    return client.until(
      (doc) => Buffer.from(Y.encodeStateVector(doc)).toString('base64') === target,
    );
  };

  /** The rows must say exactly what the document says. */
  async function expectRowsMatch(decisionId: string, doc: Y.Doc) {
    const projected = projectDecisionDoc(doc);
    if (!projected) throw new Error('decision document is empty');
    const stored = await row(decisionId);
    const { columns } = projected;
    for (const key of Object.keys(columns) as (keyof typeof columns)[]) {
      expect(stableJson(stored[key] ?? null), `column ${key}`).toBe(stableJson(columns[key]));
    }
    expect(await followUpRows(decisionId)).toEqual(projected.followUps);
  }

  afterAll(async () => {
    for (const client of clients) client.destroy();
  });

  it('lets two people edit one decision at once; both converge with the server', async () => {
    const decisionId = await newDecision('Adopt a shared exit ticket');
    const name = decisionDocumentName(fixture.team.teamId, decisionId);
    const [a, b] = await Promise.all([
      connect(name, fixture.team.member),
      connect(name, fixture.team.facilitator),
    ]);

    // Both type into the same paragraph and add follow-ups in the same moment.
    writeParagraph(a.doc, DECISION_TEXT_FIELD, 'Every class ends with ');
    writeParagraph(b.doc, DECISION_TEXT_FIELD, 'the same three questions.');
    followUps.add(a.doc, {
      task: 'Draft the questions',
      owner: 'Ana',
      dueDate: null,
      status: 'open',
    });
    followUps.add(b.doc, {
      task: 'Share with grade 8',
      owner: '',
      dueDate: '2026-12-01',
      status: 'open',
    });
    writeDecisionFields(a.doc, { owner: 'Ana' });
    writeDecisionFields(b.doc, { model: 'fist-to-five' });
    await Promise.all([a.acknowledged(), b.acknowledged()]);

    await Promise.all([caughtUp(a, name), caughtUp(b, name)]);
    const server = fixture.app.hocuspocus.documents.get(name);
    if (!server) throw new Error('document not open on the server');
    expect(followUps.read(a.doc)).toEqual(followUps.read(b.doc));
    expect(followUps.read(a.doc)).toHaveLength(2);
    expect(a.doc.getXmlFragment(DECISION_TEXT_FIELD).toString()).toBe(
      b.doc.getXmlFragment(DECISION_TEXT_FIELD).toString(),
    );
    expect(server.getXmlFragment(DECISION_TEXT_FIELD).toString()).toContain('three questions');
    expect(readDecisionFields(b.doc)).toMatchObject({ owner: 'Ana', model: 'fist-to-five' });
    // Saved, so the rows already agree.
    await expectRowsMatch(decisionId, server);
  });

  it('keeps the rows in step with the document after every save', async () => {
    const decisionId = await newDecision('Move data meetings to Tuesdays', undefined);
    const name = decisionDocumentName(fixture.team.teamId, decisionId);
    const editor = await connect(name, fixture.team.member);
    const other = await connect(name, fixture.team.principal);
    await editor.until((doc) => readDecisionFields(doc)?.title !== undefined);

    const steps: ((doc: Y.Doc) => void)[] = [
      (doc) => writeDecisionFields(doc, { title: 'Move data meetings to Tuesday mornings' }),
      (doc) => writeParagraph(doc, DECISION_TEXT_FIELD, 'Data meetings move to Tuesdays.'),
      (doc) => writeParagraph(doc, 'rationale', 'Fewer clashes with coaching, "quoted", ok.'),
      (doc) => writeDecisionFields(doc, { model: 'consent', focusAffects: 'yes' }),
      (doc) => writeDecisionFields(doc, { focusStudentIds: ['s-1', 's-2'], focusHow: 'Exit data' }),
      (doc) => addEvidence(doc, { kind: 'url', url: 'https://example.org/data', label: 'Data' }),
      (doc) => {
        followUps.add(doc, {
          task: 'Book rooms',
          owner: 'Li',
          dueDate: '2026-12-04',
          status: 'open',
        });
      },
      (doc) => {
        const [first] = followUps.read(doc);
        if (first) followUps.update(doc, first.id, { status: 'done' });
      },
      (doc) => {
        const [first] = followUps.read(doc);
        if (first) followUps.remove(doc, first.id);
      },
    ];
    for (const [index, step] of steps.entries()) {
      const client = index % 2 === 0 ? editor : other;
      await caughtUp(client, name);
      step(client.doc);
      await client.acknowledged();
      await expectRowsMatch(decisionId, client.doc);
    }
  });

  it('counts one vote per person, recounted by the server; nobody forges the tally', async () => {
    const decisionId = await newDecision('Use fist to five for norms');
    const docName = decisionDocumentName(fixture.team.teamId, decisionId);
    const statusName = decisionStatusDocumentName(fixture.team.teamId, decisionId);
    const editor = await connect(docName, fixture.team.facilitator);

    // No model yet: no vote.
    const early = await api('POST', `/decisions/${decisionId}/vote/open`, fixture.team.facilitator);
    expect(early.status).toBe(409);
    writeDecisionFields(editor.doc, { model: 'fist-to-five' });
    await editor.acknowledged();

    expect(
      (await api('POST', `/decisions/${decisionId}/vote/open`, fixture.team.member)).status,
    ).toBe(403);
    expect(
      (await api('POST', `/decisions/${decisionId}/vote/open`, fixture.team.facilitator)).status,
    ).toBe(204);
    const watcher = await connect(statusName, fixture.team.member);

    const vote = (user: TestUser, value: unknown) =>
      api('PUT', `/decisions/${decisionId}/vote`, user, { value });
    expect((await vote(fixture.team.member, 2)).status).toBe(200);
    expect((await vote(fixture.team.principal, 5)).status).toBe(200);
    // A second vote replaces the first; it never counts twice.
    const changed = await vote(fixture.team.member, 4);
    expect(changed.body).toEqual({ round: 1, value: 4 } satisfies MyVote);
    // Nobody votes for somebody else, or with an answer the model does not have.
    const forOther = await api('PUT', `/decisions/${decisionId}/vote`, fixture.team.member, {
      value: 1,
      userId: fixture.team.principal.id,
    });
    expect(forOther.status).toBe(400);
    expect((await vote(fixture.team.member, 9)).status).toBe(400);
    expect((await vote(fixture.team.viewer, 3)).status).toBe(403);

    // A client writing its own tally into the status document is refused: read-only.
    const observer = await connect(statusName, fixture.team.facilitator);
    watcher.doc.getMap('status').set('vote', { forged: true });
    // A later message on the same socket is handled after the forged update: once another
    // device sees it, the server has already dealt with the forgery.
    watcher.provider.setAwarenessField('probe', 'after-forgery');
    await observer.seesAwareness((state) => state.probe === 'after-forgery');
    const server = () => {
      const doc = fixture.app.hocuspocus.documents.get(statusName);
      if (!doc) throw new Error('status document not open');
      return readDecisionStatus(doc);
    };
    expect(server().vote?.tally).toMatchObject({ voters: 2, counts: { '4': 1, '5': 1 } });
    expect(server().vote?.voters.map((v) => v.name)).toEqual(['Member Max', 'Principal Pat']);

    const mine = await api('GET', `/decisions/${decisionId}/vote`, fixture.team.member);
    expect(mine.body).toEqual({ round: 1, value: 4 });
    expect(
      (await api('POST', `/decisions/${decisionId}/vote/close`, fixture.team.facilitator)).status,
    ).toBe(204);
    expect((await vote(fixture.team.member, 1)).status).toBe(409);
    expect(server().vote).toMatchObject({ open: false, tally: { passes: true } });
    const stored = await row(decisionId);
    expect(stored.tally).toMatchObject({ passes: true, voters: 2 });
    expect(stored.voters).toEqual(['Member Max', 'Principal Pat']);
  });

  it('decides only with a focus check, by a facilitator; only the principal reopens', async () => {
    const decisionId = await newDecision('Leader decides the schedule');
    const editor = await connect(
      decisionDocumentName(fixture.team.teamId, decisionId),
      fixture.team.member,
    );
    writeDecisionFields(editor.doc, { model: 'leader-decides' });
    await editor.acknowledged();
    const status = (user: TestUser, body: object) =>
      api('POST', `/decisions/${decisionId}/status`, user, body);

    expect((await status(fixture.team.member, { status: 'decided' })).status).toBe(403);
    const withoutCheck = await status(fixture.team.facilitator, { status: 'decided' });
    expect(withoutCheck.status).toBe(409);
    expect(JSON.stringify(withoutCheck.body)).toContain('focus check');

    writeDecisionFields(editor.doc, { focusAffects: 'no' });
    await editor.acknowledged();
    expect((await status(fixture.team.facilitator, { status: 'decided' })).status).toBe(204);
    expect((await row(decisionId)).status).toBe('decided');
    expect((await row(decisionId)).decidedBy).toBe(fixture.team.facilitator.id);

    expect((await status(fixture.team.facilitator, { status: 'proposed' })).status).toBe(403);
    expect((await status(fixture.team.principal, { status: 'revisited' })).status).toBe(204);
    expect((await row(decisionId)).status).toBe('revisited');

    const audit = await callApi(fixture.app.url, 'GET', `/api/teams/${fixture.team.teamId}/audit`, {
      token: fixture.team.principal.token,
    });
    const actions = (audit.body as { events: { action: string }[] }).events.map((e) => e.action);
    expect(actions).toContain('decision.finalized');
    expect(actions).toContain('decision.reopened');
  });

  it('records who changed which field, and when', async () => {
    const decisionId = await newDecision('Share student work monthly');
    const name = decisionDocumentName(fixture.team.teamId, decisionId);
    const member = await connect(name, fixture.team.member);
    const principal = await connect(name, fixture.team.principal);

    writeDecisionFields(member.doc, { title: 'Share student work every month' });
    await member.acknowledged();
    writeDecisionFields(principal.doc, { model: 'consensus' });
    await principal.acknowledged();
    writeDecisionFields(member.doc, { title: 'Share student work every month, by grade' });
    await member.acknowledged();

    const history = await api('GET', `/decisions/${decisionId}/changes`, fixture.team.viewer);
    const changes = (history.body as DecisionChanges).changes;
    const titleChanges = changes.filter((c) => c.field === 'title');
    // One person's run of edits to one field is one entry: from the first text to the last.
    expect(titleChanges).toHaveLength(1);
    expect(titleChanges[0]).toMatchObject({
      byName: 'Member Max',
      before: 'Share student work monthly',
      after: 'Share student work every month, by grade',
    });
    expect(changes.find((c) => c.field === 'model')).toMatchObject({
      byName: 'Principal Pat',
      before: null,
      after: 'consensus',
    });
    // Someone else's change to the title is a new entry.
    writeDecisionFields(principal.doc, { title: 'Share student work monthly, by grade' });
    await principal.acknowledged();
    const again = (await api('GET', `/decisions/${decisionId}/changes`, fixture.team.viewer))
      .body as DecisionChanges;
    expect(again.changes.filter((c) => c.field === 'title').map((c) => c.byName)).toEqual([
      'Principal Pat',
      'Member Max',
    ]);

    // The history belongs to its team.
    const foreign = await callApi(
      fixture.app.url,
      'GET',
      `/api/teams/${fixture.team.teamId}/decisions/${decisionId}/changes`,
      { token: fixture.team.outsider.token },
    );
    expect(foreign.status).toBe(404);
  });

  it('runs a meeting: agenda, attendees, focus check, linked work, close with versions', async () => {
    const created = await api('POST', '/meetings', fixture.team.facilitator, {
      title: 'November ILT',
      date: '2026-11-24',
    });
    expect(created.status).toBe(201);
    const meetingId = (created.body as { meetingId: string }).meetingId;
    expect(
      (await api('POST', '/meetings', fixture.team.member, { title: 'x', date: '2026-11-24' }))
        .status,
    ).toBe(403);
    expect(
      (await api('POST', '/meetings', fixture.team.facilitator, { title: 'x', date: '24/11' }))
        .status,
    ).toBe(400);

    const doc = await connect(
      meetingDocumentName(fixture.team.teamId, meetingId),
      fixture.team.member,
    );
    await doc.until((d) => readMeetingFields(d)?.title === 'November ILT');
    agenda.add(doc.doc, {
      title: 'Look at exit tickets',
      kind: 'protocol-run',
      minutes: 25,
      owner: 'Fay',
      studentArtifact: true,
      ...unlinkedAgendaItem,
    });
    setAttendance(doc.doc, fixture.team.member.id, true);
    setAttendance(doc.doc, fixture.team.viewer.id, false);
    await doc.acknowledged();
    const meetingRow = await fixture.app.database.db
      .selectFrom('meetings')
      .selectAll()
      .where('id', '=', meetingId)
      .executeTakeFirstOrThrow();
    expect(meetingRow.attendeeIds).toEqual([fixture.team.member.id]);

    const control = await connect(
      meetingControlDocumentName(fixture.team.teamId, meetingId),
      fixture.team.member,
    );
    expect(
      (
        await api('POST', `/meetings/${meetingId}/focus-check`, fixture.team.member, {
          raised: true,
        })
      ).status,
    ).toBe(403);
    await api('POST', `/meetings/${meetingId}/focus-check`, fixture.team.facilitator, {
      raised: true,
    });
    await control.until(
      (d) => readMeetingControl(d).focusCheck?.raisedByName === 'Facilitator Fay',
    );

    const run = await api('POST', '/runs', fixture.team.facilitator, {
      protocolId: 'notice-and-wonder',
      title: 'Exit tickets',
      meetingId,
    });
    expect(run.status).toBe(201);
    const decisionId = await newDecision('Reteach fractions', meetingId);
    const unknownMeeting = await api('POST', '/decisions', fixture.team.member, {
      title: 'Lost',
      meetingId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknownMeeting.status).toBe(404);

    const detail = (await api('GET', `/meetings/${meetingId}`, fixture.team.viewer))
      .body as MeetingDetail;
    expect(detail.runs.map((r) => r.title)).toEqual(['Exit tickets']);
    expect(detail.decisions.map((d) => d.id)).toEqual([decisionId]);

    const closed = await api('POST', `/meetings/${meetingId}/close`, fixture.team.facilitator);
    expect(closed.status).toBe(200);
    await control.until((d) => readMeetingControl(d).closed?.byName === 'Facilitator Fay');
    expect(readMeetingControl(control.doc).focusCheck).toBeNull();
    expect(
      (await api('POST', `/meetings/${meetingId}/close`, fixture.team.facilitator)).status,
    ).toBe(409);

    const versions = await fixture.app.database.db
      .selectFrom('documentVersions')
      .select(['documentName', 'name', 'reason', 'state'])
      .where('teamId', '=', fixture.team.teamId)
      .where('reason', '=', 'meeting-close')
      .execute();
    // The meeting, the decision and its status, the run's board and control.
    expect(versions).toHaveLength(5);
    const meetingVersion = versions.find(
      (v) => v.documentName === meetingDocumentName(fixture.team.teamId, meetingId),
    );
    const restored = new Y.Doc();
    Y.applyUpdate(restored, meetingVersion?.state ?? new Uint8Array());
    expect(agenda.read(restored).map((item) => item.title)).toEqual(['Look at exit tickets']);
    expect(meetingVersion?.name).toContain('November ILT');

    const list = await api('GET', '/meetings', fixture.team.viewer);
    expect(list.body).toMatchObject({
      meetings: [{ id: meetingId, closedByName: 'Facilitator Fay' }],
    });
  });

  it('keeps the team time zone, set by the principal', async () => {
    const path = '/time-zone';
    expect(
      (await api('PUT', path, fixture.team.facilitator, { timeZone: 'America/Chicago' })).status,
    ).toBe(403);
    expect(
      (await api('PUT', path, fixture.team.principal, { timeZone: 'Mars/Olympus' })).status,
    ).toBe(400);
    expect(
      (await api('PUT', path, fixture.team.principal, { timeZone: 'America/Chicago' })).status,
    ).toBe(200);
    const team = (await api('GET', '', fixture.team.member)).body as TeamDetail;
    expect(team.timeZone).toBe('America/Chicago');
  });

  it('repairs rows at start-up when the server stopped between logging and projecting', async () => {
    const decisionId = await newDecision('Before the stop');
    const name = decisionDocumentName(fixture.team.teamId, decisionId);
    // A logged update whose projection never ran: as if the server died in between.
    const stored = await readStoredDocument(fixture.app.database.db, name);
    const before = Y.encodeStateVector(stored);
    writeDecisionFields(stored, { title: 'Logged, then the server stopped' });
    await appendDocumentUpdates(fixture.app.database.db, [
      {
        documentName: name,
        teamId: fixture.team.teamId,
        update: Y.encodeStateAsUpdate(stored, before),
      },
    ]);
    expect((await row(decisionId)).title).toBe('Before the stop');

    for (const client of clients.splice(0)) client.destroy();
    await fixture.restart();
    await fixture.app.projections.projector.idle();
    expect((await row(decisionId)).title).toBe('Logged, then the server stopped');
  });
});
