import { useCallback, useEffect, useRef, useState } from 'react';
import type { MyRunState } from '../../shared/api/runs';
import { fetchMyRunState } from './runsApi';

const EMPTY: MyRunState = { cards: [], votes: [], ratings: {} };

/** Board changes arrive in bursts (everyone posting at once): wait for a lull before asking. */
const REFETCH_DELAY_MS = 300;

interface MyRunStateOptions {
  /** Viewers have no cards, votes or ratings of their own: no need to ask. */
  isEnabled: boolean;
  /** The live board and control state: a new snapshot of either refetches. */
  board: unknown;
  control: unknown;
}

/**
 * What the server knows only for this person: their own cards (including unrevealed ones),
 * the cards they dotted and their norm ratings. Refetched when the shared documents change
 * and after the person's own actions (`refresh`); a late answer never overwrites a newer one.
 */
export function useMyRunState(
  teamId: string,
  runId: string,
  { isEnabled, board, control }: MyRunStateOptions,
) {
  const [mine, setMine] = useState<MyRunState>(EMPTY);
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    if (!isEnabled) return;
    latest.current += 1;
    const request = latest.current;
    try {
      const next = await fetchMyRunState(teamId, runId);
      if (request === latest.current) setMine(next);
    } catch {
      // Offline or refused: keep what we have; the next change or action asks again.
    }
  }, [teamId, runId, isEnabled]);

  useEffect(() => {
    const timeout = setTimeout(() => void refresh(), REFETCH_DELAY_MS);
    return () => clearTimeout(timeout);
  }, [refresh, board, control]);

  return { mine: isEnabled ? mine : EMPTY, refresh };
}
