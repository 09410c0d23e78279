import type {
  HocuspocusProvider,
  onAuthenticatedParameters,
  onAuthenticationFailedParameters,
  onCloseParameters,
  onStatelessParameters,
} from '@hocuspocus/provider';
import { useEffect, useEffectEvent, useState } from 'react';
import { parseServerNotice } from '../../shared/collab/serverNotices';
import type { AccessProblem } from './accessProblem';
import { problemFromCloseCode, problemFromCloseReason, problemFromReason } from './accessProblem';

/** What the server decided about this connection to the document. */
export interface ServerAccess {
  /** Set when the server refused or closed the document; cleared if a later attempt is accepted. */
  problem: AccessProblem | null;
  /**
   * Whether the server accepts edits on this connection: its scope when it accepted the
   * connection, then every live change of role. Null until the server has said.
   */
  canWrite: boolean | null;
}

interface ServerAccessOptions {
  /** Called when the person's role changed while connected (to refresh what the page shows). */
  onAccessChanged?: () => void;
}

/**
 * Follows the server's decisions: a refused authentication; the socket or this document's
 * connection closed with a shared close code or refusal reason (removed from the team, sign-in
 * revoked); an accepted connection and its scope; and live role changes (`access-changed`).
 */
export function useServerAccess(
  provider: HocuspocusProvider,
  { onAccessChanged }: ServerAccessOptions = {},
): ServerAccess {
  const [access, setAccess] = useState<ServerAccess>(() => ({
    problem: null,
    canWrite: provider.isAuthenticated ? provider.authorizedScope !== 'readonly' : null,
  }));
  const notifyAccessChanged = useEffectEvent(() => onAccessChanged?.());

  useEffect(() => {
    const handleFailed = ({ reason }: onAuthenticationFailedParameters) =>
      setAccess({ problem: problemFromReason(reason), canWrite: false });
    const handleClose = ({ event }: onCloseParameters) => {
      const problem = problemFromCloseCode(event.code) ?? problemFromCloseReason(event.reason);
      if (problem) setAccess({ problem, canWrite: false });
    };
    const handleAuthenticated = ({ scope }: onAuthenticatedParameters) =>
      setAccess({ problem: null, canWrite: scope !== 'readonly' });
    const handleStateless = ({ payload }: onStatelessParameters) => {
      const notice = parseServerNotice(payload);
      if (notice?.type !== 'access-changed') return;
      setAccess((previous) => ({ ...previous, canWrite: notice.canWrite }));
      notifyAccessChanged();
    };
    provider.on('authenticationFailed', handleFailed);
    provider.on('close', handleClose);
    provider.on('authenticated', handleAuthenticated);
    provider.on('stateless', handleStateless);
    return () => {
      provider.off('authenticationFailed', handleFailed);
      provider.off('close', handleClose);
      provider.off('authenticated', handleAuthenticated);
      provider.off('stateless', handleStateless);
    };
  }, [provider]);

  return access;
}
