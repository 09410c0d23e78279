import { MessageType } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import {
  MAX_DOCUMENTS_PER_SOCKET,
  SOCKET_BYTE_BURST,
  SOCKET_BYTES_PER_SECOND,
  SOCKET_MESSAGE_BURST,
  SOCKET_MESSAGES_PER_SECOND,
} from '../../shared/collab/limits';

/**
 * Hocuspocus message types a client may send: sync, awareness, auth, query awareness, sync
 * reply, stateless and close. Broadcast-stateless is server-internal; the others are
 * server-to-client only.
 */
const CLIENT_MESSAGE_TYPES = new Set<number>([
  MessageType.Sync,
  MessageType.Awareness,
  MessageType.Auth,
  MessageType.QueryAwareness,
  MessageType.SyncReply,
  MessageType.Stateless,
  MessageType.CLOSE,
]);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** What to do with one incoming frame. */
export type FrameVerdict =
  /** Valid: the document address, the message type and where the message's body starts. */
  | { action: 'pass'; address: string; type: number; bodyAt: number }
  | { action: 'drop' }
  | { action: 'close'; reason: 'malformed-frame' | 'too-many-documents' | 'rate-limited' };

/** A budget that refills continuously up to its burst size. */
class TokenBucket {
  private tokens: number;
  private updatedAt = performance.now();

  constructor(
    private readonly burst: number,
    private readonly perSecond: number,
  ) {
    this.tokens = burst;
  }

  take(amount: number): boolean {
    const now = performance.now();
    this.tokens = Math.min(
      this.burst,
      this.tokens + ((now - this.updatedAt) / 1000) * this.perSecond,
    );
    this.updatedAt = now;
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }
}

/**
 * Checks each binary frame of one socket before Hocuspocus sees it: the document name must be
 * valid UTF-8, the message type one a client may send, the socket may address a bounded number
 * of documents, and its messages and bytes stay within a rate budget. Hocuspocus would
 * otherwise log and half-handle such frames; refusing them here closes only this socket.
 */
export class SocketGuard {
  private readonly documents = new Set<string>();
  private readonly messages = new TokenBucket(SOCKET_MESSAGE_BURST, SOCKET_MESSAGES_PER_SECOND);
  private readonly bytes = new TokenBucket(SOCKET_BYTE_BURST, SOCKET_BYTES_PER_SECOND);

  inspect(frame: Uint8Array): FrameVerdict {
    if (!this.messages.take(1) || !this.bytes.take(frame.byteLength)) {
      return { action: 'close', reason: 'rate-limited' };
    }
    // The provider answers a server ping with a bare one-byte pong; it carries no document.
    if (frame.byteLength === 1 && frame[0] === MessageType.Pong) return { action: 'drop' };
    let address: string;
    let type: number;
    let bodyAt: number;
    try {
      const decoder = decoding.createDecoder(frame);
      address = strictUtf8.decode(decoding.readVarUint8Array(decoder));
      type = decoding.readVarUint(decoder);
      bodyAt = decoder.pos;
    } catch {
      return { action: 'close', reason: 'malformed-frame' };
    }
    if (!CLIENT_MESSAGE_TYPES.has(type)) {
      return { action: 'close', reason: 'malformed-frame' };
    }
    if (type === MessageType.CLOSE) {
      this.documents.delete(address);
      return { action: 'pass', address, type, bodyAt };
    }
    if (!this.documents.has(address)) {
      if (this.documents.size >= MAX_DOCUMENTS_PER_SOCKET) {
        return { action: 'close', reason: 'too-many-documents' };
      }
      this.documents.add(address);
    }
    return { action: 'pass', address, type, bodyAt };
  }
}
