import { randomUUID } from 'node:crypto';
import { insertAuditEvent } from '../../db/queries/audit';
import { listCycles, readCycleMeasureRows } from '../../db/queries/cycles';
import { findPlan, insertPlan, listPlans, readPlanRows } from '../../db/queries/plans';
import { findRole, findTeamForMember } from '../../db/queries/teams';
import {
  createActionInput,
  createPlanInput,
  type PlanDetail,
  type PlanList,
  type PlanOverview,
  type PlanSummary,
  updateActionInput,
} from '../../shared/api/plans';
import type { EvidenceLink } from '../../shared/decisions/decisionDoc';
import {
  isUuid,
  planActionsDocumentName,
  workPlanDocumentName,
} from '../../shared/documents/documentName';
import {
  actions,
  copyPlanForward,
  readPlanContent,
  writePlanContent,
  writePlanFields,
} from '../../shared/plans/planDoc';
import { type ActionStatus, schoolYearOf } from '../../shared/plans/planRules';
import type { CycleOutcome } from '../../shared/plans/cycleRules';
import { planOverviewOf } from '../../shared/plans/planOverview';
import { type TrackerRow, trackerRows } from '../../shared/plans/tracker';
import { todayIn } from '../../shared/time/teamTime';
import { apiError, readJsonBody } from '../http/apiErrors';
import { addActionStep } from './actionSteps';
import { registerFollowUpActionRoute } from './followUpActionRoute';
import { planCsv } from './planCsv';
import { planErrorResponse } from './PlanError';
import { type ApiRouter, teamRule } from '../http/ApiRouter';
import type { ApiContext, ApiDeps } from '../http/types';

type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

