import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * The physical floor: a WebSocket relay that forwards each binary frame to every other socket
 * of the same room (the URL path), with no parsing and no document. Prints `PORT=<n>`.
 */
const rooms = new Map<string, Set<WebSocket>>();
const httpServer = createServer((_request, response) => response.end('relay'));
const wss = new WebSocketServer({ server: httpServer });

wss.on('connection', (socket, request) => {
  const room = (request.url ?? '/').split('?')[0] ?? '/';
  let peers = rooms.get(room);
  if (!peers) rooms.set(room, (peers = new Set()));
  const members = peers;
  members.add(socket);
  socket.on('message', (data: Buffer, isBinary: boolean) => {
    for (const other of members) if (other !== socket) other.send(data, { binary: isBinary });
  });
  socket.on('close', () => {
    members.delete(socket);
    if (members.size === 0) rooms.delete(room);
  });
  socket.on('error', () => socket.terminate());
});

httpServer.listen(0, '127.0.0.1', () => {
  console.log(`PORT=${(httpServer.address() as AddressInfo).port}`);
});
