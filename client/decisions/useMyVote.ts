import { useCallback, useEffect, useRef, useState } from 'react';
import type { MyVote } from '../../shared/api/decisions';
import { messageOf } from '../forms/useApiAction';
import { castVote, fetchMyVote } from './decisionsApi';

interface MyVoteOptions {
  /** Only people who may vote have a ballot to ask for. */
  isEnabled: boolean;
  /** The live round: a new round (or the same one reopened) asks the server again. */
  round: number | null;
  isOpen: boolean;
}

/**
 * This person's own ballot in the current round. The shared tally says who voted, never what
 * each chose, so the server is asked (on load and whenever the round changes). Casting shows
 * the choice at once and puts it back if the server refuses.
 */
export function useMyVote(
  teamId: string,
  decisionId: string,
  { isEnabled, round, isOpen }: MyVoteOptions,
) {
  const [mine, setMine] = useState<MyVote>({ round: null, value: null });
  const [pendingValue, setPendingValue] = useState<number | string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A ballot cast while the first answer is on its way must not be overwritten by it.
  const latest = useRef(0);

  useEffect(() => {
    if (!isEnabled || round === null) return;
    let active = true;
    latest.current += 1;
    const request = latest.current;
    fetchMyVote(teamId, decisionId).then(
      (answer) => {
        if (active && request === latest.current) setMine(answer);
      },
      () => {
        // Offline: the buttons show no choice; casting again asks the server anyway.
      },
    );
    return () => {
      active = false;
    };
  }, [teamId, decisionId, isEnabled, round, isOpen]);

  const cast = useCallback(
    async (value: number | string) => {
      latest.current += 1;
      setPendingValue(value);
      setError(null);
      try {
        setMine(await castVote(teamId, decisionId, value));
      } catch (caught) {
        setError(messageOf(caught));
      } finally {
        setPendingValue(null);
      }
    },
    [teamId, decisionId],
  );

  // A ballot from an earlier round is not this round's choice.
  const value = mine.round !== null && mine.round === round ? mine.value : null;
  return { value: pendingValue ?? value, isPending: pendingValue !== null, error, cast };
}
