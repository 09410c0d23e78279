import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type CommentThread,
  countThreads,
  isFieldThread,
  isPassageThread,
  observeThreads,
  readThread,
  readThreads,
  writeThread,
} from './commentsDoc';

function thread(id: string, createdAt: number, text = 'Can we name the texts?'): CommentThread {
  return {
    id,
    field: 'notes',
    anchor: { start: { tname: 'notes' }, end: { tname: 'notes' } },
    quote: 'read aloud',
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
    comments: [{ id: `${id}-1`, authorId: 'u1', authorName: 'Ana', text, createdAt }],
  };
}

describe('comments document', () => {
  it('carries threads written by the server to a reader, oldest first', () => {
    const server = new Y.Doc();
    const reader = new Y.Doc();
    const seen: CommentThread[][] = [];
    const stop = observeThreads(reader, (threads) => seen.push(threads));
    server.on('update', (update: Uint8Array) => Y.applyUpdate(reader, update));

    writeThread(server, thread('b', 20));
    writeThread(server, thread('a', 10));
    const resolved: CommentThread = {
      ...thread('b', 20),
      resolved: true,
      resolvedBy: { id: 'u2', name: 'Sam' },
      resolvedAt: 30,
    };
    writeThread(server, resolved);

    expect(readThreads(reader).map((t) => t.id)).toEqual(['a', 'b']);
    expect(readThread(reader, 'b')).toEqual(resolved);
    expect(countThreads(reader)).toBe(2);
    expect(seen).toHaveLength(3);
    stop();
  });

  it('skips entries that do not parse and fills fields older servers never wrote', () => {
    const doc = new Y.Doc();
    const root = doc.getMap('threads');
    root.set('broken', { id: 'broken', comments: [] });
    const { resolved: _r, resolvedBy: _b, resolvedAt: _a, ...old } = thread('old', 5);
    root.set('old', old);
    expect(readThreads(doc).map((t) => t.id)).toEqual(['old']);
    expect(readThread(doc, 'old')).toMatchObject({ resolved: false, resolvedBy: null });
    expect(readThread(doc, 'broken')).toBeNull();
    expect(readThread(doc, 'missing')).toBeNull();
  });

  it('keeps threads on a whole plain field beside threads on passages', () => {
    const doc = new Y.Doc();
    const { anchor: _anchor, ...rest } = thread('f', 1);
    const onField: CommentThread = { ...rest, field: 'why', path: 'goals/g1/why', quote: '' };
    writeThread(doc, thread('p', 2));
    writeThread(doc, onField);
    const [first, second] = readThreads(doc);
    expect(first && isFieldThread(first) && !isPassageThread(first)).toBe(true);
    expect(first).toEqual(onField);
    expect(second && isPassageThread(second) && !isFieldThread(second)).toBe(true);
    // A thread on both or on neither is not a thread.
    doc.getMap('threads').set('both', { ...thread('both', 3), path: 'goals/g1/why' });
    doc.getMap('threads').set('neither', rest);
    expect(readThread(doc, 'both')).toBeNull();
    expect(readThread(doc, 'neither')).toBeNull();
    expect(() => writeThread(doc, { ...thread('x', 4), path: 'goals/g1/why' })).toThrow();
  });
});
