import { describe, expect, it } from 'vitest';
import type { CycleList, CycleSummary } from '../../shared/api/cycles';
import type { DecisionList } from '../../shared/api/decisions';
import { readEvidence, readDecisionFields } from '../../shared/decisions/decisionDoc';
import {
  cycleDocumentName,
  cycleRecordDocumentName,
  decisionDocumentName,
  runControlDocumentName,
} from '../../shared/documents/documentName';
import {
  dataPoints,
  measures,
  readCycleFields,
  readCycleRecord,
  writeCycleFields,
  writePrediction,
} from '../../shared/plans/cycleDoc';
import type { TrackerRow } from '../../shared/plans/tracker';
import { readRunControl } from '../../shared/protocol-runs/runControlDoc';
import { startPlan, writeGoalAndStrategy } from '../testing/planFixture';
import { captureServerLogs, serverRefusals } from '../testing/consoleCapture';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';

const errorOf = (body: unknown) =>
  (body as { error: { code: string; message: string; problems?: unknown } }).error;

describe.each(availableBackends())('improvement cycles on %s', (backend) => {
  // Refused edits (to a closed cycle, to the server's record) may be logged.
  captureServerLogs([serverRefusals.readOnly]);
  const fixture = useTestServer({ backend });
  const api = fixture.teamApi;
  let nextYear = 2040;

  /** A plan of its own school year with one goal and one strategy, written by a member. */
  async function planWithGoal() {
    const planId = await startPlan(fixture, nextYear++);
    const { editor, goalId, strategyId } = await writeGoalAndStrategy(fixture, planId);
    editor.destroy();
    return { planId, goalId, strategyId };
  }

  /** Starts a cycle and co-writes its change idea and one measure; returns ids and the editor. */
  async function startCycle() {
    const plan = await planWithGoal();
    const started = await api('POST', `/plans/${plan.planId}/cycles`, fixture.team.member, {
      goalId: plan.goalId,
      strategyId: plan.strategyId,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    const { cycleId } = started.body as { cycleId: string };
    const editor = await fixture.connect(
      cycleDocumentName(fixture.team.teamId, cycleId),
      fixture.team.member,
    );
    await editor.until((doc) => readCycleFields(doc) !== null);
    writeCycleFields(editor.doc, {
      changeIdea: 'Turn and talk before writing',
      problemOfPractice: 'We ask for writing before students have said their reasons',
      keyQuestion: 'practices',
      startDate: '2026-10-05',
      endDate: '2026-11-13',
    });
    const measureId = measures.add(editor.doc, {
      name: 'Exit tickets with a reason',
      kind: 'outcome',
      unit: '%',
      baselineValue: 30,
      targetValue: 50,
      groupSize: 26,
    });
    await editor.acknowledged();
    return { ...plan, cycleId, measureId, editor };
  }

  const cycleApi = (cycleId: string) => `/cycles/${cycleId}`;
  const readCycle = async (cycleId: string) => {
    const response = await api('GET', cycleApi(cycleId), fixture.team.viewer);
    expect(response.status).toBe(200);
    return response.body as CycleSummary;
  };

  it('starts numbered cycles under a goal of the plan, for editors only', async () => {
    const { planId, goalId, strategyId } = await planWithGoal();
    const post = (body: unknown, user = fixture.team.member) =>
      api('POST', `/plans/${planId}/cycles`, user, body);
    expect((await post({ goalId, strategyId: null }, fixture.team.viewer)).status).toBe(403);
    const noGoal = await post({ goalId: 'no-such-goal', strategyId: null });
    expect(noGoal.status).toBe(404);
    expect(errorOf(noGoal.body).code).toBe('goal_not_found');
    const foreignStrategy = await post({ goalId, strategyId: 'not-under-this-goal' });
    expect(errorOf(foreignStrategy.body).code).toBe('strategy_not_found');

    const first = await post({ goalId, strategyId });
    const second = await post({ goalId, strategyId: null });
    expect([first.status, second.status]).toEqual([201, 201]);
    const list = (await api('GET', `/plans/${planId}/cycles`, fixture.team.viewer))
      .body as CycleList;
    expect(list.cycles.map((cycle) => [cycle.goalId, cycle.number])).toEqual([
      [goalId, 1],
      [goalId, 2],
    ]);
    const outsider = await api('GET', cycleApi(list.cycles[0]?.id ?? ''), fixture.team.outsider);
    expect(outsider.status).toBe(404);
  });

  it('locks the prediction, with the time, when the first data point is entered', async () => {
    const { cycleId, measureId, editor } = await startCycle();
    const point = { measureId, date: '2026-10-09', value: 36 };
    const data = (body: unknown, user = fixture.team.member) =>
      api('POST', `${cycleApi(cycleId)}/data`, user, body);

    const early = await data({ points: [point] });
    expect(early.status).toBe(409);
    expect(errorOf(early.body).code).toBe('prediction_missing');
    const predict = (text: string) =>
      api('PUT', `${cycleApi(cycleId)}/prediction`, fixture.team.member, { text });
    expect((await predict('   ')).status).toBe(400);
    expect((await predict('A first draft')).status).toBe(204);
    expect((await predict('Half the class will give a reason by week 3')).status).toBe(204);

    expect((await data({ points: [{ ...point, measureId: 'unknown' }] })).status).toBe(404);
    expect((await data({ points: [{ ...point, value: 'lots' }] })).status).toBe(400);
    expect((await data({ points: [point] }, fixture.team.viewer)).status).toBe(403);
    const before = Date.now();
    const added = await data({ points: [point] });
    expect(added.status, JSON.stringify(added.body)).toBe(201);

    const locked = await predict('Everyone will give a reason');
    expect(locked.status).toBe(409);
    expect(errorOf(locked.body)).toEqual({
      code: 'prediction_locked',
      message: 'The prediction was locked when the first data point was entered',
    });
    const recordWatcher = await fixture.connect(
      cycleRecordDocumentName(fixture.team.teamId, cycleId),
      fixture.team.viewer,
    );
    await recordWatcher.until((doc) => dataPoints.read(doc).length === 1);
    const record = readCycleRecord(recordWatcher.doc);
    expect(record.prediction.text).toBe('Half the class will give a reason by week 3');
    expect(record.prediction.lockedAt).toBeGreaterThanOrEqual(before);
    expect((await readCycle(cycleId)).predictionLockedAt).not.toBeNull();

    // The record is the server's: a member's device cannot rewrite the prediction in it.
    const forger = await fixture.connect(
      cycleRecordDocumentName(fixture.team.teamId, cycleId),
      fixture.team.member,
    );
    writePrediction(forger.doc, { text: 'Rewritten after the fact', lockedAt: null });
    forger.provider.setAwarenessField('probe', 'after-forgery');
    await recordWatcher.seesAwareness((state) => state.probe === 'after-forgery');
    expect(readCycleRecord(recordWatcher.doc).prediction.text).toBe(
      'Half the class will give a reason by week 3',
    );

    // A point entered by mistake can be removed; the prediction stays locked.
    const pointId = (added.body as { ids: string[] }).ids[0] ?? '';
    const removed = await api(
      'DELETE',
      `${cycleApi(cycleId)}/data/${pointId}`,
      fixture.team.member,
    );
    expect(removed.status).toBe(204);
    expect((await predict('Try again')).status).toBe(409);
    editor.destroy();
  });

  it('imports data points from a CSV file, all or none', async () => {
    const { cycleId, editor } = await startCycle();
    await api('PUT', `${cycleApi(cycleId)}/prediction`, fixture.team.member, {
      text: 'Reasons rise to half',
    });
    const load = (csv: string) =>
      api('POST', `${cycleApi(cycleId)}/data.csv`, fixture.team.member, { csv });

    const bad = await load(
      'date,measure,value\n2026-10-09,Exit tickets with a reason,36\n2026-10-16,Attendance,90\n',
    );
    expect(bad.status).toBe(422);
    expect(errorOf(bad.body)).toMatchObject({
      code: 'import_invalid',
      problems: [{ line: 3, message: 'This cycle has no measure called "Attendance"' }],
    });
    const good = await load(
      'Date,Measure,Value,Note\n10/09/2026,Exit tickets with a reason,36,\n2026-10-16,exit tickets with a reason,41%,\n2026-10-23,Exit tickets with a reason,47,after the coaching visit\n',
    );
    expect(good.status, JSON.stringify(good.body)).toBe(201);
    expect(good.body).toEqual({ count: 3 });

    const points = await fixture.app.database.db
      .selectFrom('cycleDataPoints')
      .select(['pointDate', 'value', 'note'])
      .where('cycleId', '=', cycleId)
      .orderBy('pointDate')
      .execute();
    expect(points).toEqual([
      { pointDate: '2026-10-09', value: 36, note: '' },
      { pointDate: '2026-10-16', value: 41, note: '' },
      { pointDate: '2026-10-23', value: 47, note: 'after the coaching visit' },
    ]);
    expect(await readCycle(cycleId)).toMatchObject({
      changeIdea: 'Turn and talk before writing',
      keyQuestion: 'practices',
      startDate: '2026-10-05',
    });
    editor.destroy();
  });

  it('closes with "adopt" into a decision in the log, and keeps the cycle as it was', async () => {
    const { planId, goalId, strategyId, cycleId, measureId, editor } = await startCycle();
    const close = (body: unknown, user = fixture.team.facilitator) =>
      api('POST', `${cycleApi(cycleId)}/close`, user, body);
    const adopt = {
      outcome: 'adopt',
      summary: 'Reasons rose every week.\nWe keep turn and talk in every block.',
      model: 'consensus',
    };
    expect((await close(adopt, fixture.team.member)).status).toBe(403);
    const noData = await close(adopt);
    expect(noData.status).toBe(409);
    expect(errorOf(noData.body).code).toBe('no_data');

    await api('PUT', `${cycleApi(cycleId)}/prediction`, fixture.team.member, {
      text: 'Reasons rise to half',
    });
    await api('POST', `${cycleApi(cycleId)}/data`, fixture.team.member, {
      points: [
        { measureId, date: '2026-10-09', value: 36 },
        { measureId, date: '2026-11-06', value: 52 },
      ],
    });
    const closed = await close(adopt);
    expect(closed.status, JSON.stringify(closed.body)).toBe(201);
    const { decisionId, nextCycleId } = closed.body as { decisionId: string; nextCycleId: null };
    expect(nextCycleId).toBeNull();

    const log = (await api('GET', '/decisions', fixture.team.viewer)).body as DecisionList;
    expect(log.decisions.find((decision) => decision.id === decisionId)).toMatchObject({
      title: 'Adopt: Turn and talk before writing',
      status: 'proposed',
      model: 'consensus',
    });
    const decision = await fixture.connect(
      decisionDocumentName(fixture.team.teamId, decisionId),
      fixture.team.viewer,
    );
    await decision.until((doc) => readDecisionFields(doc) !== null);
    // Tied to the goal and strategy the cycle serves.
    expect(readDecisionFields(decision.doc)?.planLink).toEqual({ planId, goalId, strategyId });
    expect(readEvidence(decision.doc)).toEqual([
      { kind: 'cycle', cycleId, planId, title: 'Cycle 1: Turn and talk before writing' },
    ]);
    expect(decision.doc.getXmlFragment('text').toString()).toContain(
      'We keep turn and talk in every block.',
    );
    expect(decision.doc.getXmlFragment('rationale').toString()).toContain(
      'Exit tickets with a reason: 36 % on',
    );

    expect(await readCycle(cycleId)).toMatchObject({ outcome: 'adopt', decisionId });
    const again = await close(adopt);
    expect(errorOf(again.body).code).toBe('cycle_closed');
    const late = await api('POST', `${cycleApi(cycleId)}/data`, fixture.team.member, {
      points: [{ measureId, date: '2026-11-20', value: 60 }],
    });
    expect(late.status).toBe(409);

    // The device that had the cycle open now holds a read-only copy.
    const watcher = await fixture.connect(
      cycleDocumentName(fixture.team.teamId, cycleId),
      fixture.team.principal,
    );
    writeCycleFields(editor.doc, { studyNotes: 'written after the close' });
    editor.provider.setAwarenessField('probe', 'after-close');
    await watcher.seesAwareness((state) => state.probe === 'after-close');
    expect(readCycleFields(watcher.doc)?.studyNotes).toBe('');
  });

  it('adapts into the next cycle, framing and measures carried over', async () => {
    const { planId, cycleId, measureId, editor } = await startCycle();
    await api('PUT', `${cycleApi(cycleId)}/prediction`, fixture.team.member, { text: 'Up' });
    await api('POST', `${cycleApi(cycleId)}/data`, fixture.team.member, {
      points: [{ measureId, date: '2026-10-09', value: 31 }],
    });
    const closed = await api('POST', `${cycleApi(cycleId)}/close`, fixture.team.principal, {
      outcome: 'adapt',
      summary: 'Only the first block used it; try it with sentence frames',
      model: 'leader-decides',
    });
    expect(closed.status).toBe(201);
    const { nextCycleId } = closed.body as { nextCycleId: string };
    expect(await readCycle(nextCycleId)).toMatchObject({
      planId,
      number: 2,
      previousCycleId: cycleId,
      changeIdea: 'Turn and talk before writing',
      outcome: null,
      predictionLockedAt: null,
    });
    const next = await fixture.connect(
      cycleDocumentName(fixture.team.teamId, nextCycleId),
      fixture.team.member,
    );
    await next.until((doc) => measures.read(doc).length === 1);
    expect(measures.read(next.doc)[0]).toMatchObject({ name: 'Exit tickets with a reason' });
    expect(readCycleFields(next.doc)).toMatchObject({ startDate: null, studyNotes: '' });
    editor.destroy();
  });

  it('tracks every measure against its aim line, sending no figure about fewer than ten students', async () => {
    const { planId, cycleId, measureId, editor } = await startCycle();
    await api('PUT', `${cycleApi(cycleId)}/prediction`, fixture.team.member, { text: 'Up' });
    await api('POST', `${cycleApi(cycleId)}/data`, fixture.team.member, {
      points: [{ measureId, date: '2026-10-26', value: 41 }],
    });
    const tracker = async () =>
      (
        (await api('GET', `/plans/${planId}/tracker`, fixture.team.viewer)).body as {
          rows: TrackerRow[];
        }
      ).rows;
    const [goalRow, cycleRow] = await tracker();
    expect(goalRow).toMatchObject({ latest: null, trend: null, suppressed: false, target: 60 });
    expect(cycleRow).toMatchObject({
      cycleId,
      measure: 'Exit tickets with a reason',
      latest: 41,
      trend: 'on-track',
      suppressed: false,
    });

    // The measure is about seven students: its figures stay out of the tracker.
    measures.update(editor.doc, measureId, { groupSize: 7 });
    await editor.acknowledged();
    const [, small] = await tracker();
    expect(small).toMatchObject({ suppressed: true, latest: null, aim: null, target: null });
    expect(Object.values(small ?? {})).not.toContain(41);
    editor.destroy();
  });

  it("studies a cycle's data in a protocol run that the cycle lists", async () => {
    const { cycleId, planId, editor } = await startCycle();
    const start = (cycle: string) =>
      api('POST', '/runs', fixture.team.facilitator, {
        protocolId: 'notice-and-wonder',
        title: 'Cycle study: turn and talk',
        cycleId: cycle,
      });
    expect((await start(crypto.randomUUID())).status).toBe(404);
    const created = await start(cycleId);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const runId = (created.body as { id: string }).id;

    const control = await fixture.connect(
      runControlDocumentName(fixture.team.teamId, runId),
      fixture.team.member,
    );
    await control.until((doc) => readRunControl(doc) !== null);
    expect(readRunControl(control.doc)?.cycle).toEqual({
      cycleId,
      planId,
      title: 'Cycle 1: Turn and talk before writing',
    });
    const record = await fixture.connect(
      cycleRecordDocumentName(fixture.team.teamId, cycleId),
      fixture.team.viewer,
    );
    await record.until((doc) => readCycleRecord(doc).studies.length === 1);
    expect(readCycleRecord(record.doc).studies[0]).toMatchObject({
      id: runId,
      title: 'Cycle study: turn and talk',
    });
    editor.destroy();
  });

  it("keeps an earlier year's cycles read-only once the next year's plan starts", async () => {
    const { cycleId } = await startCycle();
    const nextPlan = await api('POST', '/plans', fixture.team.principal, { schoolYear: 2100 });
    expect(nextPlan.status).toBe(201);
    const refused = await api('PUT', `${cycleApi(cycleId)}/prediction`, fixture.team.member, {
      text: 'Too late',
    });
    expect(refused.status).toBe(409);
    expect(errorOf(refused.body).code).toBe('plan_archived');
    expect((await readCycle(cycleId)).archivedAt).not.toBeNull();
  });
});
