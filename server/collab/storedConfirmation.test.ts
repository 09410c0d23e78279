import * as decoding from 'lib0/decoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { encodeConfirmStored, parseServerNotice } from '../../shared/collab/serverNotices';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments } from '../../shared/purpose/purposeDoc';
import { readStoredDocument } from '../util/storedDocument';
import { type CollabClient, connectClient, goOffline } from '../testing/collabClient';
import { useTestServer } from '../testing/useTestServer';
import { captureServerLogs, serverRefusals } from '../testing/consoleCapture';

/** Each log write waits this long, so "stored" can only be right if it waits for the write. */
const SAVE_DELAY_MS = 300;

const texts = (doc: Y.Doc) => commitments.read(doc).map((c) => c.text);

/** Whether a frame the client sends is its sync step 2 (address, sync, step 2). */
function isSyncStep2(message: unknown): boolean {
  if (!(message instanceof Uint8Array)) return false;
  const decoder = decoding.createDecoder(message);
  decoding.readVarString(decoder);
  return decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 1;
}

/** The server's `stored` answer for `seq` on this client's connection. */
function storedAnswer(client: CollabClient, seq: number): Promise<void> {
  return new Promise((resolve) => {
    const listen = ({ payload }: { payload: string }) => {
      const notice = parseServerNotice(payload);
      if (notice?.type !== 'stored' || notice.seq !== seq) return;
      client.provider.off('stateless', listen);
      resolve();
    };
    client.provider.on('stateless', listen);
  });
}

/**
 * "Saved" means stored: the server answers a client's `confirm-stored` only once everything
 * the connection sent before it is durable, and the client shows "saved" only on that answer
 * for its latest change (the provider's own count can run one acknowledgement ahead).
 */
describe('confirming that changes are stored', () => {
  const serverLogs = captureServerLogs([serverRefusals.readOnly]);
  const fixture = useTestServer({ backend: 'pglite', saveDelayMs: SAVE_DELAY_MS });
  let name: string;
  const clients: CollabClient[] = [];
  const connect = async (user: { token: string }) => {
    const client = await connectClient(fixture.app.url, name, user.token);
    clients.push(client);
    return client;
  };
  const stored = async () => texts(await readStoredDocument(fixture.app.database.db, name));

  beforeAll(() => {
    name = purposeDocumentName(fixture.team.teamId);
  });

  afterAll(async () => {
    for (const client of clients) client.destroy();
  });

  it('answers "stored" only once the edit sent before the question is in the database', async () => {
    const writer = await connect(fixture.team.member);
    commitments.add(writer.doc, { text: 'asked about' });
    const answered = storedAnswer(writer, 41);
    writer.provider.sendStateless(encodeConfirmStored(41));
    await answered;
    expect(await stored()).toContain('asked about');
  });

  // The edit made offline is never sent on its own (the provider socket does not queue it):
  // it must reach the database through the sync that opens the next connection.
  it('stores an offline edit through the reconnect sync, and saved waits for the edit after it', async () => {
    const client = await connect(fixture.team.principal);
    const { socket, doc } = client;
    await goOffline(socket);
    commitments.add(doc, { text: 'written offline' });

    // As soon as the client has sent its sync step 2 on the new connection, write again: the
    // server handles the sync and then this edit, whose write is still running when the
    // sync is acknowledged.
    const send = socket.send.bind(socket);
    const afterSync = new Promise<void>((resolve) => {
      socket.send = (message: unknown) => {
        send(message);
        if (!isSyncStep2(message)) return;
        socket.send = send;
        setImmediate(() => {
          commitments.add(doc, { text: 'written after reconnecting' });
          resolve();
        });
      };
    });
    void socket.connect();
    await afterSync;
    await client.acknowledged();
    expect(await stored()).toEqual(
      expect.arrayContaining(['written offline', 'written after reconnecting']),
    );
  });

  it('lets a viewer ask, and keeps its connection', async () => {
    const viewer = await connect(fixture.team.viewer);
    const answered = storedAnswer(viewer, 1);
    viewer.provider.sendStateless(encodeConfirmStored(1));
    await answered;
    expect(viewer.provider.isSynced).toBe(true);
    // Any other stateless message from a viewer still closes its document connection.
    const closed = new Promise<string>((resolve) =>
      viewer.provider.on('close', ({ event }: { event: { reason: string } }) =>
        resolve(event.reason),
      ),
    );
    viewer.provider.sendStateless(JSON.stringify({ type: 'start-run' }));
    expect(await closed).toBe('read-only');
    expect(serverLogs.take()).toContain('[beforeHandleMessage] read-only');
  });
});
