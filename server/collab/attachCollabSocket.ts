import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';
import { closeCodes } from '../../shared/collab/closeCodes';
import { MAX_SOCKET_MESSAGE_BYTES } from '../../shared/collab/limits';

/** The one path that upgrades to the collaboration socket. */
export const COLLAB_PATH = '/collab';

/** Hocuspocus reads headers and the URL from a Fetch-style request. */
function toFetchRequest(request: IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(', '));
  }
  return { url: `http://localhost${request.url ?? '/'}`, headers } as unknown as Request;
}

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/**
 * Routes WebSocket upgrades on the HTTP server to Hocuspocus: only the exact path `/collab`
 * upgrades; anything else answers 404. Frames above the size limit close that connection,
 * and text frames (the protocol is binary) are refused.
 */
export function attachCollabSocket(httpServer: Server, hocuspocus: Hocuspocus): WebSocketServer {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_SOCKET_MESSAGE_BYTES });

  httpServer.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (request.url ?? '').split('?')[0];
    if (path !== COLLAB_PATH) {
      refuseUpgrade(socket, '404 Not Found');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const client = hocuspocus.handleConnection(ws, toFetchRequest(request), {
        remoteAddress: request.socket.remoteAddress ?? null,
      });
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        if (!isBinary) {
          ws.close(closeCodes.badMessage, 'binary-only');
          return;
        }
        client.handleMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      });
      ws.on('close', (code: number, reason: Buffer) => {
        client.handleClose({ code, reason: reason.toString() });
      });
      ws.on('error', () => ws.terminate());
    });
  });
  return wss;
}
