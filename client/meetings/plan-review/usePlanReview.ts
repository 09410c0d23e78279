import { useMemo } from 'react';
import type * as Y from 'yjs';
import type { TeamDetail } from '../../../shared/api/teams';
import { agenda } from '../../../shared/meetings/meetingDoc';
import { actions, checkpoints, goals, strategies } from '../../../shared/plans/planDoc';
import { actionsToReview } from '../../../shared/plans/planReview';
import { todayIn } from '../../../shared/time/teamTime';
import { useOrderedList } from '../../collab/useOrderedList';
import { type ReviewEntry, reviewEntries } from './reviewEntries';

export interface PlanReviewState {
  title: string;
  /** The steps walked, in order; empty before the review starts. */
  entries: ReviewEntry[];
  started: boolean;
  /** The step on the projector (the first one until someone moves on). */
  currentIndex: number;
  /** Fixes the list of steps to walk (again), starting from the first. */
  start: () => void;
  show: (actionId: string) => void;
}

/**
 * A plan review as every device sees it: the agenda item (in the meeting's document) holds
 * the steps walked and the one on the projector; the plan's documents hold the steps
 * themselves, so a status changed anywhere shows everywhere.
 */
export function usePlanReview(
  meetingDoc: Y.Doc,
  itemId: string,
  planId: string,
  planDoc: Y.Doc,
  actionsDoc: Y.Doc,
  team: TeamDetail,
): PlanReviewState | null {
  const items = useOrderedList(agenda, meetingDoc);
  const goalList = useOrderedList(goals, planDoc).items;
  const strategyList = useOrderedList(strategies, planDoc).items;
  const checkpointList = useOrderedList(checkpoints, planDoc).items;
  const actionList = useOrderedList(actions, actionsDoc).items;
  const item = items.items.find((candidate) => candidate.id === itemId);
  const today = todayIn(team.timeZone);
  const entries = useMemo(
    () =>
      item
        ? reviewEntries(
            item.reviewActionIds,
            actionList,
            { goals: goalList, strategies: strategyList, checkpoints: checkpointList },
            team.members,
            today,
          )
        : [],
    [item, actionList, goalList, strategyList, checkpointList, team.members, today],
  );
  if (!item) return null;
  const found = entries.findIndex((entry) => entry.action.id === item.reviewActionId);
  return {
    title: item.title,
    entries,
    started: item.planId !== null,
    currentIndex: found < 0 ? 0 : found,
    start: () => {
      const ids = actionsToReview(actionList, today);
      items.update(itemId, { planId, reviewActionIds: ids, reviewActionId: ids[0] ?? null });
    },
    show: (actionId) => items.update(itemId, { reviewActionId: actionId }),
  };
}
