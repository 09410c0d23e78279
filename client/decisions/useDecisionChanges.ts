import { useCallback, useEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { DecisionChange } from '../../shared/api/decisions';
import { messageOf } from '../forms/useApiAction';
import { fetchDecisionChanges } from './decisionsApi';

/**
 * The server records a change once it has stored the update: wait for a burst of edits
 * (typing, everyone voting) to settle before asking again.
 */
const REFETCH_DELAY_MS = 1500;

/** The change history as the page shows it. */
export interface ChangesState {
  changes: DecisionChange[];
  isLoading: boolean;
  error: string | null;
}

/**
 * A decision's change history, newest first. Asked again (debounced) after any change to the
 * decision's documents, by anyone: fields, text, evidence, follow-ups, status and votes. A
 * late answer never overwrites a newer one.
 */
export function useDecisionChanges(
  teamId: string,
  decisionId: string,
  docs: { decision: Y.Doc; status: Y.Doc },
) {
  const [state, setState] = useState<ChangesState>({ changes: [], isLoading: true, error: null });
  const latest = useRef(0);
  const { decision, status } = docs;

  const refresh = useCallback(async () => {
    latest.current += 1;
    const request = latest.current;
    try {
      const { changes } = await fetchDecisionChanges(teamId, decisionId);
      if (request === latest.current) setState({ changes, isLoading: false, error: null });
    } catch (caught) {
      if (request === latest.current) {
        setState((previous) => ({ ...previous, isLoading: false, error: messageOf(caught) }));
      }
    }
  }, [teamId, decisionId]);

  useEffect(() => {
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timeout);
      timeout = setTimeout(() => void refresh(), REFETCH_DELAY_MS);
    };
    // The first load need not wait.
    const first = setTimeout(() => void refresh(), 0);
    decision.on('update', schedule);
    status.on('update', schedule);
    return () => {
      clearTimeout(first);
      clearTimeout(timeout);
      decision.off('update', schedule);
      status.off('update', schedule);
    };
  }, [refresh, decision, status]);

  return { ...state, refresh };
}
