import WebSocket from 'ws';
import type { RoomAccess } from '../peers/startPeer';
import { encodeAuth, encodeSyncRequest, readIncoming, type WireProtocol } from './protocol';
import type { Recorder } from './Recorder';

/**
 * One simulated editor or viewer: a bare socket speaking the peer's wire protocol, with no
 * Y.Doc. It sends pre-encoded messages and hands every receipt to the shared recorder.
 */
export class LoadClient {
  private socket: WebSocket | null = null;
  private acks = 0;

  constructor(
    private readonly protocol: WireProtocol,
    private readonly access: RoomAccess,
    readonly clientId: number,
    private readonly recorder: Recorder,
    private readonly isViewer = false,
  ) {}

  /** Resolves once the peer has answered the first sync (at once on the raw relay). */
  connect(timeoutMs = 15_000): Promise<void> {
    const { protocol, access } = this;
    const socket = new WebSocket(access.url);
    this.socket = socket;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('load client: no sync in time')), timeoutMs);
      const ready = () => {
        clearTimeout(timer);
        resolve();
      };
      socket.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      socket.on('open', () => {
        if (protocol === 'raw') ready();
        else if (protocol === 'y-websocket') this.send(encodeSyncRequest(protocol, ''));
        else {
          const token = this.isViewer ? access.viewerToken : access.token;
          this.send(encodeAuth(access.documentName, token));
        }
      });
      socket.on('message', (data: Buffer) => {
        const now = performance.now();
        const message = readIncoming(protocol, data);
        switch (message.kind) {
          case 'update':
            this.recorder.noteUpdateReceived(this.clientId, message.update, now);
            break;
          case 'awareness':
            for (const [clientId, clock] of message.entries) {
              this.recorder.noteCursorReceived(this.clientId, clientId, clock, now);
            }
            break;
          case 'ack':
            this.recorder.noteAck(this.clientId, this.acks++, now);
            break;
          case 'authenticated':
            this.send(encodeSyncRequest(protocol, access.documentName));
            break;
          case 'synced':
            ready();
            break;
          case 'denied':
            clearTimeout(timer);
            reject(new Error(`load client refused: ${message.reason}`));
            break;
          default:
        }
      });
    });
  }

  send(message: Uint8Array): void {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(message);
  }

  close(): void {
    this.socket?.terminate();
  }
}
