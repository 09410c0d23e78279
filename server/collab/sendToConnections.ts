import type { Connection, Document } from '@hocuspocus/server';

/**
 * Sends one message to every connection of `document` but `skip`, encoded once per run of
 * connections that share an address (without session awareness, all of them), as
 * Hocuspocus's own broadcast does.
 */
export function sendToConnections(
  document: Document,
  encode: (address: string) => Uint8Array,
  skip: Connection | null = null,
): void {
  let encoded: { address: string; message: Uint8Array } | undefined;
  for (const connection of document.connections.keys()) {
    if (connection === skip) continue;
    const address = connection.messageAddress;
    if (encoded?.address !== address) encoded = { address, message: encode(address) };
    connection.send(encoded.message);
  }
}
