import type {
  CloseCycleInput,
  CloseCycleResult,
  CreateCycleInput,
  CycleList,
  CycleSummary,
  DataPointsInput,
} from '../../shared/api/cycles';
import { apiDelete, apiGet, apiPost, apiPut } from '../api/apiClient';
import { teamPath } from '../api/teamsApi';

const planCyclesPath = (teamId: string, planId: string) =>
  `${teamPath(teamId)}/plans/${encodeURIComponent(planId)}/cycles`;
const cyclePath = (teamId: string, cycleId: string) =>
  `${teamPath(teamId)}/cycles/${encodeURIComponent(cycleId)}`;

/** The plan's improvement cycles, goal by goal, by number. */
export function listCycles(teamId: string, planId: string): Promise<CycleList> {
  return apiGet<CycleList>(planCyclesPath(teamId, planId));
}

/** Starts a cycle under a goal (any editor, while the plan is this year's). */
export function createCycle(teamId: string, planId: string, input: CreateCycleInput) {
  return apiPost<{ cycleId: string }>(planCyclesPath(teamId, planId), input);
}

export function fetchCycle(teamId: string, cycleId: string): Promise<CycleSummary> {
  return apiGet<CycleSummary>(cyclePath(teamId, cycleId));
}

/** Writes the prediction; the server refuses once the first data point has locked it. */
export function savePrediction(teamId: string, cycleId: string, text: string) {
  return apiPut<unknown>(`${cyclePath(teamId, cycleId)}/prediction`, { text });
}

/** Adds data points, all or none; the first one locks the prediction. */
export function addDataPoints(teamId: string, cycleId: string, input: DataPointsInput) {
  return apiPost<{ ids: string[] }>(`${cyclePath(teamId, cycleId)}/data`, input);
}

/** Imports a CSV file's text (date, measure, value, note): every row or, with problems, none. */
export function importDataCsv(teamId: string, cycleId: string, csv: string) {
  return apiPost<{ count: number }>(`${cyclePath(teamId, cycleId)}/data.csv`, { csv });
}

export function deleteDataPoint(teamId: string, cycleId: string, pointId: string) {
  return apiDelete<unknown>(`${cyclePath(teamId, cycleId)}/data/${encodeURIComponent(pointId)}`);
}

/** Closes the cycle (facilitator or principal), writing a proposed decision into the log. */
export function closeCycle(teamId: string, cycleId: string, input: CloseCycleInput) {
  return apiPost<CloseCycleResult>(`${cyclePath(teamId, cycleId)}/close`, input);
}
