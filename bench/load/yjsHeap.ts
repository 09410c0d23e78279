/**
 * Run as its own process (`node --expose-gc --import tsx bench/load/yjsHeap.ts <count>`) with
 * a document update on stdin: prints the heap, in bytes, that one bare Y.Doc holding it takes,
 * measured over `count` copies after full collections. A clean process keeps the figure free
 * of the load generator's own garbage.
 */
import { text } from 'node:stream/consumers';
import * as Y from 'yjs';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const count = Number(process.argv[2] ?? 50);
const update = Buffer.from(await text(process.stdin), 'base64');

const used = () => {
  gc();
  gc();
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.external;
};
const before = used();
const docs: Y.Doc[] = [];
for (let i = 0; i < count; i++) {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  docs.push(doc);
}
const after = used();
console.log(String((after - before) / docs.length));
