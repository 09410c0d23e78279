import type { PlanDetail, PlanList } from '../../shared/api/plans';
import type { PlanLink } from '../../shared/decisions/decisionDoc';
import { strategyLabel } from '../plans/cycleLabels';

type PlanItems = Pick<PlanDetail, 'id' | 'goals' | 'strategies'>;

/** This school year's plan, else the latest one; undefined when the team has none. */
export function currentPlanOf(list: PlanList) {
  return list.plans.find((p) => p.schoolYear === list.currentSchoolYear) ?? list.plans[0];
}

const REMOVED = 'A goal or strategy no longer in this plan';

/** The "not tied" choice of the "Tied to" select. */
export const NOT_TIED = '';

/** A goal is chosen by its id, a strategy by `<goalId>/<strategyId>` (ids hold no slash). */
export function choiceOf(link: PlanLink | null | undefined): string {
  if (!link) return NOT_TIED;
  return link.strategyId ? `${link.goalId}/${link.strategyId}` : link.goalId;
}

/** The link a choice stands for in `plan`: null for "not tied" or an item no longer there. */
export function planLinkOf(plan: PlanItems, choice: string): PlanLink | null {
  const [goalId = '', strategyId = null] = choice.split('/');
  if (!plan.goals.some((goal) => goal.id === goalId)) return null;
  if (strategyId && !plan.strategies.some((s) => s.id === strategyId && s.goalId === goalId)) {
    return null;
  }
  return { planId: plan.id, goalId, strategyId };
}

/** "Goal 1: <indicator>", or "Goal 1" before it has one. */
function goalName(plan: PlanItems, goalId: string): string | null {
  const index = plan.goals.findIndex((goal) => goal.id === goalId);
  const goal = plan.goals[index];
  if (!goal) return null;
  const indicator = goal.indicator.trim();
  return indicator ? `Goal ${index + 1}: ${indicator}` : `Goal ${index + 1}`;
}

/** "Strategy 1.2", numbered within its goal as the plan numbers it. */
export function strategyNumber(plan: PlanItems, strategyId: string): string | null {
  const strategy = plan.strategies.find((s) => s.id === strategyId);
  const goalIndex = plan.goals.findIndex((goal) => goal.id === strategy?.goalId);
  if (!strategy || goalIndex < 0) return null;
  const within = plan.strategies.filter((s) => s.goalId === strategy.goalId).indexOf(strategy);
  return `Strategy ${goalIndex + 1}.${within + 1}`;
}

/** "Strategy 1.2: If we … then …". */
export function strategyName(plan: PlanItems, strategyId: string): string | null {
  const number = strategyNumber(plan, strategyId);
  const strategy = plan.strategies.find((s) => s.id === strategyId);
  return number && strategy ? `${number}: ${strategyLabel(strategy)}` : null;
}

/**
 * What a decision is tied to, in words: "Goal 1: <indicator>" or
 * "Goal 1 · Strategy 1.2: If we … then …"; null when the plan no longer has it.
 */
export function planLinkName(plan: PlanItems, link: PlanLink): string | null {
  if (link.planId !== plan.id) return null;
  const index = plan.goals.findIndex((goal) => goal.id === link.goalId);
  if (index < 0) return null;
  if (!link.strategyId) return goalName(plan, link.goalId);
  const strategy = strategyName(plan, link.strategyId);
  return strategy ? `Goal ${index + 1} · ${strategy}` : null;
}

/**
 * The "Tied to" choices: not tied, then each goal followed by its strategies; and the current
 * link if the plan no longer has it (so the select still says what is stored).
 */
export function planLinkChoices(
  plan: PlanItems,
  current?: PlanLink | null,
): { value: string; label: string }[] {
  const isGone = current && planLinkName(plan, current) === null;
  return [
    { value: NOT_TIED, label: 'Not tied to the work plan' },
    ...(isGone ? [{ value: choiceOf(current), label: REMOVED }] : []),
    ...plan.goals.flatMap((goal) =>
      [null, ...plan.strategies.filter((s) => s.goalId === goal.id).map((s) => s.id)].map(
        (strategyId) => {
          const link = { planId: plan.id, goalId: goal.id, strategyId };
          return { value: choiceOf(link), label: planLinkName(plan, link) ?? '' };
        },
      ),
    ),
  ];
}
