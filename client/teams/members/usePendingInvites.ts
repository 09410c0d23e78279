import { useCallback, useEffect, useState } from 'react';
import type { PendingInvite } from '../../../shared/api/teams';
import { listInvites, revokeInvite } from '../../api/teamsApi';
import { messageOf } from '../../forms/useApiAction';

/** The team's invites that can still be used, loaded while `isOpen` (the invite dialog). */
export function usePendingInvites(teamId: string, isOpen: boolean) {
  const [invites, setInvites] = useState<PendingInvite[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setInvites(await listInvites(teamId));
      setError(null);
    } catch (caught) {
      setError(messageOf(caught));
    }
  }, [teamId]);

  useEffect(() => {
    if (!isOpen) return;
    let active = true;
    listInvites(teamId).then(
      (list) => {
        if (!active) return;
        setInvites(list);
        setError(null);
      },
      (caught: unknown) => {
        if (active) setError(messageOf(caught));
      },
    );
    return () => {
      active = false;
    };
  }, [teamId, isOpen]);

  /** Revokes an invite; resolves true when the server agreed. */
  const revoke = useCallback(
    async (invite: PendingInvite): Promise<boolean> => {
      try {
        await revokeInvite(teamId, invite.id);
      } catch (caught) {
        setError(messageOf(caught));
        return false;
      }
      setInvites((previous) => previous?.filter((other) => other.id !== invite.id) ?? null);
      setError(null);
      return true;
    },
    [teamId],
  );

  return { invites, error, refresh, revoke };
}
