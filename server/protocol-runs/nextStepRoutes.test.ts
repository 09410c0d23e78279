import { afterAll, describe, expect, it } from 'vitest';
import type { OwnCard } from '../../shared/api/runs';
import { writeDecisionFields } from '../../shared/decisions/decisionDoc';
import { decisionDocumentName, runControlDocumentName } from '../../shared/documents/documentName';
import { readRunControl } from '../../shared/protocol-runs/runControlDoc';
import { editAsServer } from '../persistence/serverEdit';
import { callApi, createTeam, type TestUser } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';

describe.each(availableBackends())('next steps of a run on %s', (backend) => {
  const fixture = useTestServer({ backend });
  const clients: CollabClient[] = [];

  const api = fixture.teamApi;
  const connect = async (name: string, user: TestUser) => {
    const client = await connectClient(fixture.app.url, name, user.token, { awareness: false });
    clients.push(client);
    return client;
  };
  /** A started Notice and Wonder run with one card per text on its first step. */
  const runWithCards = async (...texts: string[]) => {
    const created = await api('POST', '/runs', fixture.team.facilitator, {
      protocolId: 'notice-and-wonder',
      title: `Run ${crypto.randomUUID()}`,
    });
    const runId = (created.body as { id: string }).id;
    expect(
      (await api('POST', `/runs/${runId}/control`, fixture.team.facilitator, { type: 'start' }))
        .status,
    ).toBe(200);
    const cardIds: string[] = [];
    for (const text of texts) {
      const card = await api('POST', `/runs/${runId}/cards`, fixture.team.member, {
        stepId: 'step-1',
        column: 'I notice',
        text,
        anonymous: false,
      });
      cardIds.push((card.body as OwnCard).id);
    }
    return { runId, cardIds };
  };
  const promote = async (runId: string, cardId: string, body: object) => {
    const promoted = await api(
      'POST',
      `/runs/${runId}/cards/${cardId}/promote`,
      fixture.team.member,
      body,
    );
    expect(promoted.status).toBe(201);
    return (promoted.body as { decisionId: string }).decisionId;
  };
  const decisionsOf = (client: CollabClient) => readRunControl(client.doc)?.decisions ?? null;

  afterAll(async () => {
    for (const client of clients) client.destroy();
  });

  it('lists a promoted card live and keeps its title, status and follow-ups in step', async () => {
    const { runId, cardIds } = await runWithCards('Fluency dips after lunch', 'Check the bell');
    const [first = '', second = ''] = cardIds;
    // A viewer reads the list: everyone who may open the run may read its decisions.
    const viewer = await connect(
      runControlDocumentName(fixture.team.teamId, runId),
      fixture.team.viewer,
    );
    expect(decisionsOf(viewer)).toEqual([]);

    const decisionId = await promote(runId, first, { as: 'decision' });
    await viewer.until((doc) => readRunControl(doc)?.decisions?.length === 1);
    expect(decisionsOf(viewer)).toEqual([
      { id: decisionId, title: 'Fluency dips after lunch', status: 'proposed', followUps: [] },
    ]);
    await promote(runId, second, { as: 'follow-up', decisionId });
    await viewer.until((doc) => readRunControl(doc)?.decisions?.[0]?.followUps.length === 1);
    expect(decisionsOf(viewer)?.[0]?.followUps).toEqual(['Check the bell']);

    // Retitled on its own page by a member, and decided there by the facilitator.
    const page = await connect(
      decisionDocumentName(fixture.team.teamId, decisionId),
      fixture.team.member,
    );
    writeDecisionFields(page.doc, {
      title: 'Move fluency practice before lunch',
      model: 'leader-decides',
      focusAffects: 'no',
    });
    await viewer.until(
      (doc) => readRunControl(doc)?.decisions?.[0]?.title === 'Move fluency practice before lunch',
    );
    await page.acknowledged();
    const decided = await api('POST', `/decisions/${decisionId}/status`, fixture.team.facilitator, {
      status: 'decided',
    });
    expect(decided.status).toBe(204);
    await viewer.until((doc) => readRunControl(doc)?.decisions?.[0]?.status === 'decided');
    expect(decisionsOf(viewer)).toEqual([
      {
        id: decisionId,
        title: 'Move fluency practice before lunch',
        status: 'decided',
        followUps: ['Check the bell'],
      },
    ]);
  });

  it('lets a facilitator bring every device to a decision of this run, and no one else', async () => {
    const { runId, cardIds } = await runWithCards('Exit tickets show gaps');
    const decisionId = await promote(runId, cardIds[0] ?? '', { as: 'decision' });
    const member = await connect(
      runControlDocumentName(fixture.team.teamId, runId),
      fixture.team.member,
    );
    const show = (id: string, user = fixture.team.facilitator) =>
      api('POST', `/runs/${runId}/decisions/${id}/show`, user);

    expect((await show(decisionId, fixture.team.member)).status).toBe(403);
    expect((await show(decisionId, fixture.team.viewer)).status).toBe(403);
    expect((await show(decisionId, fixture.team.outsider)).status).toBe(404);
    expect(readRunControl(member.doc)?.decisionFollow).toBeNull();

    const before = Date.now();
    expect(await show(decisionId)).toEqual({ status: 200, body: { ok: true } });
    await member.until((doc) => readRunControl(doc)?.decisionFollow?.seq === 1);
    const follow = readRunControl(member.doc)?.decisionFollow;
    expect(follow).toMatchObject({ decisionId, byName: 'Facilitator Fay' });
    expect(follow?.at).toBeGreaterThanOrEqual(before);
    // Bringing everyone to the same decision again is a new request.
    expect((await show(decisionId, fixture.team.principal)).status).toBe(200);
    await member.until((doc) => readRunControl(doc)?.decisionFollow?.seq === 2);
    expect(readRunControl(member.doc)?.decisionFollow?.byName).toBe('Principal Pat');

    // A decision of another run, or of another team, is refused and changes nothing.
    const other = await runWithCards('Attendance is down on Mondays');
    const otherRuns = await promote(other.runId, other.cardIds[0] ?? '', { as: 'decision' });
    const otherTeamId = await createTeam(fixture.app.url, fixture.team.outsider, 'Other school');
    const otherTeams = await callApi(
      fixture.app.url,
      'POST',
      `/api/teams/${otherTeamId}/decisions`,
      {
        token: fixture.team.outsider.token,
        body: { title: 'Their decision' },
      },
    );
    expect(otherTeams.status).toBe(201);
    const refusal = {
      status: 404,
      body: {
        error: { code: 'decision_not_found', message: 'That decision did not come from this run' },
      },
    };
    expect(await show(otherRuns)).toMatchObject(refusal);
    expect(await show((otherTeams.body as { decisionId: string }).decisionId)).toMatchObject(
      refusal,
    );
    expect(await show(crypto.randomUUID())).toMatchObject(refusal);
    expect(await show('not-a-decision')).toMatchObject(refusal);
    const noRun = await api(
      'POST',
      `/runs/${crypto.randomUUID()}/decisions/${decisionId}/show`,
      fixture.team.facilitator,
    );
    expect(noRun).toMatchObject({ status: 404, body: { error: { code: 'run_not_found' } } });
    // The refusals wrote nothing: a later request is the third.
    expect((await show(decisionId)).status).toBe(200);
    await member.until((doc) => readRunControl(doc)?.decisionFollow?.seq === 3);
    expect(readRunControl(member.doc)?.decisionFollow?.decisionId).toBe(decisionId);
  });

  it('gives a run from before the list was kept its list when first asked', async () => {
    const { runId, cardIds } = await runWithCards('Writing samples are short');
    const decisionId = await promote(runId, cardIds[0] ?? '', { as: 'decision' });
    const name = runControlDocumentName(fixture.team.teamId, runId);
    await editAsServer(fixture.app.hocuspocus, fixture.app.persistence, name, (doc) =>
      doc.getMap('run').delete('decisions'),
    );
    const viewer = await connect(name, fixture.team.viewer);
    expect(decisionsOf(viewer)).toBeNull();

    const listed = await api('GET', `/runs/${runId}/decisions`, fixture.team.viewer);
    const entry = { id: decisionId, title: 'Writing samples are short', status: 'proposed' };
    expect(listed).toMatchObject({ status: 200, body: { decisions: [entry] } });
    await viewer.until((doc) => readRunControl(doc)?.decisions?.length === 1);
    expect(decisionsOf(viewer)).toEqual([{ ...entry, followUps: [] }]);
  });
});
