import { describe, expect, it } from 'vitest';
import type { PlanDetail, PlanList, PlanOverview } from '../../shared/api/plans';
import {
  decisionDocumentName,
  planActionsDocumentName,
  workPlanDocumentName,
} from '../../shared/documents/documentName';
import { actions, goals } from '../../shared/plans/planDoc';
import { followUps, readDecisionFields } from '../../shared/decisions/decisionDoc';
import { writeGoalAndStrategy as writePlanGoal } from '../testing/planFixture';
import { captureServerLogs, serverRefusals } from '../testing/consoleCapture';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';

const errorOf = (body: unknown) => (body as { error: { code: string; message: string } }).error;

describe.each(availableBackends())('the work plan on %s', (backend) => {
  // Refused edits (to an archived plan, to the server's action steps) may be logged.
  captureServerLogs([serverRefusals.readOnly]);
  const fixture = useTestServer({ backend });
  const api = fixture.teamApi;

  /** Starts the plan of a school year as the facilitator; returns its id. */
  async function startPlan(schoolYear: number, copyFrom: string | null = null) {
    const created = await api('POST', '/plans', fixture.team.facilitator, {
      schoolYear,
      copyFrom,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return (created.body as { planId: string }).planId;
  }

  const readPlan = async (planId: string) => {
    const response = await api('GET', `/plans/${planId}`, fixture.team.viewer);
    expect(response.status).toBe(200);
    return response.body as PlanDetail;
  };

  /** A goal and a strategy co-written by a member's device, stored before it returns. */
  const writeGoalAndStrategy = (planId: string) => writePlanGoal(fixture, planId);

  it('starts one plan per school year, by facilitators and principals only', async () => {
    const planId = await startPlan(2024);
    const again = await api('POST', '/plans', fixture.team.principal, { schoolYear: 2024 });
    expect(again.status).toBe(409);
    expect(errorOf(again.body).code).toBe('plan_exists');
    const byMember = await api('POST', '/plans', fixture.team.member, { schoolYear: 2030 });
    expect(byMember.status).toBe(403);

    const list = (await api('GET', '/plans', fixture.team.viewer)).body as PlanList;
    expect(list.plans.map((plan) => plan.id)).toContain(planId);
    expect(list.currentSchoolYear).toBeGreaterThanOrEqual(2026);

    const outsider = await api('GET', `/plans/${planId}`, fixture.team.outsider);
    expect(outsider.status).toBe(404);
  });

  it('projects co-written goals and strategies, and saves an action only with an owner and a due date', async () => {
    const planId = await startPlan(2025);
    const { strategyId } = await writeGoalAndStrategy(planId);

    const plan = await readPlan(planId);
    expect(plan.goals).toMatchObject([
      {
        indicator: 'Students explain their reasoning in writing',
        baselineValue: 32,
        copied: false,
      },
    ]);
    expect(plan.strategies).toMatchObject([
      { id: strategyId, practiceThen: 'students will write reasons for their claims' },
    ]);

    const action = {
      strategyId,
      task: 'Write the sentence frames for science',
      ownerId: fixture.team.member.id,
      dueDate: '2026-10-15',
    };
    const post = (body: unknown, user = fixture.team.member) =>
      api('POST', `/plans/${planId}/actions`, user, body);

    const noOwner = await post({ ...action, ownerId: undefined });
    expect(noOwner.status).toBe(400);
    expect(errorOf(noOwner.body).message).toBe('ownerId: Choose who owns the action');
    const noDate = await post({ ...action, dueDate: undefined });
    expect(noDate.status).toBe(400);
    expect(errorOf(noDate.body).message).toBe('dueDate: Give the action a due date');
    const badDate = await post({ ...action, dueDate: '15/10/2026' });
    expect(badDate.status).toBe(400);
    const outsiderOwner = await post({ ...action, ownerId: fixture.team.outsider.id });
    expect(outsiderOwner.status).toBe(422);
    expect(errorOf(outsiderOwner.body).code).toBe('owner_not_member');
    const noStrategy = await post({ ...action, strategyId: crypto.randomUUID() });
    expect(noStrategy.status).toBe(404);
    expect((await post(action, fixture.team.viewer)).status).toBe(403);
    expect((await readPlan(planId)).actions).toEqual([]);

    const created = await post(action);
    expect(created.status).toBe(201);
    const { actionId } = created.body as { actionId: string };
    const patch = (body: unknown) =>
      api('PATCH', `/plans/${planId}/actions/${actionId}`, fixture.team.facilitator, body);
    expect((await patch({ status: 'at-risk' })).status).toBe(204);
    expect((await patch({ status: 'amber' })).status).toBe(400);
    expect((await patch({ ownerId: fixture.team.outsider.id })).status).toBe(422);
    expect((await patch({ dueDate: null })).status).toBe(400);

    const actions = (await readPlan(planId)).actions;
    expect(actions).toEqual([
      expect.objectContaining({
        id: actionId,
        task: 'Write the sentence frames for science',
        ownerName: 'Member Max',
        dueDate: '2026-10-15',
        status: 'at-risk',
        copied: false,
      }),
    ]);

    // The CSV has one row per step with its goal and strategy; typed formulas stay text.
    await post({ ...action, task: '=HYPERLINK("http://evil.example")', dueDate: '2026-11-01' });
    const csv = await api('GET', `/plans/${planId}/plan.csv`, fixture.team.viewer);
    expect(csv.status).toBe(200);
    const lines = String(csv.body)
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toMatch(/^Goal,Student success indicator,For which students,Measure,/);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(
      'Write the sentence frames for science,Member Max,2026-10-15,At risk,,',
    );
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"")"`);

    const removed = await api(
      'DELETE',
      `/plans/${planId}/actions/${actionId}`,
      fixture.team.member,
    );
    expect(removed.status).toBe(204);
    expect((await readPlan(planId)).actions.map((a) => a.id)).not.toContain(actionId);
  });

  it("copies last year's plan marked item by item until edited, and keeps last year's read-only", async () => {
    const lastYear = await startPlan(2027);
    const { editor: lastYearEditor, strategyId } = await writeGoalAndStrategy(lastYear);
    const action = await api('POST', `/plans/${lastYear}/actions`, fixture.team.member, {
      strategyId,
      task: 'Observe one lesson a month',
      ownerId: fixture.team.facilitator.id,
      dueDate: '2028-02-29',
      status: 'done',
      completionEvidence: 'Observation notes',
    });
    expect(action.status).toBe(201);

    const thisYear = await startPlan(2028, lastYear);
    const copied = await readPlan(thisYear);
    expect(copied.copiedFrom).toBe(lastYear);
    expect(copied.goals).toMatchObject([{ copied: true, baselineDate: '2027-09-15' }]);
    expect(copied.strategies).toMatchObject([{ copied: true }]);
    expect(copied.actions).toMatchObject([
      // Moved on a year (no 29 February in 2029), not started, no evidence yet.
      { copied: true, dueDate: '2029-02-28', status: 'not-started', completionEvidence: '' },
    ]);
    expect(copied.goals[0]?.id).not.toBe((await readPlan(lastYear)).goals[0]?.id);

    // Editing the goal's text clears its mark; the strategy nobody touched keeps it.
    const editor = await fixture.connect(
      workPlanDocumentName(fixture.team.teamId, thisYear),
      fixture.team.member,
    );
    await editor.until((doc) => goals.read(doc).length === 1);
    const goalId = goals.read(editor.doc)[0]?.id ?? '';
    goals.update(editor.doc, goalId, { targetValue: 70 });
    await editor.acknowledged();
    const edited = await readPlan(thisYear);
    expect(edited.goals).toMatchObject([{ copied: false, targetValue: 70 }]);
    expect(edited.strategies).toMatchObject([{ copied: true }]);

    // Changing the action's status alone is progress, not an edit of the plan.
    const actionId = edited.actions[0]?.id ?? '';
    await api('PATCH', `/plans/${thisYear}/actions/${actionId}`, fixture.team.member, {
      status: 'on-track',
    });
    expect((await readPlan(thisYear)).actions).toMatchObject([{ copied: true }]);
    await api('PATCH', `/plans/${thisYear}/actions/${actionId}`, fixture.team.member, {
      task: 'Observe two lessons a month',
    });
    expect((await readPlan(thisYear)).actions).toMatchObject([{ copied: false }]);

    // Last year's plan is archived: its actions refuse changes, its document refuses edits
    // from the device that had it open and from a new one.
    const list = (await api('GET', '/plans', fixture.team.member)).body as PlanList;
    expect(list.plans.find((plan) => plan.id === lastYear)?.archivedAt).not.toBeNull();
    expect(list.plans.find((plan) => plan.id === thisYear)?.archivedAt).toBeNull();
    const refused = await api('POST', `/plans/${lastYear}/actions`, fixture.team.member, {
      strategyId,
      task: 'Too late',
      ownerId: fixture.team.member.id,
      dueDate: '2028-03-01',
    });
    expect(refused.status).toBe(409);
    expect(errorOf(refused.body).code).toBe('plan_archived');

    const watcher = await fixture.connect(
      workPlanDocumentName(fixture.team.teamId, lastYear),
      fixture.team.principal,
    );
    const lateEditor = await fixture.connect(
      workPlanDocumentName(fixture.team.teamId, lastYear),
      fixture.team.principal,
    );
    for (const [client, probe] of [
      [lastYearEditor, 'open-before'],
      [lateEditor, 'opened-after'],
    ] as const) {
      goals.update(client.doc, goals.read(client.doc)[0]?.id ?? '', { why: probe });
      client.provider.setAwarenessField('probe', probe);
      await watcher.seesAwareness((state) => state.probe === probe);
    }
    const stored = fixture.app.hocuspocus.documents.get(
      workPlanDocumentName(fixture.team.teamId, lastYear),
    );
    expect(stored && goals.read(stored)[0]?.why).toBe(
      'Fall writing samples showed claims without reasons',
    );

    // An earlier year cannot be started once a later one exists.
    const earlier = await api('POST', '/plans', fixture.team.principal, { schoolYear: 2026 });
    expect(earlier.status).toBe(409);
    expect(errorOf(earlier.body).code).toBe('later_plan_exists');
  });

  it('keeps action steps to the server: an editor cannot write them over the socket', async () => {
    const planId = await startPlan(2029);
    const watcher = await fixture.connect(
      planActionsDocumentName(fixture.team.teamId, planId),
      fixture.team.principal,
    );
    const member = await fixture.connect(
      planActionsDocumentName(fixture.team.teamId, planId),
      fixture.team.member,
    );
    actions.add(member.doc, {
      strategyId: 'forged',
      task: 'Forged action',
      ownerId: fixture.team.member.id,
      dueDate: '2029-10-01',
      status: 'done',
      completionEvidence: '',
      copiedFingerprint: null,
    });
    member.provider.setAwarenessField('probe', 'after-forgery');
    await watcher.seesAwareness((state) => state.probe === 'after-forgery');
    expect(actions.read(watcher.doc)).toEqual([]);
    expect((await readPlan(planId)).actions).toEqual([]);
  });

  it("gives the principal's review an overview: steps by status and owner, the overdue ones, the goals' standing", async () => {
    const planId = await startPlan(2035);
    const { strategyId, editor } = await writeGoalAndStrategy(planId);
    const add = (task: string, dueDate: string, status: string) =>
      api('POST', `/plans/${planId}/actions`, fixture.team.member, {
        strategyId,
        task,
        ownerId: fixture.team.member.id,
        dueDate,
        status,
      });
    expect((await add('Late and not done', '2020-01-15', 'at-risk')).status).toBe(201);
    expect((await add('Late but done', '2020-01-10', 'done')).status).toBe(201);
    expect((await add('Not due yet', '2099-01-10', 'on-track')).status).toBe(201);

    const response = await api('GET', `/plans/${planId}/overview`, fixture.team.viewer);
    expect(response.status).toBe(200);
    const overview = response.body as PlanOverview;
    expect(overview.actionsByStatus).toMatchObject({ 'at-risk': 1, done: 1, 'on-track': 1 });
    expect(overview.owners).toEqual([
      {
        ownerId: fixture.team.member.id,
        name: expect.any(String),
        byStatus: { 'not-started': 0, 'on-track': 1, 'at-risk': 1, 'off-track': 0, done: 1 },
        overdue: 1,
      },
    ]);
    expect(overview.overdue).toMatchObject([
      { task: 'Late and not done', place: 'Goal 1 · Strategy 1.1', status: 'at-risk' },
    ]);
    expect(overview.goals).toMatchObject([
      { number: 1, indicator: 'Students explain their reasoning in writing', target: 60 },
    ]);
    const outsider = await api('GET', `/plans/${planId}/overview`, fixture.team.outsider);
    expect(outsider.status).toBe(404);
    editor.destroy();
  });

  it("turns a decision's follow-up into an action step once, with an owner and a due date", async () => {
    const planId = await startPlan(2036);
    const { strategyId, editor } = await writeGoalAndStrategy(planId);
    const created = await api('POST', '/decisions', fixture.team.member, {
      title: 'Share annotated texts across grades',
    });
    expect(created.status).toBe(201);
    const { decisionId } = created.body as { decisionId: string };
    const decision = await fixture.connect(
      decisionDocumentName(fixture.team.teamId, decisionId),
      fixture.team.member,
    );
    await decision.until((doc) => readDecisionFields(doc) !== null);
    const followUpId = followUps.add(decision.doc, {
      task: 'Collect one annotated text per class',
      owner: 'Max',
      dueDate: null,
      status: 'in-progress',
    });
    await decision.acknowledged();

    const promote = (body: Record<string, unknown>, user = fixture.team.member) =>
      api('POST', `/decisions/${decisionId}/follow-ups/${followUpId}/action-step`, user, {
        planId,
        strategyId,
        ownerId: fixture.team.member.id,
        dueDate: '2036-11-20',
        ...body,
      });
    expect((await promote({}, fixture.team.viewer)).status).toBe(403);
    expect((await promote({ dueDate: undefined })).status).toBe(400);
    expect(errorOf((await promote({ ownerId: fixture.team.outsider.id })).body).code).toBe(
      'owner_not_member',
    );
    const promoted = await promote({});
    expect(promoted.status, JSON.stringify(promoted.body)).toBe(201);
    const { actionId } = promoted.body as { actionId: string };
    expect((await readPlan(planId)).actions).toMatchObject([
      { id: actionId, task: 'Collect one annotated text per class', status: 'on-track' },
    ]);
    await decision.until((doc) => followUps.read(doc)[0]?.actionStep !== undefined);
    expect(followUps.read(decision.doc)[0]?.actionStep).toEqual({ planId, actionId });
    const again = await promote({});
    expect(again.status).toBe(409);
    expect((await readPlan(planId)).actions).toHaveLength(1);
    editor.destroy();
  });
});
