import { AuthMessageType } from '@hocuspocus/common';
import { MessageType } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { commitments } from '../../shared/purpose/purposeDoc';

// y-protocols sync steps.
const STEP_1 = 0;
const STEP_2 = 1;
const UPDATE = 2;

/** How a storm client's last connection ended before it synced, if it did not. */
export type StormRefusal =
  | { kind: 'denied'; reason: string }
  | { kind: 'closed'; code: number }
  /** The upgrade was answered 429: too many of this address's sockets are signing in. */
  | { kind: 'busy' };

/** Tries of a connect refused as busy before giving up. */
const MAX_ATTEMPTS = 20;

/**
 * A lightweight editor for crowds: one bare socket speaking the Hocuspocus protocol, with a
 * Y.Doc but no provider. It signs in, syncs from scratch, and can send one edit and wait for
 * its acknowledgement.
 */
export class StormClient {
  doc = new Y.Doc();
  private socket: WebSocket | null = null;
  private onAck: (() => void) | null = null;

  constructor(
    private readonly documentName: string,
    private readonly token: string,
  ) {}

  /**
   * Opens a socket to `baseUrl` and resolves once the server's whole document is applied. An
   * upgrade refused with 429 (too many sockets of this address still signing in) is tried again
   * after a short random pause, as the provider's reconnect backoff does.
   */
  async connect(baseUrl: string): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.connectOnce(baseUrl);
      } catch (error) {
        const busy = error instanceof StormRefused && error.refusal.kind === 'busy';
        if (!busy || attempt >= MAX_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 200 * attempt));
      }
    }
  }

  private connectOnce(baseUrl: string): Promise<void> {
    this.doc = new Y.Doc();
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/collab`);
    this.socket = socket;
    return new Promise((resolve, reject) => {
      let synced = false;
      socket.on('open', () => {
        this.send((e) => {
          encoding.writeVarUint(e, MessageType.Auth);
          encoding.writeVarUint(e, AuthMessageType.Token);
          encoding.writeVarString(e, this.token);
        });
      });
      socket.on('message', (data: Buffer) => {
        const bytes = new Uint8Array(data);
        if (bytes.length === 1 && bytes[0] === MessageType.Ping) {
          socket.send(new Uint8Array([MessageType.Pong]));
          return;
        }
        const decoder = decoding.createDecoder(bytes);
        decoding.readVarString(decoder);
        const type = decoding.readVarUint(decoder);
        if (type === MessageType.Auth) {
          const sub = decoding.readVarUint(decoder);
          if (sub === AuthMessageType.PermissionDenied) {
            reject(new StormRefused({ kind: 'denied', reason: decoding.readVarString(decoder) }));
          } else if (sub === AuthMessageType.Authenticated) {
            this.send((e) => {
              encoding.writeVarUint(e, MessageType.Sync);
              encoding.writeVarUint(e, STEP_1);
              encoding.writeVarUint8Array(e, Y.encodeStateVector(this.doc));
            });
          }
        } else if (type === MessageType.Sync) {
          const sub = decoding.readVarUint(decoder);
          if (sub === STEP_2 || sub === UPDATE) {
            Y.applyUpdate(this.doc, decoding.readVarUint8Array(decoder));
            if (sub === STEP_2 && !synced) {
              synced = true;
              resolve();
            }
          }
        } else if (type === MessageType.SyncStatus) {
          this.onAck?.();
        }
      });
      socket.on('close', (code: number) => {
        if (!synced) reject(new StormRefused({ kind: 'closed', code }));
      });
      socket.on('unexpected-response', (_request, response) => {
        if (response.statusCode === 429) reject(new StormRefused({ kind: 'busy' }));
        else reject(new StormRefused({ kind: 'closed', code: response.statusCode ?? 0 }));
        socket.terminate();
      });
      socket.on('error', () => {});
    });
  }

  /** Adds a commitment with `marker` and resolves when the server acknowledges it. */
  addMarker(marker: string): Promise<void> {
    const before = Y.encodeStateVector(this.doc);
    commitments.add(this.doc, { text: marker });
    const update = Y.encodeStateAsUpdate(this.doc, before);
    return new Promise((resolve) => {
      this.onAck = () => {
        this.onAck = null;
        resolve();
      };
      this.send((e) => {
        encoding.writeVarUint(e, MessageType.Sync);
        encoding.writeVarUint(e, UPDATE);
        encoding.writeVarUint8Array(e, update);
      });
    });
  }

  markers(): string[] {
    return commitments.read(this.doc).map((commitment) => commitment.text);
  }

  /** Resolves once the socket is closed (by either side). */
  closed(): Promise<void> {
    const socket = this.socket;
    if (!socket || socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => socket.once('close', () => resolve()));
  }

  close(): void {
    this.socket?.terminate();
  }

  private send(write: (encoder: encoding.Encoder) => void): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, this.documentName);
    write(encoder);
    if (this.socket?.readyState === WebSocket.OPEN)
      this.socket.send(encoding.toUint8Array(encoder));
  }
}

/** A storm client the server refused or closed before it synced. */
export class StormRefused extends Error {
  constructor(readonly refusal: StormRefusal) {
    super(
      refusal.kind === 'denied'
        ? `denied: ${refusal.reason}`
        : refusal.kind === 'busy'
          ? 'refused 429: too many sockets signing in'
          : `closed ${refusal.code} before sync`,
    );
  }
}
