import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MergeWorker } from './MergeWorker';

/** A text typed one character per update, then partly deleted: the log a compaction folds. */
function typedLog(): Uint8Array[] {
  const doc = new Y.Doc();
  const log: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => log.push(update));
  const text = doc.getText('purpose');
  for (const char of 'We focus on reading in grades three to five.') text.insert(text.length, char);
  text.delete(0, 9);
  return log;
}

describe('the merge worker', () => {
  const worker = new MergeWorker();
  afterAll(() => worker.close());

  it('folds a state and log entries into one state, off the main thread', async () => {
    const log = typedLog();
    const empty = Y.encodeStateAsUpdate(new Y.Doc());
    const half = await worker.merge(empty, log.slice(0, 20));
    const merged = await worker.merge(half, log.slice(20));

    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, merged);
    expect(loaded.getText('purpose').toString()).toBe('on reading in grades three to five.');
    // Deleted characters are dropped: far smaller than the entries it replaces.
    const logBytes = log.reduce((sum, update) => sum + update.byteLength, 0);
    expect(merged.byteLength).toBeLessThan(logBytes / 4);
  });

  it('refuses an entry that does not decode, and keeps working', async () => {
    const empty = Y.encodeStateAsUpdate(new Y.Doc());
    await expect(worker.merge(empty, [new Uint8Array([1, 200, 200])])).rejects.toThrow(
      /merge failed/,
    );
    const merged = await worker.merge(empty, typedLog());
    const loaded = new Y.Doc();
    Y.applyUpdate(loaded, merged);
    expect(loaded.getText('purpose').length).toBeGreaterThan(0);
  });

  it('fails the folds in progress when closed, and starts afresh on the next one', async () => {
    const closing = new MergeWorker();
    const inFlight = closing.merge(Y.encodeStateAsUpdate(new Y.Doc()), typedLog());
    const failed = expect(inFlight).rejects.toThrow(/closed/);
    await closing.close();
    await failed;
    const merged = await closing.merge(Y.encodeStateAsUpdate(new Y.Doc()), typedLog());
    expect(merged.byteLength).toBeGreaterThan(0);
    await closing.close();
  });

  it('keeps a script alive while a fold runs, and lets it exit once idle', async () => {
    // A script that folds and then simply ends, as the storage benchmark does: it must print
    // the result (an unreferenced worker would let it exit mid-fold, code 13) and then exit on
    // its own (a referenced idle worker would hold it open).
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const script = [
      "import * as Y from 'yjs';",
      "import { MergeWorker } from './server/persistence/MergeWorker.ts';",
      'const merged = await new MergeWorker().merge(Y.encodeStateAsUpdate(new Y.Doc()), []);',
      "console.log('folded', merged.length);",
    ].join('\n');
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      { cwd: root, timeout: 30_000 },
    );
    expect(stdout.trim()).toBe('folded 2');
  });
});
