import { useNavigate, useSearchParams } from 'react-router';
import { resetCollabSocket } from '../collab/sessionReset';
import { safeNextPath } from './nextPath';

/**
 * Where to go once signed in (the `?next=` path on this site, else home), and the step that
 * goes there: the collaboration socket reconnects first, so it carries the new session.
 */
export function useAfterSignIn() {
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const goOn = async () => {
    resetCollabSocket();
    await navigate(next, { replace: true });
  };
  return { next, goOn };
}
