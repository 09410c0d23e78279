import type {
  CreateActionInput,
  CreatePlanInput,
  PlanDetail,
  PlanList,
  UpdateActionInput,
} from '../../shared/api/plans';
import type { TrackerRow } from '../../shared/plans/tracker';
import { apiDelete, apiGet, apiPatch, apiPost } from '../api/apiClient';
import { teamPath } from '../api/teamsApi';

const plansPath = (teamId: string) => `${teamPath(teamId)}/plans`;
const actionsPath = (teamId: string, planId: string) =>
  `${plansPath(teamId)}/${encodeURIComponent(planId)}/actions`;

/** The team's plans, latest school year first, and the school year today is in. */
export function listPlans(teamId: string): Promise<PlanList> {
  return apiGet<PlanList>(plansPath(teamId));
}

/** A plan's goals, strategies, action steps and checkpoints, as the server last stored them. */
export function fetchPlan(teamId: string, planId: string): Promise<PlanDetail> {
  return apiGet<PlanDetail>(`${plansPath(teamId)}/${encodeURIComponent(planId)}`);
}

/** Every measure of the plan against its aim line; small groups' figures are left out. */
export function fetchTracker(teamId: string, planId: string): Promise<{ rows: TrackerRow[] }> {
  return apiGet<{ rows: TrackerRow[] }>(
    `${plansPath(teamId)}/${encodeURIComponent(planId)}/tracker`,
  );
}

/** Starts a school year's plan (facilitator or principal), empty or from an earlier one. */
export function createPlan(teamId: string, input: CreatePlanInput) {
  return apiPost<{ planId: string }>(plansPath(teamId), input);
}

/** Adds an action step: the server refuses it without an owner from the team and a due date. */
export function createAction(teamId: string, planId: string, input: CreateActionInput) {
  return apiPost<{ actionId: string }>(actionsPath(teamId, planId), input);
}

export function updateAction(
  teamId: string,
  planId: string,
  actionId: string,
  changes: UpdateActionInput,
) {
  return apiPatch<unknown>(
    `${actionsPath(teamId, planId)}/${encodeURIComponent(actionId)}`,
    changes,
  );
}

export function deleteAction(teamId: string, planId: string, actionId: string) {
  return apiDelete<unknown>(`${actionsPath(teamId, planId)}/${encodeURIComponent(actionId)}`);
}
