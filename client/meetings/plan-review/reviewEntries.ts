import type { TeamMember } from '../../../shared/api/teams';
import type { PlanAction, PlanContent } from '../../../shared/plans/planDoc';
import { type ReviewReason, reviewReason } from '../../../shared/plans/planReview';

/** One action step of a plan review, with what it serves and why it is reviewed. */
export interface ReviewEntry {
  action: PlanAction;
  /** "Goal 1 · Strategy 1.2". */
  place: string;
  goalIndicator: string;
  practiceIf: string;
  ownerName: string;
  /** Null once the step no longer needs review (marked done or on track in the meeting). */
  reason: ReviewReason | null;
}

/**
 * The review's steps in the order it walks them, as the plan holds them now. A step deleted
 * from the plan since the review started is left out.
 */
export function reviewEntries(
  actionIds: readonly string[],
  actions: readonly PlanAction[],
  content: PlanContent,
  members: readonly Pick<TeamMember, 'userId' | 'name'>[],
  today: string,
): ReviewEntry[] {
  const byId = new Map(actions.map((action) => [action.id, action]));
  return actionIds.flatMap((id) => {
    const action = byId.get(id);
    if (!action) return [];
    const strategy = content.strategies.find((s) => s.id === action.strategyId);
    const goalIndex = content.goals.findIndex((goal) => goal.id === strategy?.goalId);
    const goal = content.goals[goalIndex];
    const strategyNumber = strategy
      ? content.strategies.filter((s) => s.goalId === strategy.goalId).indexOf(strategy) + 1
      : 0;
    return [
      {
        action,
        place:
          goal && strategy
            ? `Goal ${goalIndex + 1} · Strategy ${goalIndex + 1}.${strategyNumber}`
            : '',
        goalIndicator: goal?.indicator ?? '',
        practiceIf: strategy?.practiceIf ?? '',
        ownerName: members.find((m) => m.userId === action.ownerId)?.name ?? 'A former member',
        reason: reviewReason(action, today),
      },
    ];
  });
}
