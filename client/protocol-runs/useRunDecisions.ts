import { useCallback, useEffect, useState } from 'react';
import type { PromoteCardInput } from '../../shared/api/runs';
import type { RunControl, RunDecision } from '../../shared/protocol-runs/runControlDoc';
import { fetchRunDecisions, promoteCard } from './runsApi';

export type { RunDecision };

const none: RunDecision[] = [];

/**
 * The decision drafts that came out of a run, live from its control document (the server
 * rewrites the list as cards are promoted and the decisions change), and the verb that makes
 * a card one (or a follow-up of one, or evidence for one).
 */
export function useRunDecisions(teamId: string, runId: string, control: RunControl | null) {
  const listed = control?.decisions ?? null;
  // A run from before the list was kept: asking once makes the server write it.
  const isUnlisted = control !== null && listed === null;
  const [fetched, setFetched] = useState<RunDecision[]>(none);

  useEffect(() => {
    if (!isUnlisted) return;
    let isCurrent = true;
    fetchRunDecisions(teamId, runId).then(
      (decisions) => isCurrent && setFetched(decisions),
      // Offline: the list arrives with the control document once the server writes it.
      () => undefined,
    );
    return () => {
      isCurrent = false;
    };
  }, [isUnlisted, teamId, runId]);

  const promote = useCallback(
    async (cardId: string, input: PromoteCardInput) => {
      await promoteCard(teamId, runId, cardId, input);
    },
    [teamId, runId],
  );

  return { decisions: listed ?? fetched, promote };
}
