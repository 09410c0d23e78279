import type { PlanOverview } from '../api/plans';
import type { CycleOutcome } from './cycleRules';
import { type ActionStatus, actionStatuses } from './planRules';
import type { TrackerRow } from './tracker';

/** What the overview is made from: the plan's projected rows, its cycles and its tracker. */
export interface PlanOverviewInput {
  goals: readonly { id: string; indicator: string; measure: string }[];
  strategies: readonly { id: string; goalId: string }[];
  actions: readonly {
    id: string;
    strategyId: string;
    task: string;
    ownerId: string;
    ownerName: string | null;
    dueDate: string;
    status: ActionStatus;
  }[];
  cycles: readonly {
    id: string;
    goalId: string;
    number: number;
    changeIdea: string;
    startDate: string | null;
    endDate: string | null;
    outcome: CycleOutcome | null;
    closedAt: string | null;
    decisionId: string | null;
  }[];
  tracker: readonly TrackerRow[];
  /** Today in the team's time zone: a step due before it and not done is overdue. */
  today: string;
}

const noStatuses = (): Record<ActionStatus, number> =>
  Object.fromEntries(actionStatuses.map((status) => [status, 0])) as Record<ActionStatus, number>;

/** The plan as the principal's review reads it (everything but the plan's own summary). */
export function planOverviewOf(input: PlanOverviewInput): Omit<PlanOverview, 'plan'> {
  const goalNumber = new Map(input.goals.map((goal, index) => [goal.id, index + 1]));
  const placeOf = (strategyId: string) => {
    const strategy = input.strategies.find((s) => s.id === strategyId);
    const number = strategy && goalNumber.get(strategy.goalId);
    if (!strategy || !number) return '';
    const within = input.strategies.filter((s) => s.goalId === strategy.goalId).indexOf(strategy);
    return `Goal ${number} · Strategy ${number}.${within + 1}`;
  };
  const isOverdue = (action: PlanOverviewInput['actions'][number]) =>
    action.status !== 'done' && action.dueDate < input.today;
  const nameOf = (action: PlanOverviewInput['actions'][number]) =>
    action.ownerName ?? 'A former member';

  const actionsByStatus = noStatuses();
  const owners = new Map<string, PlanOverview['owners'][number]>();
  for (const action of input.actions) {
    actionsByStatus[action.status] += 1;
    const owner = owners.get(action.ownerId) ?? {
      ownerId: action.ownerId,
      name: nameOf(action),
      byStatus: noStatuses(),
      overdue: 0,
    };
    owner.byStatus[action.status] += 1;
    if (isOverdue(action)) owner.overdue += 1;
    owners.set(action.ownerId, owner);
  }

  const goalRows = new Map(
    input.tracker.filter((row) => row.cycleId === null).map((row) => [row.goalId, row]),
  );
  return {
    today: input.today,
    goals: input.goals.map((goal, index) => {
      const row = goalRows.get(goal.id);
      return {
        id: goal.id,
        number: index + 1,
        indicator: goal.indicator,
        measure: goal.measure,
        latest: row?.latest ?? null,
        latestDate: row?.latestDate ?? null,
        target: row?.target ?? null,
        trend: row?.trend ?? null,
        suppressed: row?.suppressed ?? false,
      };
    }),
    actionsByStatus,
    owners: [...owners.values()].sort((a, b) => a.name.localeCompare(b.name)),
    overdue: input.actions
      .filter(isOverdue)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
      .map((action) => ({
        id: action.id,
        task: action.task,
        ownerName: nameOf(action),
        dueDate: action.dueDate,
        status: action.status,
        place: placeOf(action.strategyId),
      })),
    cycles: input.cycles
      .filter((cycle) => goalNumber.has(cycle.goalId))
      .map((cycle) => ({
        id: cycle.id,
        goalNumber: goalNumber.get(cycle.goalId) ?? 0,
        number: cycle.number,
        changeIdea: cycle.changeIdea,
        startDate: cycle.startDate,
        endDate: cycle.endDate,
        outcome: cycle.outcome,
        closedAt: cycle.closedAt,
        decisionId: cycle.decisionId,
      }))
      .sort((a, b) => a.goalNumber - b.goalNumber || a.number - b.number),
  };
}
