import * as encoding from 'lib0/encoding';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { MAX_CLIENT_UPDATE_BYTES, MAX_UPDATE_ITEMS } from '../../shared/collab/limits';
import { recordReliability } from '../testing/reliabilityRecord';
import { checkClientUpdate } from './updateGuard';

// Struct info bytes of the v1 update format (yjs/src/utils/encoding.js).
const GC = 0;
const SKIP = 10;
const ITEM_DELETED_CONTENT = 1;

/** A v1 update with one client's structs, written by `writeStructs`, and an empty delete set. */
function craftUpdate(
  client: number,
  clock: number,
  count: number,
  writeStructs: (e: encoding.Encoder) => void,
): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, count);
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, clock);
  writeStructs(e);
  encoding.writeVarUint(e, 0);
  return encoding.toUint8Array(e);
}

/** An update with no structs and one delete range. */
function craftDeleteSet(client: number, clock: number, length: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, clock);
  encoding.writeVarUint(e, length);
  return encoding.toUint8Array(e);
}

function realUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  doc.getMap('m').set('k', { nested: [1, 2, 3] });
  doc.getText('t').delete(0, 1);
  return Y.encodeStateAsUpdate(doc);
}

const valid = realUpdate('hello world');

const crafted: { name: string; update: Uint8Array; problem: string }[] = [
  { name: 'empty buffer (yjs #498 hang)', update: new Uint8Array(), problem: 'update-empty' },
  {
    name: 'truncated real update',
    update: valid.slice(0, Math.floor(valid.length / 2)),
    problem: 'update-undecodable',
  },
  {
    name: 'garbage bytes (yjs #479)',
    update: new TextEncoder().encode('garbagedoc'),
    problem: 'update-undecodable',
  },
  {
    name: 'struct count a billion, body missing',
    update: craftUpdate(5, 0, 1e9, () => {}),
    problem: 'update-undecodable',
  },
  {
    name: 'GC run of 2^52 elements',
    update: craftUpdate(5, 0, 1, (e) => {
      encoding.writeUint8(e, GC);
      encoding.writeVarUint(e, 2 ** 52);
    }),
    problem: 'update-clock-out-of-range',
  },
  {
    name: 'skip run of 2^52 elements',
    update: craftUpdate(5, 0, 1, (e) => {
      encoding.writeUint8(e, SKIP);
      encoding.writeVarUint(e, 2 ** 52);
    }),
    problem: 'update-clock-out-of-range',
  },
  {
    name: 'deleted content of 2^40 elements in a root type',
    update: craftUpdate(5, 0, 1, (e) => {
      encoding.writeUint8(e, ITEM_DELETED_CONTENT);
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, 't');
      encoding.writeVarUint(e, 2 ** 40);
    }),
    problem: 'update-clock-out-of-range',
  },
  {
    name: 'struct starting at clock 2^50',
    update: craftUpdate(5, 2 ** 50, 1, (e) => {
      encoding.writeUint8(e, GC);
      encoding.writeVarUint(e, 1);
    }),
    problem: 'update-clock-out-of-range',
  },
  {
    name: 'client id above 32 bits',
    update: craftUpdate(2 ** 40, 0, 1, (e) => {
      encoding.writeUint8(e, GC);
      encoding.writeVarUint(e, 1);
    }),
    problem: 'update-clock-out-of-range',
  },
  {
    name: 'delete range of 2^52 elements',
    update: craftDeleteSet(5, 0, 2 ** 52),
    problem: 'update-clock-out-of-range',
  },
  {
    name: `${MAX_UPDATE_ITEMS + 1} one-element GC structs`,
    update: craftUpdate(5, 0, MAX_UPDATE_ITEMS + 1, (e) => {
      for (let i = 0; i <= MAX_UPDATE_ITEMS; i++) {
        encoding.writeUint8(e, GC);
        encoding.writeVarUint(e, 1);
      }
    }),
    problem: 'update-too-many-structs',
  },
  {
    name: 'one byte over the update size limit',
    update: new Uint8Array(MAX_CLIENT_UPDATE_BYTES + 1),
    problem: 'update-too-large',
  },
];

const results: { name: string; refused: boolean; ms: number }[] = [];

afterAll(() => {
  const refused = results.filter((r) => r.refused).length;
  const slowest = results.reduce((max, r) => Math.max(max, r.ms), 0);
  recordReliability({
    id: 'bad-input-crafted-yjs-updates',
    area: 'Bad input',
    fault:
      'Crafted Yjs updates (empty, truncated, garbage, huge clocks and runs, too many structs)',
    method:
      'Each crafted v1 update goes through the guard the server runs before applying a client update; real updates must pass',
    trials: results.length,
    outcome: `${refused} of ${crafted.length} crafted updates refused; slowest check ${slowest.toFixed(0)} ms`,
    passed: refused === crafted.length && results.length === crafted.length + 2,
    command: 'npx vitest run server/collab/updateGuard.test.ts',
  });
});

describe('checkClientUpdate', () => {
  it('lets real updates through, decoded', () => {
    const started = performance.now();
    const checked = checkClientUpdate(valid);
    results.push({ name: 'real', refused: checked.problem !== undefined, ms: 0 });
    expect(checked.problem).toBeUndefined();
    expect(checked.problem === undefined && checked.decoded.structs.length).toBeGreaterThan(0);

    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'x'.repeat(500_000));
    const large = checkClientUpdate(Y.encodeStateAsUpdate(doc));
    results.push({ name: 'large', refused: large.problem !== undefined, ms: 0 });
    expect(large.problem).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each(crafted)('refuses $name', ({ update, problem }) => {
    const started = performance.now();
    const checked = checkClientUpdate(update);
    const ms = performance.now() - started;
    results.push({ name: problem, refused: checked.problem === problem, ms });
    expect(checked.problem).toBe(problem);
    // Bounded work: even the largest refused input is checked well within a second or two.
    expect(ms).toBeLessThan(5_000);
  });

  it('bounds the worst case: the largest accepted run of tiny structs decodes quickly', () => {
    const count = MAX_UPDATE_ITEMS;
    const update = craftUpdate(5, 0, count, (e) => {
      for (let i = 0; i < count; i++) {
        encoding.writeUint8(e, GC);
        encoding.writeVarUint(e, 1);
      }
    });
    const started = performance.now();
    expect(checkClientUpdate(update).problem).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
