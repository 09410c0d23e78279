import type {
  HocuspocusProvider,
  onAuthenticatedParameters,
  onAuthenticationFailedParameters,
  onCloseParameters,
} from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import type { AccessProblem } from './accessProblem';
import { problemFromCloseCode, problemFromReason } from './accessProblem';

/** What the server decided about this connection to the document. */
export interface ServerAccess {
  /** Set when the server refused the document; cleared if a later attempt is accepted. */
  problem: AccessProblem | null;
  /** The server accepted the connection read-only (it will ignore any edit). */
  readOnly: boolean;
}

/**
 * Follows the server's decisions: a refused authentication, a socket closed with one of the
 * shared close codes, or an accepted connection and its scope.
 */
export function useServerAccess(provider: HocuspocusProvider): ServerAccess {
  const [access, setAccess] = useState<ServerAccess>(() => ({
    problem: null,
    readOnly: provider.isAuthenticated && provider.authorizedScope === 'readonly',
  }));

  useEffect(() => {
    const handleFailed = ({ reason }: onAuthenticationFailedParameters) =>
      setAccess({ problem: problemFromReason(reason), readOnly: true });
    const handleClose = ({ event }: onCloseParameters) => {
      const problem = problemFromCloseCode(event.code);
      if (problem) setAccess({ problem, readOnly: true });
    };
    const handleAuthenticated = ({ scope }: onAuthenticatedParameters) =>
      setAccess({ problem: null, readOnly: scope === 'readonly' });
    provider.on('authenticationFailed', handleFailed);
    provider.on('close', handleClose);
    provider.on('authenticated', handleAuthenticated);
    return () => {
      provider.off('authenticationFailed', handleFailed);
      provider.off('close', handleClose);
      provider.off('authenticated', handleAuthenticated);
    };
  }, [provider]);

  return access;
}
