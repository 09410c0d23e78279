import type {
  beforeHandleAwarenessPayload,
  Extension,
  onAuthenticatePayload,
} from '@hocuspocus/server';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { CurrentUser } from '../../shared/api/auth';
import { MAX_AWARENESS_STATE_BYTES } from '../../shared/collab/limits';
import { colorForUser } from '../../shared/collab/userColor';
import { authorizeDocument } from '../access/authorize';
import { resolveSession } from '../auth/sessions';
import { tokenFromCookieHeader } from '../auth/tokens';

/** What a socket connection carries once authenticated. */
export interface CollabContext {
  user: CurrentUser;
  color: string;
}

/** A refusal Hocuspocus sends to the client as the reason of `permission-denied`. */
function refuse(reason: string): Error {
  return Object.assign(new Error(reason), { reason });
}

/**
 * Who may open which document, decided per document (a shared socket gives nothing in
 * another team's documents). Accepts the provider's token or the session cookie. Connections
 * without write access are made read-only. Identity in awareness is stamped from the
 * authenticated user, so nobody can appear under another person's name or colour.
 */
export class Authentication implements Extension {
  extensionName = 'authentication';

  constructor(private readonly db: Kysely<Database>) {}

  async onAuthenticate({
    token,
    documentName,
    requestHeaders,
    connectionConfig,
  }: onAuthenticatePayload): Promise<CollabContext> {
    const user = await resolveSession(
      this.db,
      token || tokenFromCookieHeader(requestHeaders.get('cookie')),
    );
    if (!user) throw refuse('unauthorized');
    const decision = await authorizeDocument(this.db, user.id, documentName);
    if (!decision.allowed) throw refuse(decision.reason);
    connectionConfig.readOnly = !decision.canWrite;
    return { user, color: colorForUser(user.id) };
  }

  async beforeHandleAwareness({ states, connection, document }: beforeHandleAwarenessPayload) {
    if (!connection) return;
    const context = connection.context as CollabContext;
    for (const [clientId, state] of states) {
      const ownedElsewhere = document
        .getConnections()
        .some((other) => other !== connection && document.getClients(other).has(clientId));
      if (ownedElsewhere || JSON.stringify(state).length > MAX_AWARENESS_STATE_BYTES) {
        states.delete(clientId);
        continue;
      }
      state.user = { id: context.user.id, name: context.user.name, color: context.color };
    }
  }
}
