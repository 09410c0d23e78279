import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's whole program. It folds a state and log entries into one state by applying
 * them to a scratch document in one transaction: linear in their total size (unlike
 * `Y.mergeUpdates` over many updates), and it drops deleted content, so the stored state stays
 * compact. It is plain CommonJS evaluated in the thread, so it runs the same under tsx, vitest
 * and Node, and loads Yjs's own build.
 */
const workerSource = (yjsPath: string) => `
const { parentPort } = require('node:worker_threads');
const Y = require(${JSON.stringify(yjsPath)});
parentPort.on('message', ({ id, state, updates }) => {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      Y.applyUpdate(doc, state);
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    const merged = Y.encodeStateAsUpdate(doc);
    parentPort.postMessage({ id, merged }, [merged.buffer]);
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  } finally {
    doc.destroy();
  }
});
`;

interface Pending {
  resolve: (merged: Uint8Array) => void;
  reject: (error: Error) => void;
}

type Reply = { id: number; merged: Uint8Array } | { id: number; error: string };

/**
 * Folds log entries into a document's state on a thread of its own. A fold reads and
 * rewrites the whole state (about 10 ms for a long, much-edited statement), which on the
 * main thread would hold up every room's messages for that long; on the worker, the server
 * keeps relaying while it runs, on another core when there is one. A worker that fails is
 * replaced at the next fold; the fold that failed is retried later (the log still holds it).
 */
export class MergeWorker {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  merge(state: Uint8Array, updates: Uint8Array[]): Promise<Uint8Array> {
    const worker = this.running();
    const id = this.nextId++;
    // Held open only while a fold runs: an idle worker must not keep a stopping server (or a
    // script) alive, and one with work must.
    if (this.pending.size === 0) worker.ref();
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, state, updates });
    });
  }

  /** Stops the thread; folds still running fail (and are retried by a later compaction). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll(new Error('merge worker closed'));
    if (worker) await worker.terminate();
  }

  private running(): Worker {
    if (this.worker) return this.worker;
    const yjsPath = createRequire(import.meta.url).resolve('yjs');
    // No inherited flags: the program is plain CommonJS whatever the parent was started with.
    const worker = new Worker(workerSource(yjsPath), { eval: true, execArgv: [] });
    worker.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (this.pending.size === 0) worker.unref();
      if ('error' in reply) waiting.reject(new Error(`merge failed: ${reply.error}`));
      else waiting.resolve(reply.merged);
    });
    const lost = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = null;
      this.failAll(error);
    };
    worker.on('error', lost);
    worker.on('exit', (code) => lost(new Error(`merge worker exited (${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const { reject } of waiting) reject(error);
  }
}
