import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

/**
 * The reference Yjs server, @y/websocket-server 0.1.1, wired as its own `server.js` wires it
 * (room = URL path, documents in memory, no persistence), but on port 0. Prints `PORT=<n>`.
 */
const httpServer = createServer((_request, response) => response.end('okay'));
const wss = new WebSocketServer({ noServer: true });

httpServer.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => setupWSConnection(ws, request));
});

httpServer.listen(0, '127.0.0.1', () => {
  console.log(`PORT=${(httpServer.address() as AddressInfo).port}`);
});
