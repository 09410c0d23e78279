import type { PlanDetail } from '../../shared/api/plans';
import type { TeamMember } from '../../shared/api/teams';
import type { FollowUp, PlanLink } from '../../shared/decisions/decisionDoc';

/** What the "Make it an action step" form starts with. */
export interface ActionStepDraft {
  strategyId: string;
  /** Empty until a member is chosen. */
  ownerId: string;
  /** YYYY-MM-DD, or empty. */
  dueDate: string;
}

/**
 * The form's first values: the strategy the decision is tied to (else the first of its goal,
 * else the plan's first); the member whose name is the follow-up's owner text; its due date.
 */
export function actionStepDefaults(
  item: Pick<FollowUp, 'owner' | 'dueDate'>,
  plan: Pick<PlanDetail, 'id' | 'strategies'>,
  members: readonly Pick<TeamMember, 'userId' | 'name'>[],
  link: PlanLink | null | undefined,
): ActionStepDraft {
  const linked = link?.planId === plan.id ? link : null;
  const strategy =
    plan.strategies.find((s) => s.id === linked?.strategyId) ??
    plan.strategies.find((s) => s.goalId === linked?.goalId) ??
    plan.strategies[0];
  const owner = item.owner.trim().toLocaleLowerCase();
  const member = owner
    ? members.find((m) => m.name.trim().toLocaleLowerCase() === owner)
    : undefined;
  return {
    strategyId: strategy?.id ?? '',
    ownerId: member?.userId ?? '',
    dueDate: item.dueDate ?? '',
  };
}
