import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';
import type { BenchMode } from './scenarios';
import type { RoomAccess, RunningPeer, ServerStats } from '../peers/startPeer';
import { LoadClient } from './LoadClient';
import { encodeUpdate } from './protocol';
import { Recorder } from './Recorder';
import { TEXT_KEY } from './Typist';

const KiB = 1024;

/** Memory per open document and per connection on one peer (scenario M). */
export interface MemoryFigures {
  peer: string;
  documents: number;
  extraConnections: number;
  /** Server heap + buffers per open document (each with two connections' worth removed). */
  perDocumentKiB: number;
  /** The same document as a bare Y.Doc in this process. */
  yjsDocumentKiB: number;
  perConnectionKiB: number;
}

/** A purpose statement's worth of text with an editing history: typed, fixed, retyped. */
function sampleDocument(): Uint8Array {
  const doc = new Y.Doc();
  const text = doc.getText(TEXT_KEY);
  const words = 'students of focus read grade level texts with evidence and discussion '.split(' ');
  for (let i = 0; i < 400; i++) {
    text.insert(text.length, `${words[i % words.length] ?? 'word'} `);
    if (i % 9 === 0 && text.length > 20) text.delete(text.length - 12, 4);
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

function heapOf(stats: ServerStats): number {
  return (stats.heapUsedMiB + stats.externalMiB) * 1024 * KiB;
}

/** The heap a bare Y.Doc holding `update` takes, measured in a clean process. */
function yjsDocumentBytes(update: Uint8Array, count: number): number {
  const script = ['--expose-gc', '--import', 'tsx', 'bench/load/yjsHeap.ts', String(count)];
  const run = spawnSync(process.execPath, script, {
    cwd: fileURLToPath(new URL('../..', import.meta.url)),
    input: Buffer.from(update).toString('base64'),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`yjsHeap failed: ${run.stderr}`);
  return Number(run.stdout.trim());
}

/**
 * Opens documents holding the same content, two connections each, then extra connections,
 * and reads the server's heap after a full collection at each stage.
 */
export async function measureMemory(peer: RunningPeer, mode: BenchMode): Promise<MemoryFigures> {
  const documents = mode === 'full' ? 100 : 40;
  const extraPerRoom = 10;
  const content = sampleDocument();
  const recorder = new Recorder();
  const clients: LoadClient[] = [];
  let clientId = 2_000_000_000;
  const connect = async (access: RoomAccess) => {
    const client = new LoadClient(peer.protocol, access, clientId++, recorder);
    await client.connect();
    clients.push(client);
    return client;
  };
  const openDocument = async (room: RoomAccess) => {
    const writer = await connect(room);
    writer.send(encodeUpdate(peer.protocol, room.documentName, content));
    await connect(room);
  };
  try {
    // Each figure is the growth from one half to the whole, so whatever a server allocates
    // once (pools, buffers, compiled code) falls in the first half and is not counted.
    const rooms = await peer.openRooms(documents);
    const half = Math.floor(documents / 2);
    for (const room of rooms.slice(0, half)) await openDocument(room);
    const withHalf = heapOf(await peer.stats());
    for (const room of rooms.slice(half)) await openDocument(room);
    const withAll = heapOf(await peer.stats());
    const extraRooms = rooms.slice(0, Math.min(20, documents));
    const addConnections = async () => {
      for (const room of extraRooms) {
        for (let i = 0; i < extraPerRoom / 2; i++) await connect(room);
      }
    };
    await addConnections();
    const withSomeConnections = heapOf(await peer.stats());
    await addConnections();
    const withConnections = heapOf(await peer.stats());
    const extraConnections = (extraRooms.length * extraPerRoom) / 2;
    const perConnection = (withConnections - withSomeConnections) / extraConnections;
    const perDocument =
      (withAll - withHalf - 2 * (documents - half) * perConnection) / (documents - half);
    return {
      peer: peer.kind,
      documents,
      extraConnections,
      perDocumentKiB: perDocument / KiB,
      yjsDocumentKiB: yjsDocumentBytes(content, documents) / KiB,
      perConnectionKiB: perConnection / KiB,
    };
  } finally {
    for (const client of clients) client.close();
  }
}
