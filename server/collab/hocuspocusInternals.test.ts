import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Document } from '@hocuspocus/server';
import { describe, expect, it } from 'vitest';
import {
  HOCUSPOCUS_WRITTEN_FOR,
  internalsProblems,
  isIdle,
  replaceAwarenessBroadcast,
  replaceUpdateBroadcast,
} from './hocuspocusInternals';

/** The installed @hocuspocus/server's version, read from its package.json. */
function installedHocuspocusVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@hocuspocus/server');
  let folder = dirname(entry);
  while (!folder.endsWith(join('node_modules', '@hocuspocus', 'server'))) folder = dirname(folder);
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

describe('the private parts of Hocuspocus the socket relies on', () => {
  it('are those of the version hocuspocusInternals.ts was written for', () => {
    // An upgrade fails here first: read the new Document and Connection, check the three parts
    // in hocuspocusInternals.ts still mean the same, then move HOCUSPOCUS_WRITTEN_FOR.
    expect(installedHocuspocusVersion()).toBe(HOCUSPOCUS_WRITTEN_FOR);
    expect(internalsProblems()).toEqual([]);
  });

  it('are used on a real document and connection queue', () => {
    const document = new Document('team:t/purpose');
    const updates: Uint8Array[] = [];
    expect(replaceUpdateBroadcast(document, (update) => updates.push(update))).toBe(true);
    const broadcasts = document as unknown as { broadcastUpdate(update: Uint8Array): void };
    broadcasts.broadcastUpdate(new Uint8Array([1]));
    expect(updates).toHaveLength(1);
    const awareness: number[][] = [];
    expect(replaceAwarenessBroadcast(document, (clients) => awareness.push(clients))).toBe(true);
    document.destroy();

    // Hocuspocus's Connection keeps its unhandled messages in `messageQueue`.
    expect(isIdle({ messageQueue: [] } as never)).toBe(true);
    expect(isIdle({ messageQueue: [new Uint8Array()] } as never)).toBe(false);
  });

  it('fall back to Hocuspocus’s own path where a part is missing', () => {
    // A document without the methods keeps whatever it has.
    const other = {} as Document;
    expect(replaceUpdateBroadcast(other, () => {})).toBe(false);
    expect(replaceAwarenessBroadcast(other, () => {})).toBe(false);
    expect(other).toEqual({});
    // A connection of another shape is never taken for idle: its messages go to Hocuspocus.
    expect(isIdle({} as never)).toBe(false);
    expect(isIdle({ messageQueue: 'not a queue' } as never)).toBe(false);
  });
});
