import { Document } from '@hocuspocus/server';
import * as Y from 'yjs';
import { simulateTyping } from './typingSession';
const n = Number(process.argv[2] ?? 100000);
const s = simulateTyping(n, 10, [n - 100, n]);
const base = s.statesAt.get(n - 100)!;
const tail = s.updates.slice(n - 100);
const fin = s.statesAt.get(n)!;
const res = new Map<string, number[]>();
const rec = (k: string, v: number) => { const a = res.get(k) ?? []; a.push(v); res.set(k, a); };
for (let r = 0; r < 15; r++) {
  let d: Y.Doc = new Y.Doc(); let t = performance.now(); Y.applyUpdate(d, fin); rec('bare', performance.now() - t); d.destroy();
  d = new Y.Doc(); t = performance.now(); d.transact(() => { Y.applyUpdate(d, base); for (const u of tail) Y.applyUpdate(d, u); }); rec('ydoc state+log', performance.now() - t); d.destroy();
  d = new Document('x'); t = performance.now(); d.transact(() => { Y.applyUpdate(d, base); for (const u of tail) Y.applyUpdate(d, u); }); rec('hpdoc state+log', performance.now() - t); d.destroy();
  d = new Document('x'); t = performance.now(); Y.applyUpdate(d, fin); rec('hpdoc bare', performance.now() - t); d.destroy();
  d = new Y.Doc(); t = performance.now(); Y.encodeStateAsUpdate(d); rec('encode', performance.now() - t); d.destroy();
}
for (const [k, v] of res) { v.sort((a, b) => a - b); console.log(k.padEnd(18), 'min', v[0]!.toFixed(1), 'med', v[7]!.toFixed(1)); }
