import { useCallback, useEffect, useState } from 'react';
import type { AuditEvent } from '../../../shared/api/teams';
import { fetchAuditLog } from '../../api/teamsApi';
import { messageOf } from '../../forms/useApiAction';

interface AuditLogState {
  events: AuditEvent[];
  /** Where the next (older) page starts; null when the first page is the whole log. */
  nextBefore: string | null;
  isLoading: boolean;
  error: string | null;
}

/** The team's audit log, newest first, one page at a time. */
export function useAuditLog(teamId: string) {
  const [state, setState] = useState<AuditLogState>({
    events: [],
    nextBefore: null,
    isLoading: true,
    error: null,
  });

  useEffect(() => {
    let active = true;
    fetchAuditLog(teamId).then(
      (page) => {
        if (active) setState({ ...page, isLoading: false, error: null });
      },
      (caught: unknown) => {
        if (active) setState((s) => ({ ...s, isLoading: false, error: messageOf(caught) }));
      },
    );
    return () => {
      active = false;
    };
  }, [teamId]);

  /** Loads the next older page; resolves with how many events it added. */
  const loadOlder = useCallback(async (): Promise<number> => {
    const before = state.nextBefore;
    if (!before) return 0;
    setState((s) => ({ ...s, isLoading: true, error: null }));
    try {
      const page = await fetchAuditLog(teamId, before);
      setState((s) => ({
        events: [...s.events, ...page.events],
        nextBefore: page.nextBefore,
        isLoading: false,
        error: null,
      }));
      return page.events.length;
    } catch (caught) {
      setState((s) => ({ ...s, isLoading: false, error: messageOf(caught) }));
      return 0;
    }
  }, [teamId, state.nextBefore]);

  return { ...state, loadOlder };
}
