import { findCycle, listCycles } from '../../db/queries/cycles';
import { findPlan } from '../../db/queries/plans';
import {
  closeCycleInput,
  createCycleInput,
  type CycleList,
  type CycleSummary,
  dataPointsInput,
  importDataInput,
  predictionInput,
} from '../../shared/api/cycles';
import type { ApiErrorBody } from '../../shared/api/errors';
import { isUuid } from '../../shared/documents/documentName';
import type { CycleOutcome, KeyQuestion } from '../../shared/plans/cycleRules';
import { apiError, readJsonBody } from '../http/apiErrors';
import { type ApiRouter, teamRule } from '../http/ApiRouter';
import type { ApiContext, ApiDeps } from '../http/types';
import { parseDataPointsCsv } from './cycleCsv';
import { CycleService } from './CycleService';
import { PlanError, planErrorResponse } from './PlanError';

type CycleRow = NonNullable<Awaited<ReturnType<typeof findCycle>>>;

function summary(row: CycleRow): CycleSummary {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    id: row.id,
    planId: row.planId,
    goalId: row.goalId,
    number: row.number,
    previousCycleId: row.previousCycleId,
    keyQuestion: row.keyQuestion as KeyQuestion | null,
    problemOfPractice: row.problemOfPractice,
    changeIdea: row.changeIdea,
    startDate: row.startDate,
    endDate: row.endDate,
    predictionLockedAt: iso(row.predictionLockedAt),
    outcome: row.outcome as CycleOutcome | null,
    decisionId: row.decisionId,
    closedAt: iso(row.closedAt),
    archivedAt: iso(row.archivedAt),
  };
}

/**
 * Improvement cycles: `/api/teams/:teamId/plans/:planId/cycles` lists and starts them under
 * the plan's goals; `/api/teams/:teamId/cycles/:cycleId/*` takes the prediction, the data
 * points (typed or from a CSV file) and the close. Framing, measures and study notes are
 * co-written in the cycle's document.
 */
export function registerCycleRoutes(router: ApiRouter, deps: ApiDeps): void {
  const cycles = new CycleService(deps.db, deps.editDocument, deps.liveAccess);
  const planCycles = '/api/teams/:teamId/plans/:planId/cycles';
  const cyclePath = '/api/teams/:teamId/cycles/:cycleId';
  const edit = teamRule('plan.edit');

  /** The cycle id in the path, refused as not found unless it names a cycle of the team. */
  const cycleIdOf = async (c: ApiContext) => {
    const cycleId = c.req.param('cycleId') ?? '';
    const cycle = isUuid(cycleId) ? await findCycle(deps.db, c.get('teamId'), cycleId) : undefined;
    if (!cycle) throw new PlanError(404, 'cycle_not_found', 'No such cycle in this team');
    return cycle.id;
  };
  const planOf = async (c: ApiContext) => {
    const planId = c.req.param('planId') ?? '';
    return isUuid(planId) ? findPlan(deps.db, c.get('teamId'), planId) : undefined;
  };
  const noPlan = (c: ApiContext) => apiError(c, 404, 'plan_not_found', 'No such plan in this team');

  router.add('GET', planCycles, teamRule('team.view'), async (c) => {
    const plan = await planOf(c);
    if (!plan) return noPlan(c);
    const body: CycleList = { cycles: (await listCycles(deps.db, plan.id)).map(summary) };
    return c.json(body);
  });

  router.add('POST', planCycles, edit, async (c) => {
    const plan = await planOf(c);
    if (!plan) return noPlan(c);
    if (plan.archivedAt) {
      return apiError(
        c,
        409,
        'plan_archived',
        "This is an earlier year's plan: it is kept as it was and cannot be changed",
      );
    }
    const body = await readJsonBody(c, createCycleInput);
    if (!body.ok) return body.response;
    try {
      const cycleId = await cycles.start(c.get('teamId'), plan.id, c.get('user'), body.value);
      return c.json({ cycleId }, 201);
    } catch (error) {
      return planErrorResponse(c, error);
    }
  });

  router.add('GET', cyclePath, teamRule('team.view'), async (c) => {
    const cycleId = c.req.param('cycleId') ?? '';
    const cycle = isUuid(cycleId) ? await findCycle(deps.db, c.get('teamId'), cycleId) : undefined;
    if (!cycle) return apiError(c, 404, 'cycle_not_found', 'No such cycle in this team');
    return c.json(summary(cycle));
  });

  router.add('PUT', `${cyclePath}/prediction`, edit, async (c) => {
    try {
      const cycleId = await cycleIdOf(c);
      const body = await readJsonBody(c, predictionInput);
      if (!body.ok) return body.response;
      await cycles.predict(c.get('teamId'), cycleId, c.get('user'), body.value.text);
      return c.body(null, 204);
    } catch (error) {
      return planErrorResponse(c, error);
    }
  });

  router.add('POST', `${cyclePath}/data`, edit, async (c) => {
    try {
      const cycleId = await cycleIdOf(c);
      const body = await readJsonBody(c, dataPointsInput);
      if (!body.ok) return body.response;
      const ids = await cycles.addPoints(
        c.get('teamId'),
        cycleId,
        c.get('user'),
        body.value.points,
      );
      return c.json({ ids }, 201);
    } catch (error) {
      return planErrorResponse(c, error);
    }
  });

  router.add('POST', `${cyclePath}/data.csv`, edit, async (c) => {
    try {
      const cycleId = await cycleIdOf(c);
      const body = await readJsonBody(c, importDataInput);
      if (!body.ok) return body.response;
      const teamId = c.get('teamId');
      const parsed = parseDataPointsCsv(body.value.csv, await cycles.measuresOf(teamId, cycleId));
      if ('problems' in parsed) {
        const refused: ApiErrorBody = {
          error: {
            code: 'import_invalid',
            message: 'Nothing was imported: correct the lines below and import the file again',
            problems: parsed.problems,
          },
        };
        return c.json(refused, 422);
      }
      const ids = await cycles.addPoints(teamId, cycleId, c.get('user'), parsed.points);
      return c.json({ count: ids.length }, 201);
    } catch (error) {
      return planErrorResponse(c, error);
    }
  });

  router.add('DELETE', `${cyclePath}/data/:pointId`, edit, async (c) => {
    try {
      const cycleId = await cycleIdOf(c);
      const pointId = c.req.param('pointId') ?? '';
      await cycles.removePoint(c.get('teamId'), cycleId, c.get('user'), pointId);
      return c.body(null, 204);
    } catch (error) {
      return planErrorResponse(c, error);
    }
  });

  router.add('POST', `${cyclePath}/close`, teamRule('plan.manage'), async (c) => {
    try {
      const cycleId = await cycleIdOf(c);
      const body = await readJsonBody(c, closeCycleInput);
      if (!body.ok) return body.response;
      const result = await cycles.close(c.get('teamId'), cycleId, c.get('user'), body.value);
      return c.json(result, 201);
    } catch (error) {
      return planErrorResponse(c, error);
    }
  });
}
