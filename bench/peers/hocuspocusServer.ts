import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';

/**
 * Stock Hocuspocus: default configuration, no extensions, no persistence, behind the same
 * `ws` server our own server uses, so the difference to ours is the extensions. Prints
 * `PORT=<n>`.
 */
const hocuspocus = new Hocuspocus({ quiet: true });
const httpServer = createServer((_request, response) => response.end('hocuspocus'));
const wss = new WebSocketServer({ noServer: true });

httpServer.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const fetchRequest = { url: `http://localhost${request.url ?? '/'}`, headers };
    const client = hocuspocus.handleConnection(ws, fetchRequest as unknown as Request);
    ws.on('message', (data: Buffer) => {
      client.handleMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    });
    ws.on('close', (code: number, reason: Buffer) => {
      client.handleClose({ code, reason: reason.toString() });
    });
    ws.on('error', () => ws.terminate());
  });
});

httpServer.listen(0, '127.0.0.1', () => {
  console.log(`PORT=${(httpServer.address() as AddressInfo).port}`);
});
