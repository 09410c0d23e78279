import { useCallback, useEffect, useState } from 'react';
import type { PromoteCardInput, RunDecisionList } from '../../shared/api/runs';
import { fetchRunDecisions, promoteCard } from './runsApi';

const REFETCH_DELAY_MS = 300;

export type RunDecision = RunDecisionList['decisions'][number];

/**
 * The decision drafts that came out of a run, and the verb that makes a card one (or a
 * follow-up of one). Asked again when the board changes and after this person promotes a card.
 */
export function useRunDecisions(teamId: string, runId: string, board: unknown) {
  const [decisions, setDecisions] = useState<RunDecision[]>([]);

  const refresh = useCallback(async () => {
    try {
      setDecisions(await fetchRunDecisions(teamId, runId));
    } catch {
      // Offline: keep the list we have; the next change asks again.
    }
  }, [teamId, runId]);

  useEffect(() => {
    // The board changes in bursts (everyone posting at once): ask once things settle.
    const timeout = setTimeout(() => void refresh(), REFETCH_DELAY_MS);
    return () => clearTimeout(timeout);
  }, [refresh, board]);

  const promote = useCallback(
    async (cardId: string, input: PromoteCardInput) => {
      await promoteCard(teamId, runId, cardId, input);
      await refresh();
    },
    [teamId, runId, refresh],
  );

  return { decisions, promote };
}
