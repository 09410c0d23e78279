import {
  type beforeHandleAwarenessPayload,
  type beforeHandleMessagePayload,
  type Connection,
  MessageType,
  type Extension,
  type onAuthenticatePayload,
} from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { closeCodes } from '../../shared/collab/closeCodes';
import { parseConfirmStored } from '../../shared/collab/serverNotices';
import { colorForUser } from '../../shared/collab/userColor';
import { authorizeDocument } from '../access/authorize';
import { resolveSession } from '../auth/sessions';
import { hashSecret, tokenFromCookieHeader } from '../auth/tokens';
import { admitAwarenessState, admitAwarenessUpdate } from './awarenessAdmission';
import type { CollabContext, LaneAware, LaneHooks } from './contracts';

/**
 * A read-only connection may send document and awareness messages (updates it sends are
 * refused by Hocuspocus), and ask whether what it sent is stored (`confirm-stored`), but no
 * other stateless message: those carry commands. Throws to close that document connection.
 */
function refuseReadOnlyCommand(connection: Connection, message: Uint8Array): void {
  if (!connection.readOnly) return;
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === MessageType.Stateless && parseConfirmStored(decoding.readVarString(decoder))) {
    return;
  }
  if (type === MessageType.Stateless || type === MessageType.BroadcastStateless) {
    throw Object.assign(new Error('read-only'), {
      code: closeCodes.forbidden,
      reason: 'read-only',
    });
  }
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
export class Authentication implements Extension, LaneAware {
  extensionName = 'authentication';
  /** The same two rules for the open-connection lane, at once. */
  readonly laneHooks: LaneHooks = {
    beforeHandleMessage: refuseReadOnlyCommand,
    beforeHandleAwareness: (connection, update) =>
      admitAwarenessUpdate(connection, connection.document, update),
  };

  constructor(private readonly db: Kysely<Database>) {}

  async onAuthenticate({
    token,
    documentName,
    requestHeaders,
    connectionConfig,
  }: onAuthenticatePayload): Promise<CollabContext> {
    const sessionToken = token || tokenFromCookieHeader(requestHeaders.get('cookie'));
    const user = await resolveSession(this.db, sessionToken);
    if (!user || !sessionToken) throw refuse('unauthorized');
    const decision = await authorizeDocument(this.db, user.id, documentName);
    if (!decision.allowed) throw refuse(decision.reason);
    connectionConfig.readOnly = !decision.canWrite;
    return { user, color: colorForUser(user.id), sessionHash: hashSecret(sessionToken) };
  }

  /**
   * Hocuspocus's read-only flag covers document updates only. A read-only connection has no
   * business sending stateless messages (they carry commands in later features), except
   * asking whether what it sent is stored (`confirm-stored`, which writes nothing): refuse the
   * others by closing that document connection.
   */
  async beforeHandleMessage({ connection, update }: beforeHandleMessagePayload): Promise<void> {
    refuseReadOnlyCommand(connection, update);
  }

  /** Awareness: the rule of `admitAwarenessState` for each state in the message. */
  async beforeHandleAwareness({ states, connection, document }: beforeHandleAwarenessPayload) {
    if (!connection) return;
    for (const [clientId, state] of states) {
      const bytes = JSON.stringify(state).length;
      if (!admitAwarenessState(connection, document, clientId, state, bytes))
        states.delete(clientId);
    }
  }
}