function summary(row: PlanRow): PlanSummary {
  return {
    id: row.id,
    schoolYear: row.schoolYear,
    copiedFrom: row.copiedFrom,
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}

/** A plan with its projected rows, as the API answers it. */
async function planDetail(db: ApiDeps['db'], plan: PlanRow): Promise<PlanDetail> {
  const rows = await readPlanRows(db, plan.id);
  // The rows without the columns every item table has (plan, team, position).
  const item = <T extends { planId: string; teamId: string; position: number }>({
    planId: _plan,
    teamId: _team,
    position: _position,
    ...rest
  }: T) => rest;
  return {
    ...summary(plan),
    goals: rows.goals.map((goal) => ({ ...item(goal), evidence: goal.evidence as EvidenceLink[] })),
    strategies: rows.strategies.map(item),
    actions: rows.actions.map((action) => ({
      ...item(action),
      status: action.status as ActionStatus,
    })),
    checkpoints: rows.checkpoints.map(({ checkpointDate, ...checkpoint }) => ({
      ...item(checkpoint),
      date: checkpointDate,
    })),
  };
}

/** A plan's rows, cycles and target tracker: what progress views are made from. */
async function readProgress(db: ApiDeps['db'], planId: string) {
  const [rows, cycles, cycleRows] = await Promise.all([
    readPlanRows(db, planId),
    listCycles(db, planId),
    readCycleMeasureRows(db, planId),
  ]);
  const tracker = trackerRows({
    goals: rows.goals,
    checkpoints: rows.checkpoints.flatMap((checkpoint) =>
      checkpoint.kind === 'results' && checkpoint.value !== null
        ? [{ goalId: checkpoint.goalId, date: checkpoint.checkpointDate, value: checkpoint.value }]
        : [],
    ),
    cycles: cycles.map((cycle) => ({ ...cycle, closed: cycle.closedAt !== null })),
    measures: cycleRows.measures,
    points: cycleRows.points.map((point) => ({ ...point, date: point.pointDate })),
  });
  return { rows, cycles, tracker };
}

/**
 * `/api/teams/:teamId/plans/*`: the team's work plan for each school year. Goals, strategies
 * and checkpoints are co-written in the plan's document; action steps go through these
 * routes, which refuse an action without a task, an owner from the team or a due date, and
 * any change to an earlier year's (archived) plan.
 */
export function registerPlanRoutes(router: ApiRouter, deps: ApiDeps): void {
  const planPath = '/api/teams/:teamId/plans/:planId';
  const edit = teamRule('plan.edit');

  const planOf = async (c: ApiContext) => {
    const planId = c.req.param('planId') ?? '';
    return isUuid(planId) ? findPlan(deps.db, c.get('teamId'), planId) : undefined;
  };
  const noPlan = (c: ApiContext) => apiError(c, 404, 'plan_not_found', 'No such plan in this team');
  const archived = (c: ApiContext) =>
    apiError(
      c,
      409,
      'plan_archived',
      "This is an earlier year's plan: it is kept as it was and cannot be changed",
    );
  const ownerNotMember = (c: ApiContext) =>
    apiError(c, 422, 'owner_not_member', 'The owner must be a member of this team');

  router.add('GET', '/api/teams/:teamId/plans', teamRule('team.view'), async (c) => {
    const team = await findTeamForMember(deps.db, c.get('teamId'), c.get('user').id);
    const body: PlanList = {
      plans: (await listPlans(deps.db, c.get('teamId'))).map(summary),
      currentSchoolYear: schoolYearOf(todayIn(team?.timeZone ?? 'UTC')),
    };
    return c.json(body);
  });

  router.add('POST', '/api/teams/:teamId/plans', teamRule('plan.manage'), async (c) => {
    const body = await readJsonBody(c, createPlanInput);
    if (!body.ok) return body.response;
    const teamId = c.get('teamId');
    const user = c.get('user');
    const { schoolYear, copyFrom } = body.value;
    const source = copyFrom ? await findPlan(deps.db, teamId, copyFrom) : null;
    if (copyFrom && !source) return noPlan(c);
    if (source && source.schoolYear >= schoolYear) {
      return apiError(c, 422, 'copy_not_earlier', 'Copy from an earlier year\u2019s plan');
    }
    const planId = randomUUID();
    const outcome = await insertPlan(deps.db, {
      id: planId,
      teamId,
      schoolYear,
      copiedFrom: source?.id ?? null,
      createdBy: user.id,
    });
    if (outcome === 'exists') {
      return apiError(c, 409, 'plan_exists', 'The team already has a plan for this school year');
    }
    if (outcome === 'later-exists') {
      return apiError(
        c,
        409,
        'later_plan_exists',
        'The team has a plan for a later school year; earlier years are kept read-only',
      );
    }
    const copied = source
      ? copyPlanForward(
          {
            ...(await deps.editDocument(workPlanDocumentName(teamId, source.id), readPlanContent)),
            actions: await deps.editDocument(planActionsDocumentName(teamId, source.id), (doc) =>
              actions.read(doc),
            ),
          },
          schoolYear - source.schoolYear,
        )
      : null;
    await deps.editDocument(
      workPlanDocumentName(teamId, planId),
      (doc) =>
        doc.transact(() => {
          writePlanFields(doc, { schoolYear, createdAt: Date.now() });
          if (copied) writePlanContent(doc, copied);
        }),
      user.id,
    );
    await deps.editDocument(
      planActionsDocumentName(teamId, planId),
      (doc) =>
        doc.transact(() => {
          for (const action of copied?.actions ?? []) actions.add(doc, action);
        }),
      user.id,
    );
    await insertAuditEvent(deps.db, {
      teamId,
      actorId: user.id,
      action: 'plan.created',
      details: { planId, schoolYear, copiedFrom: source?.id ?? null },
    });
    // Whoever has an earlier year's plan open now holds a read-only copy.
    await deps.liveAccess.documentsArchived(teamId);
    return c.json({ planId }, 201);
  });

  router.add('GET', planPath, teamRule('team.view'), async (c) => {
    const plan = await planOf(c);
    if (!plan) return noPlan(c);
    return c.json(await planDetail(deps.db, plan));
  });

  // The target tracker: every measure's latest value against its aim line, small groups
  // shown as "fewer than 10" (their figures are not sent).
  router.add('GET', `${planPath}/tracker`, teamRule('team.view'), async (c) => {
    const plan = await planOf(c);
    if (!plan) return noPlan(c);
    const { tracker } = await readProgress(deps.db, plan.id);
    const body: { rows: TrackerRow[] } = { rows: tracker };
    return c.json(body);
  });

  // The plan as the principal's review reads it.
  router.add('GET', `${planPath}/overview`, teamRule('team.view'), async (c) => {
    const plan = await planOf(c);
    if (!plan) return noPlan(c);
    const team = await findTeamForMember(deps.db, c.get('teamId'), c.get('user').id);
    const { rows, cycles, tracker } = await readProgress(deps.db, plan.id);
    const body: PlanOverview = {
      plan: summary(plan),
      ...planOverviewOf({
        goals: rows.goals,
        strategies: rows.strategies,
        actions: rows.actions.map((action) => ({
          ...action,
          status: action.status as ActionStatus,
        })),
        cycles: cycles.map((cycle) => ({
          ...cycle,
          outcome: cycle.outcome as CycleOutcome | null,
          closedAt: cycle.closedAt?.toISOString() ?? null,
        })),
        tracker,
        today: todayIn(team?.timeZone ?? 'UTC'),
      }),
    };
    return c.json(body);
  });

  router.add('GET', `${planPath}/plan.csv`, teamRule('team.view'), async (c) => {
    const plan = await planOf(c);
    if (!plan) return noPlan(c);
    const { csv, filename } = planCsv(await planDetail(deps.db, plan));
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
      'Cache-Control': 'no-store',
    });
  });

  router.add('POST', `${planPath}/actions`, edit, async (c) => {
    const plan = await planOf(c);
    if (!plan) return noPlan(c);
    if (plan.archivedAt) return archived(c);
    const body = await readJsonBody(c, createActionInput);
    if (!body.ok) return body.response;
    try {
      const actionId = await addActionStep(
        deps,
        c.get('teamId'),
        plan.id,
        body.value,
        c.get('user').id,
      );
      return c.json({ actionId }, 201);
    } catch (error) {
      return planErrorResponse(c, error);
    }
  });

  router.add('PATCH', `${planPath}/actions/:actionId`, edit, async (c) => {
    const plan = await planOf(c);
    if (!plan) return noPlan(c);
    if (plan.archivedAt) return archived(c);
    const body = await readJsonBody(c, updateActionInput);
    if (!body.ok) return body.response;
    const teamId = c.get('teamId');
    const { ownerId } = body.value;
    if (ownerId !== undefined && !(await findRole(deps.db, teamId, ownerId))) {
      return ownerNotMember(c);
    }
    const updated = await deps.editDocument(
      planActionsDocumentName(teamId, plan.id),
      (doc) => actions.update(doc, c.req.param('actionId') ?? '', body.value),
      c.get('user').id,
    );
    if (!updated) return apiError(c, 404, 'action_not_found', 'No such action in this plan');
    return c.body(null, 204);
  });

  router.add('DELETE', `${planPath}/actions/:actionId`, edit, async (c) => {
    const plan = await planOf(c);
    if (!plan) return noPlan(c);
    if (plan.archivedAt) return archived(c);
    const removed = await deps.editDocument(
      planActionsDocumentName(c.get('teamId'), plan.id),
      (doc) => actions.remove(doc, c.req.param('actionId') ?? ''),
      c.get('user').id,
    );
    if (!removed) return apiError(c, 404, 'action_not_found', 'No such action in this plan');
    return c.body(null, 204);
  });

  registerFollowUpActionRoute(router, deps);
}
