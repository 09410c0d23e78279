import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { closeCodes } from '../../shared/collab/closeCodes';
import { MAX_SOCKET_BUFFERED_BYTES } from '../../shared/collab/limits';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { PURPOSE_STATEMENT_FIELD } from '../../shared/purpose/purposeDoc';
import type { CollabContext } from './contracts';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { recordReliability } from '../testing/reliabilityRecord';
import { RawCollabSocket } from '../testing/rawCollabSocket';
import { useTestServer } from '../testing/useTestServer';

/** Each write is a paragraph this long: big enough to fill socket buffers in a few dozen writes. */
const PARAGRAPH_CHARS = 256 * 1024;
/** Writes after which the slow reader must have been closed (about 40 MiB). */
const MAX_WRITES = 160;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

describe('a client that stops reading', () => {
  const fixture = useTestServer();
  const clients: CollabClient[] = [];
  let slow: RawCollabSocket | undefined;

  afterAll(async () => {
    for (const client of clients) client.destroy();
    slow?.close();
  });

  it('is closed once its queue passes the limit, while the others keep receiving', async () => {
    const name = purposeDocumentName(fixture.team.teamId);
    const writer = await connectClient(fixture.app.url, name, fixture.team.member.token);
    const reader = await connectClient(fixture.app.url, name, fixture.team.principal.token);
    clients.push(writer, reader);
    const reading = (slow = await RawCollabSocket.open(fixture.app.url));
    expect(await reading.authenticate(name, fixture.team.viewer.token)).toBe(true);

    const document = fixture.app.hocuspocus.documents.get(name);
    if (!document) throw new Error('document not loaded');
    const slowConnection = document
      .getConnections()
      .find((c) => (c.context as CollabContext).user.id === fixture.team.viewer.id);
    if (!slowConnection) throw new Error('no server connection for the slow reader');
    const slowSocket = slowConnection.webSocket as unknown as { bufferedAmount: number };
    const isSlowConnected = () => document.getConnections().includes(slowConnection);

    // The slow reader stops reading: bytes pile up in the kernel, then in the server's queue.
    reading.ws.pause();
    const writerStatement = writer.doc.getXmlFragment(PURPOSE_STATEMENT_FIELD);
    const readerStatement = reader.doc.getXmlFragment(PURPOSE_STATEMENT_FIELD);
    const deliveryMs: number[] = [];
    let maxQueued = 0;
    let writes = 0;
    let largestWrite = 0;
    while (isSlowConnected() && writes < MAX_WRITES) {
      writes += 1;
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(`${writes} `.padEnd(PARAGRAPH_CHARS, 'x'))]);
      const before = Y.encodeStateVector(writer.doc);
      const started = performance.now();
      const delivered = reader.until(() => readerStatement.length >= writes);
      writerStatement.push([paragraph]);
      largestWrite = Math.max(largestWrite, Y.encodeStateAsUpdate(writer.doc, before).byteLength);
      await delivered;
      deliveryMs.push(performance.now() - started);
      maxQueued = Math.max(maxQueued, slowSocket.bufferedAmount);
    }
    const closedByServer = !isSlowConnected();
    await writer.acknowledged();

    // Reading again, the slow client drains its queue and finds the close frame with the code.
    reading.ws.resume();
    const { code } = await reading.closed;
    const bound = MAX_SOCKET_BUFFERED_BYTES + largestWrite + 64 * 1024;
    const p50 = percentile(deliveryMs, 50);
    const p99 = percentile(deliveryMs, 99);
    const passed =
      closedByServer &&
      code === closeCodes.slowConsumer &&
      maxQueued <= bound &&
      deliveryMs.length === writes;
    recordReliability({
      id: 'fault-slow-consumer',
      area: 'Faults',
      fault: 'A client stops reading its socket while others write',
      method:
        'A raw socket pauses reading; a member writes 256 KiB paragraphs until the server drops the reader; another client must receive every write',
      trials: writes,
      outcome: `closed after ${writes} writes (${((writes * PARAGRAPH_CHARS) / 2 ** 20).toFixed(0)} MiB) with code ${code}; largest queue seen for it ${(maxQueued / 2 ** 20).toFixed(2)} MiB (bound ${(bound / 2 ** 20).toFixed(2)} MiB); other reader got ${deliveryMs.length}/${writes} writes, delivery p50/p99 ${p50.toFixed(0)}/${p99.toFixed(0)} ms`,
      passed,
      command: 'npx vitest run server/collab/slowConsumer.test.ts',
    });

    expect(closedByServer).toBe(true);
    expect(code).toBe(closeCodes.slowConsumer);
    expect(maxQueued).toBeLessThanOrEqual(bound);
    expect(deliveryMs).toHaveLength(writes);
    // The reader still gets the document after the slow one is gone.
    expect(readerStatement.length).toBe(writes);
  }, 60_000);
});
