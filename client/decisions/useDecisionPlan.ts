import { useEffect, useState } from 'react';
import type { PlanDetail } from '../../shared/api/plans';
import { fetchPlan, listPlans } from '../plans/plansApi';
import { currentPlanOf } from './planLinkChoices';

/** The work plan a decision page shows: loading, failed, or the plan (null: the team has none). */
export type DecisionPlan =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; plan: PlanDetail | null };

async function loadPlan(teamId: string, planId: string | undefined): Promise<PlanDetail | null> {
  if (planId) return fetchPlan(teamId, planId);
  const current = currentPlanOf(await listPlans(teamId));
  return current ? fetchPlan(teamId, current.id) : null;
}

/**
 * The plan the decision is tied to (`planId`), else this school year's, fetched when the page
 * opens: its goals and strategies name the link and are what a follow-up can join. Tying the
 * decision to the plan already shown does not fetch it again.
 */
export function useDecisionPlan(teamId: string, planId: string | undefined): DecisionPlan {
  const [result, setResult] = useState<DecisionPlan>({ state: 'loading' });
  const shown = result.state === 'ready' ? result.plan : undefined;
  const isShown = shown !== undefined && (planId ? shown?.id === planId : !shown?.archivedAt);

  useEffect(() => {
    if (isShown) return;
    let isCurrent = true;
    loadPlan(teamId, planId).then(
      (plan) => isCurrent && setResult({ state: 'ready', plan }),
      () => isCurrent && setResult({ state: 'failed' }),
    );
    return () => {
      isCurrent = false;
    };
  }, [teamId, planId, isShown]);

  return result;
}
