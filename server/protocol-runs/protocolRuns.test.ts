import { describe, expect, it } from 'vitest';
import type { MyRunState, OwnCard } from '../../shared/api/runs';
import { followUps, readDecisionFields, readEvidence } from '../../shared/decisions/decisionDoc';
import {
  decisionDocumentName,
  runBoardDocumentName,
  runControlDocumentName,
} from '../../shared/documents/documentName';
import { measureClockOffset } from '../../shared/protocol-runs/clockOffset';
import { readBoard } from '../../shared/protocol-runs/runBoardDoc';
import { readRunControl } from '../../shared/protocol-runs/runControlDoc';
import { formatClock, remainingMs } from '../../shared/protocol-runs/timer';
import { callApi, type TestUser } from '../testing/apiClient';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';

describe.each(availableBackends())('protocol runs on %s', (backend) => {
  const fixture = useTestServer({ backend });

  const api = fixture.teamApi;
  const { connect } = fixture;
  const newRun = async (protocolId = 'notice-and-wonder') => {
    const created = await api('POST', '/runs', fixture.team.facilitator, {
      protocolId,
      title: `Run ${Date.now()}`,
    });
    expect(created.status).toBe(201);
    return (created.body as { id: string }).id;
  };
  const command = (runId: string, body: object, user = fixture.team.facilitator) =>
    api('POST', `/runs/${runId}/control`, user, body);

  it("refuses a member's every attempt to change the control state", async () => {
    const runId = await newRun();
    const name = runControlDocumentName(fixture.team.teamId, runId);
    const member = await connect(name, fixture.team.member);
    const facilitator = await connect(name, fixture.team.facilitator);
    expect((await command(runId, { type: 'start' }, fixture.team.member)).status).toBe(403);
    expect((await command(runId, { type: 'start' }, fixture.team.viewer)).status).toBe(403);
    // Through the socket: the control document is read-only for everyone but the server.
    member.doc.getMap('run').set('timer', { status: 'ended' });
    member.provider.setAwarenessField('probe', 'forged');
    await facilitator.seesAwareness((state) => state.probe === 'forged');
    expect(readRunControl(facilitator.doc)?.timer.status).toBe('ready');
    const inServer = fixture.app.hocuspocus.documents.get(name);
    expect(inServer && readRunControl(inServer)?.timer.status).toBe('ready');
    expect((await command(runId, { type: 'start' })).status).toBe(200);
    await facilitator.until((doc) => readRunControl(doc)?.timer.status === 'running');
    expect((await command(runId, { type: 'start' })).status).toBe(409);
  });

  it('shows the same remaining time on devices with skewed clocks, and the right step on reconnect', async () => {
    const runId = await newRun();
    const name = runControlDocumentName(fixture.team.teamId, runId);
    await command(runId, { type: 'start' });
    await command(runId, { type: 'next' });
    await command(runId, { type: 'add-time', minutes: 2 });
    const serverNow = async () =>
      ((await callApi(fixture.app.url, 'GET', '/api/time')).body as { now: number }).now;
    // Two devices: one clock 47 s fast, one 3 minutes slow.
    const devices = [47_000, -180_000].map((skew) => () => Date.now() + skew);
    const shown: string[] = [];
    for (const [i, localNow] of devices.entries()) {
      const offset = await measureClockOffset(serverNow, localNow);
      const client = await connect(name, i === 0 ? fixture.team.member : fixture.team.viewer);
      const control = readRunControl(client.doc);
      const step = control?.protocol.steps[control.timer.stepIndex];
      if (!control || !step) throw new Error('no control state');
      expect(step.title).toBe('Share what we noticed');
      shown.push(formatClock(remainingMs(control.timer, step, localNow() + offset)));
      client.destroy();
    }
    const seconds = shown.map((s) => Number(s.split(':')[0]) * 60 + Number(s.split(':')[1]));
    expect(Math.abs((seconds[0] ?? 0) - (seconds[1] ?? 0))).toBeLessThanOrEqual(1);
    expect(seconds[0]).toBeGreaterThan(6 * 60);

    // A device that reconnects after the facilitator moved on sees the new step at once.
    const late = await connect(name, fixture.team.member);
    const closed = new Promise((resolve) => late.socket.on('close', resolve));
    late.socket.disconnect();
    await closed;
    await command(runId, { type: 'next' });
    await late.socket.connect();
    await late.until((doc) => readRunControl(doc)?.timer.stepIndex === 2);
    expect(readRunControl(late.doc)?.protocol.steps[2]?.title).toBe('Silent wondering');
  });

  it('keeps private cards and anonymous authors off other devices until revealed', async () => {
    const runId = await newRun('tuning');
    await command(runId, { type: 'start' });
    for (let i = 0; i < 4; i++) await command(runId, { type: 'next' });
    const board = runBoardDocumentName(fixture.team.teamId, runId);
    const other = await connect(board, fixture.team.viewer);
    const card = await api('POST', `/runs/${runId}/cards`, fixture.team.member, {
      stepId: 'step-5',
      column: 'Cool feedback',
      text: 'Unclear success criteria',
      anonymous: true,
    });
    expect(card.status).toBe(201);
    expect((card.body as OwnCard).revealed).toBe(false);
    const mine = (await api('GET', `/runs/${runId}/mine`, fixture.team.member)).body as MyRunState;
    expect(mine.cards.map((c) => c.text)).toEqual(['Unclear success criteria']);
    const wrongStep = await api('POST', `/runs/${runId}/cards`, fixture.team.member, {
      stepId: 'step-1',
      column: 'Cool feedback',
      text: 'Late',
      anonymous: false,
    });
    expect(wrongStep.status).toBe(409);

    // Until revealed, nothing about the card is in another participant's document. (The
    // facilitator's later command reaches this device after anything the card could have sent.)
    await command(runId, { type: 'follow-me' });
    const control = await connect(
      runControlDocumentName(fixture.team.teamId, runId),
      fixture.team.viewer,
    );
    await control.until((doc) => readRunControl(doc)?.followSeq === 1);
    expect(JSON.stringify(other.doc.toJSON())).not.toContain('Unclear success criteria');
    expect(readBoard(other.doc).cards).toEqual([]);

    expect((await command(runId, { type: 'reveal', stepId: 'step-5' })).status).toBe(200);
    await other.until((doc) => readBoard(doc).cards.length === 1);
    const shown = readBoard(other.doc).cards[0];
    expect(shown).toMatchObject({ text: 'Unclear success criteria', author: null });
    expect(JSON.stringify(other.doc.toJSON())).not.toContain(fixture.team.member.id);
    expect(JSON.stringify(other.doc.toJSON())).not.toContain('Member Max');
  });

  it('counts a vote once per person, within the votes each person has', async () => {
    const runId = await newRun();
    await command(runId, { type: 'start' });
    const cardIds: string[] = [];
    for (const text of ['One', 'Two', 'Three', 'Four']) {
      const card = await api('POST', `/runs/${runId}/cards`, fixture.team.member, {
        stepId: 'step-1',
        column: 'I notice',
        text,
        anonymous: false,
      });
      cardIds.push((card.body as OwnCard).id);
    }
    const [first, second, third, fourth] = cardIds as [string, string, string, string];
    const vote = (user: TestUser, cardId: string) =>
      api('POST', `/runs/${runId}/votes`, user, { cardId });
    expect((await vote(fixture.team.principal, first)).status).toBe(200);
    expect((await vote(fixture.team.principal, first)).body).toEqual({ votes: [first] });
    await Promise.all([vote(fixture.team.principal, first), vote(fixture.team.principal, first)]);
    expect((await vote(fixture.team.member, first)).status).toBe(200);
    await vote(fixture.team.principal, second);
    await vote(fixture.team.principal, third);
    const fourthVote = await vote(fixture.team.principal, fourth);
    expect(fourthVote).toMatchObject({ status: 409, body: { error: { code: 'no_votes_left' } } });
    expect((await vote(fixture.team.viewer, first)).status).toBe(403);

    const board = await connect(
      runBoardDocumentName(fixture.team.teamId, runId),
      fixture.team.viewer,
    );
    const votes = Object.fromEntries(readBoard(board.doc).cards.map((c) => [c.text, c.votes]));
    expect(votes).toEqual({ One: 2, Two: 1, Three: 1, Four: 0 });
    await api('DELETE', `/runs/${runId}/votes/${first}`, fixture.team.principal);
    await board.until((doc) => readBoard(doc).cards.find((c) => c.id === first)?.votes === 1);
  });

  it('groups cards by drop and by command: joins, moves, renames, ungroups, drops empty groups', async () => {
    const runId = await newRun();
    await command(runId, { type: 'start' });
    const ids: Record<string, string> = {};
    for (const text of ['Fractions', 'Decimals', 'Ratios', 'Late starts']) {
      const card = await api('POST', `/runs/${runId}/cards`, fixture.team.member, {
        stepId: 'step-1',
        column: 'I notice',
        text,
        anonymous: false,
      });
      ids[text] = (card.body as OwnCard).id;
    }
    const id = (text: string) => ids[text] ?? '';
    const board = await connect(
      runBoardDocumentName(fixture.team.teamId, runId),
      fixture.team.viewer,
    );
    const groupOf = (doc: Parameters<typeof readBoard>[0], text: string) => {
      const { cards, groups } = readBoard(doc);
      const groupId = cards.find((c) => c.text === text)?.groupId;
      return groups.find((g) => g.id === groupId)?.title ?? null;
    };

    // A card dropped on another makes a group of the two; a viewer may not group.
    const pair = {
      stepId: 'step-1',
      title: 'Number sense',
      cardIds: [id('Fractions'), id('Decimals')],
    };
    expect((await api('POST', `/runs/${runId}/groups`, fixture.team.viewer, pair)).status).toBe(
      403,
    );
    const created = await api('POST', `/runs/${runId}/groups`, fixture.team.member, pair);
    expect(created.status).toBe(201);
    const numberSense = (created.body as { id: string }).id;
    await board.until((doc) => groupOf(doc, 'Decimals') === 'Number sense');

    // A card dropped on a group joins it.
    const join = (groupId: string, cardIds: string[], user = fixture.team.member) =>
      api('POST', `/runs/${runId}/groups/${groupId}/cards`, user, { cardIds });
    expect((await join(numberSense, [id('Ratios')])).status).toBe(200);
    await board.until((doc) => groupOf(doc, 'Ratios') === 'Number sense');

    // A new group takes its cards out of the old one; renaming reaches every device.
    const second = await api('POST', `/runs/${runId}/groups`, fixture.team.principal, {
      stepId: 'step-1',
      title: 'Time',
      cardIds: [id('Late starts'), id('Ratios')],
    });
    const time = (second.body as { id: string }).id;
    const rename = await api('PATCH', `/runs/${runId}/groups/${time}`, fixture.team.member, {
      title: 'Time on task',
    });
    expect(rename.status).toBe(200);
    await board.until((doc) => groupOf(doc, 'Ratios') === 'Time on task');
    expect(groupOf(board.doc, 'Fractions')).toBe('Number sense');

    // Taking the last cards out of a group removes it from the board.
    for (const text of ['Fractions', 'Decimals']) {
      expect(
        (await api('DELETE', `/runs/${runId}/cards/${id(text)}/group`, fixture.team.member)).status,
      ).toBe(200);
    }
    await board.until((doc) => !readBoard(doc).groups.some((g) => g.id === numberSense));
    expect(groupOf(board.doc, 'Fractions')).toBeNull();

    // Ungrouping a group sends all its cards back to their columns.
    expect((await api('DELETE', `/runs/${runId}/groups/${time}`, fixture.team.member)).status).toBe(
      200,
    );
    await board.until((doc) => readBoard(doc).groups.length === 0);
    expect(readBoard(board.doc).cards.every((c) => c.groupId === null)).toBe(true);

    // Bad input gets a clear answer and changes nothing.
    const other = await newRun();
    expect(await join(time, [id('Fractions')])).toMatchObject({
      status: 404,
      body: { error: { code: 'item_not_found' } },
    });
    const third = await api('POST', `/runs/${runId}/groups`, fixture.team.member, {
      stepId: 'step-1',
      title: 'Kept',
      cardIds: [id('Fractions')],
    });
    const kept = (third.body as { id: string }).id;
    expect(
      (
        await api('POST', `/runs/${other}/groups/${kept}/cards`, fixture.team.member, {
          cardIds: [id('Decimals')],
        })
      ).status,
    ).toBe(404);
    expect(
      (await api('PATCH', `/runs/${runId}/groups/not-a-uuid`, fixture.team.member, { title: 'X' }))
        .status,
    ).toBe(404);
    expect(
      (await api('PATCH', `/runs/${runId}/groups/${kept}`, fixture.team.member, { title: '  ' }))
        .status,
    ).toBe(400);
    expect((await join(kept, [crypto.randomUUID()])).status).toBe(409);
    expect(
      (await api('PATCH', `/runs/${runId}/groups/${kept}`, fixture.team.viewer, { title: 'Mine' }))
        .status,
    ).toBe(403);
    expect((await api('DELETE', `/runs/${runId}/groups/${kept}`, fixture.team.viewer)).status).toBe(
      403,
    );
    await board.until((doc) => groupOf(doc, 'Fractions') === 'Kept');
  });

  it('refuses oversized and wrongly typed uploads, checking content not names', async () => {
    const runId = await newRun();
    const upload = async (
      name: string,
      bytes: Uint8Array,
      type: string,
      user = fixture.team.facilitator,
    ) => {
      const form = new FormData();
      form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type }), name);
      const response = await fetch(
        `${fixture.app.url}/api/teams/${fixture.team.teamId}/runs/${runId}/artifacts`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${user.token}` },
          body: form,
        },
      );
      return { status: response.status, body: await response.json() };
    };
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0,
      1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
    ]);
    const script = new TextEncoder().encode('<script>alert(1)</script>');
    expect((await upload('work.png', script, 'image/png')).status).toBe(415);
    expect(
      (
        await upload(
          'essay.pdf',
          new TextEncoder().encode('%PDX-1.4 not really'),
          'application/pdf',
        )
      ).status,
    ).toBe(415);
    expect((await upload('huge.png', new Uint8Array(11 * 1024 * 1024), 'image/png')).status).toBe(
      413,
    );
    expect((await upload('work.png', png, 'image/png', fixture.team.member)).status).toBe(403);
    const ok = await upload('renamed.txt', png, 'text/plain');
    expect(ok).toMatchObject({ status: 201, body: { mimeType: 'image/png', name: 'renamed.txt' } });
    const served = await fetch(
      `${fixture.app.url}/api/teams/${fixture.team.teamId}/artifacts/${ok.body.id}`,
      {
        headers: { authorization: `Bearer ${fixture.team.viewer.token}` },
      },
    );
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(png);
    const outsider = await fetch(
      `${fixture.app.url}/api/teams/${fixture.team.teamId}/artifacts/${ok.body.id}`,
      {
        headers: { authorization: `Bearer ${fixture.team.outsider.token}` },
      },
    );
    expect(outsider.status).toBe(404);
    // The team's student work is listed for linking as evidence.
    const listed = await api('GET', '/artifacts', fixture.team.viewer);
    expect(listed.body).toMatchObject({
      artifacts: [{ id: ok.body.id, name: 'renamed.txt', runId, mimeType: 'image/png' }],
    });
  });

  it('lets facilitators copy and edit a protocol, validating every step', async () => {
    const list = (await api('GET', '/protocols', fixture.team.viewer)).body as {
      protocols: { id: string }[];
    };
    expect(list.protocols.map((p) => p.id)).toContain('atlas-looking-at-data');
    const base = {
      name: 'Our notice and wonder',
      description: 'Shorter, for 30-minute meetings',
      roles: ['Facilitator'],
      steps: [
        {
          id: 'n',
          title: 'Notice',
          minutes: 4,
          prompt: 'What do you see?',
          speaking: 'silent',
          columns: ['I notice'],
          collect: 'private',
        },
      ],
    };
    for (const broken of [
      { ...base, steps: [{ ...base.steps[0], minutes: 0 }] },
      { ...base, steps: [{ ...base.steps[0], title: '' }] },
      { ...base, steps: [{ ...base.steps[0], prompt: ' ' }] },
      { ...base, steps: [] },
    ]) {
      const refused = await api('POST', '/protocols', fixture.team.facilitator, {
        protocol: broken,
      });
      expect(refused).toMatchObject({ status: 400, body: { error: { code: 'invalid_input' } } });
    }
    expect((await api('POST', '/protocols', fixture.team.member, { protocol: base })).status).toBe(
      403,
    );
    const created = await api('POST', '/protocols', fixture.team.facilitator, { protocol: base });
    expect(created.status).toBe(201);
    const { id } = created.body as { id: string };
    const edited = {
      ...base,
      steps: [...base.steps, { ...base.steps[0], id: 'w', title: 'Wonder' }],
    };
    expect(
      (await api('PUT', `/protocols/${id}`, fixture.team.facilitator, { protocol: edited })).status,
    ).toBe(200);
    const run = await api('POST', '/runs', fixture.team.facilitator, {
      protocolId: id,
      title: 'With our copy',
    });
    expect(run.status).toBe(201);
    const control = await connect(
      runControlDocumentName(fixture.team.teamId, (run.body as { id: string }).id),
      fixture.team.member,
    );
    expect(readRunControl(control.doc)?.protocol.steps.map((s) => s.title)).toEqual([
      'Notice',
      'Wonder',
    ]);
  });

  it('turns next steps into a decision draft or a follow-up action in one step', async () => {
    const runId = await newRun('atlas-looking-at-data');
    await command(runId, { type: 'start' });
    for (let i = 0; i < 3; i++) await command(runId, { type: 'next' });
    const addNextStep = async (text: string) => {
      const card = await api('POST', `/runs/${runId}/cards`, fixture.team.member, {
        stepId: 'step-4',
        column: 'Next steps',
        text,
        anonymous: false,
      });
      expect(card.status).toBe(201);
      return (card.body as OwnCard).id;
    };
    const readAloud = await addNextStep('Daily read-aloud with think-alouds in grade 8 ELA');
    const texts = await addNextStep('Choose three texts by Friday');

    const promoted = await api(
      'POST',
      `/runs/${runId}/cards/${readAloud}/promote`,
      fixture.team.member,
      {
        as: 'decision',
      },
    );
    expect(promoted.status).toBe(201);
    const { decisionId } = promoted.body as { decisionId: string };
    expect(
      (
        await api('POST', `/runs/${runId}/cards/${texts}/promote`, fixture.team.viewer, {
          as: 'decision',
        })
      ).status,
    ).toBe(403);
    const followUp = await api(
      'POST',
      `/runs/${runId}/cards/${texts}/promote`,
      fixture.team.member,
      {
        as: 'follow-up',
        decisionId,
      },
    );
    expect(followUp.status).toBe(201);
    const asEvidence = await api(
      'POST',
      `/runs/${runId}/cards/${texts}/promote`,
      fixture.team.member,
      {
        as: 'evidence',
        decisionId,
      },
    );
    expect(asEvidence.status).toBe(201);

    const draft = await connect(
      decisionDocumentName(fixture.team.teamId, decisionId),
      fixture.team.viewer,
    );
    expect(readDecisionFields(draft.doc)).toMatchObject({
      title: 'Daily read-aloud with think-alouds in grade 8 ELA',
      runId,
    });
    expect(readEvidence(draft.doc)).toEqual([
      {
        kind: 'run-card',
        runId,
        cardId: readAloud,
        text: 'Daily read-aloud with think-alouds in grade 8 ELA',
      },
      { kind: 'run-card', runId, cardId: texts, text: 'Choose three texts by Friday' },
    ]);
    expect(followUps.read(draft.doc)).toEqual([
      expect.objectContaining({ task: 'Choose three texts by Friday', status: 'open' }),
    ]);
    const listed = await api('GET', `/runs/${runId}/decisions`, fixture.team.viewer);
    expect(listed.body).toEqual({
      decisions: [
        {
          id: decisionId,
          title: 'Daily read-aloud with think-alouds in grade 8 ELA',
          status: 'proposed',
          followUps: ['Choose three texts by Friday'],
        },
      ],
    });
  });
});
