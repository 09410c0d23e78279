import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Extension, Hocuspocus } from '@hocuspocus/server';
import { type WebSocket, WebSocketServer } from 'ws';
import { closeCodes } from '../../shared/collab/closeCodes';
import { MAX_SOCKET_BUFFERED_BYTES, MAX_SOCKET_MESSAGE_BYTES } from '../../shared/collab/limits';
import { laneHooksOf, OpenConnectionLane } from './openConnectionLane';
import type { SocketAdmission } from './SocketAdmission';
import { SocketGuard } from './SocketGuard';

/** The one path that upgrades to the collaboration socket. */
export const COLLAB_PATH = '/collab';

/**
 * Hocuspocus reads headers and the URL from a Fetch-style request. Without `withCookie` the
 * cookie is left out, so the session cookie cannot authenticate the socket.
 */
function toFetchRequest(request: IncomingMessage, withCookie: boolean): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (name === 'cookie' && !withCookie) continue;
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  return { url: `http://localhost${request.url ?? '/'}`, headers } as unknown as Request;
}

/** How long a client gets to take its close frame (a slow reader, say) before the socket is cut. */
const CLOSE_GRACE_MS = 5_000;

/** Closes `ws` with `code`, and cuts it if the client does not answer the close in time. */
function closeWithGrace(ws: WebSocket, code: number, reason: string): void {
  ws.close(code, reason);
  setTimeout(() => ws.terminate(), CLOSE_GRACE_MS).unref();
}

/**
 * Hocuspocus sends without looking at `bufferedAmount`, so a client that stops reading would
 * make the server queue every later change for it. Before each send, a socket whose queue is
 * past the limit is closed instead (one large message, like a first sync, still goes whole).
 * `onSlow` runs once, so the caller can release the connection's documents at once.
 */
function limitSendQueue(ws: WebSocket, onSlow: () => void): void {
  const send = ws.send.bind(ws);
  let closing = false;
  ws.send = ((...args: Parameters<typeof send>) => {
    if (closing) return;
    if (ws.bufferedAmount > MAX_SOCKET_BUFFERED_BYTES) {
      closing = true;
      onSlow();
      closeWithGrace(ws, closeCodes.slowConsumer, 'slow-consumer');
      return;
    }
    send(...args);
  }) as typeof ws.send;
}

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Routes WebSocket upgrades on the HTTP server to Hocuspocus: only the exact path `/collab`
 * upgrades; anything else answers 404. `SocketAdmission` refuses pages on other origins (403)
 * and addresses holding too many unauthenticated sockets (429), keeps the session cookie from
 * a socket without an allowed origin, and closes a socket that authenticates no document in
 * time (`closeCodes.authenticationTimeout`, after which the client reconnects). Frames above
 * the size limit close that connection, text frames (the protocol is binary) and frames the
 * `SocketGuard` refuses (malformed, too many documents, over the rate budget) close it too,
 * and so does reading too slowly.
 * Updates and awareness of open connections take the `OpenConnectionLane`, which runs every
 * extension's message hooks through their `laneHooks`; `isLaneOn` false (benchmarks only) or an
 * extension without them sends every frame through Hocuspocus instead.
 */
export function attachCollabSocket(
  httpServer: Server,
  hocuspocus: Hocuspocus,
  admission: SocketAdmission,
  /** The server's extension list, whose message hooks the lane runs. */
  extensions: readonly Extension[],
  isLaneOn = true,
): WebSocketServer {
  const laneHooks = isLaneOn ? laneHooksOf(extensions) : null;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_SOCKET_MESSAGE_BYTES });

  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== COLLAB_PATH) {
      refuseUpgrade(socket, '404 Not Found');
      return;
    }
    const decision = admission.decide(request);
    if (decision.refusal) {
      refuseUpgrade(socket, decision.refusal);
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const fetchRequest = toFetchRequest(request, decision.cookieAllowed);
      const client = hocuspocus.handleConnection(ws, fetchRequest, {
        remoteAddress: request.socket.remoteAddress ?? null,
      });
      const release = admission.admit(decision.address, fetchRequest, () =>
        closeWithGrace(ws, closeCodes.authenticationTimeout, 'authentication-timeout'),
      );
      const guard = new SocketGuard();
      const lane = new OpenConnectionLane(hocuspocus, ws, laneHooks);
      limitSendQueue(ws, () =>
        client.handleClose({ code: closeCodes.slowConsumer, reason: 'slow-consumer' }),
      );
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        if (ws.readyState !== ws.OPEN) return;
        if (!isBinary) {
          ws.close(closeCodes.badMessage, 'binary-only');
          return;
        }
        const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
        const verdict = guard.inspect(frame);
        if (verdict.action === 'drop') return;
        if (verdict.action === 'close') {
          const code =
            verdict.reason === 'malformed-frame'
              ? closeCodes.badMessage
              : closeCodes.tooMuchTraffic;
          ws.close(code, verdict.reason);
          return;
        }
        if (lane.take(verdict.address, verdict.type, frame, verdict.bodyAt)) {
          client.lastMessageReceivedAt = Date.now();
          return;
        }
        client.handleMessage(frame);
      });
      ws.on('close', (code: number, reason: Buffer) => {
        release();
        client.handleClose({ code, reason: reason.toString() });
      });
      ws.on('error', () => ws.terminate());
    });
  });
  return wss;
}
