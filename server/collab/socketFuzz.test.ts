import { seededRandom } from '../testing/seededRandom';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { closeCodes } from '../../shared/collab/closeCodes';
import { MAX_DOCUMENTS_PER_SOCKET, MAX_SOCKET_MESSAGE_BYTES } from '../../shared/collab/limits';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { commitments } from '../../shared/purpose/purposeDoc';
import { readStoredDocument } from '../util/storedDocument';
import { createTeam } from '../testing/apiClient';
import { type CollabClient, connectClient } from '../testing/collabClient';
import { recordReliability } from '../testing/reliabilityRecord';
import {
  encodeAuth,
  encodeAwareness,
  encodeSyncStep1,
  encodeUpdate,
  isCloseEvent,
  MESSAGE_AUTH,
  MESSAGE_CLOSE,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_STATELESS,
  RawCollabSocket,
} from '../testing/rawCollabSocket';
import { useTestServer } from '../testing/useTestServer';
import { captureServerLogs, serverRefusals } from '../testing/consoleCapture';

const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const TRIALS = Number(process.env.FUZZ_TRIALS ?? 250);
/** Sanity bound on one answer from the server; far above any healthy figure. */
const ANSWER_BOUND_MS = 10_000;

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer in ${ANSWER_BOUND_MS} ms (seed ${SEED})`)),
      ANSWER_BOUND_MS,
    );
  });
  return Promise.race([promise, bound]).finally(() => clearTimeout(timer));
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function bytesOf(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

/**
 * Asks the server something it must answer: authentication for a document name that no fuzz
 * frame uses (refused as unknown, but answered). Resolves with the answer or the close event.
 */
function probe(socket: RawCollabSocket, address: string) {
  const answer = socket.next((m) => m.address === address && m.type === MESSAGE_AUTH);
  socket.send(encodeAuth(address, 'probe'));
  return answer;
}

/** A frame to send and whether it goes as a text frame. */
interface FuzzFrame {
  kind: string;
  bytes: Uint8Array | string;
  text?: boolean;
}

describe('the collaboration socket under fuzzed frames', () => {
  const serverLogs = captureServerLogs([
    serverRefusals.signIn,
    serverRefusals.readOnly,
    serverRefusals.malformed,
  ]);
  const fixture = useTestServer();
  let fuzzed: string;
  let control: string;
  const clients: CollabClient[] = [];
  const sockets: RawCollabSocket[] = [];
  const kinds = new Map<string, number>();
  const closeCodesSeen = new Map<number, number>();
  let probesAnswered = 0;
  let framesSent = 0;
  const rttBefore: number[] = [];
  const rttDuring: number[] = [];
  let stateUnchanged = false;
  let bystanderAlive = false;
  let serverStillServes = false;
  let trialsDone = 0;

  beforeAll(async () => {
    fuzzed = purposeDocumentName(fixture.team.teamId);
    control = purposeDocumentName(
      await createTeam(fixture.app.url, fixture.team.outsider, 'Control ILT'),
    );
  }, 30_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    for (const socket of sockets) socket.close();
    const during = `${percentile(rttDuring, 50).toFixed(0)}/${percentile(rttDuring, 99).toFixed(0)} ms`;
    const before = `${percentile(rttBefore, 50).toFixed(0)}/${percentile(rttBefore, 99).toFixed(0)} ms`;
    const codes = [...closeCodesSeen].map(([code, n]) => `${code}×${n}`).join(', ');
    recordReliability({
      id: 'bad-input-socket-fuzz',
      area: 'Bad input',
      fault:
        'Random and mutated socket frames: truncated and oversized varints, zero-length and huge updates, unknown types, text frames, invalid UTF-8, messages before auth and for unauthenticated documents, too many documents, floods, crafted updates',
      method: `Seeded fuzzer (seed ${SEED}) over raw sockets while a control pair in another team edits; each trial ends in a close or an answered probe`,
      trials: framesSent,
      outcome: `${trialsDone} sockets, ${framesSent} frames; ${probesAnswered} answered, others closed (${codes}); control round trip p50/p99 ${before} before, ${during} during (${rttDuring.length} edits, all delivered); fuzzed document ${stateUnchanged ? 'unchanged' : 'CHANGED'}; bystander socket ${bystanderAlive ? 'kept' : 'LOST'}`,
      passed:
        trialsDone === TRIALS &&
        stateUnchanged &&
        bystanderAlive &&
        serverStillServes &&
        rttDuring.length > 0,
      command: 'npx vitest run server/collab/socketFuzz.test.ts',
    });
  });

  it('closes only the offending sockets, keeps other rooms live and changes no document', async () => {
    console.log(`socket fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED})`);
    const random = seededRandom(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const int = (max: number) => Math.floor(random() * max);

    // The fuzzed document has content; its stored state must not move.
    const author = await connectClient(fixture.app.url, fuzzed, fixture.team.principal.token);
    clients.push(author);
    commitments.add(author.doc, { text: 'Fuzzing must not change this' });
    await author.acknowledged();
    author.destroy();
    const storedBefore = Y.encodeStateAsUpdate(
      await readStoredDocument(fixture.app.database.db, fuzzed),
    );

    // The control pair edits another team's document throughout.
    const pinger = await connectClient(fixture.app.url, control, fixture.team.outsider.token);
    const ponger = await connectClient(fixture.app.url, control, fixture.team.outsider.token);
    clients.push(pinger, ponger);
    const pingId = commitments.add(pinger.doc, { text: 'ping-0' });
    let ping = 0;
    const roundTrip = async () => {
      ping += 1;
      const text = `ping-${ping}`;
      const started = performance.now();
      const seen = ponger.until((doc) => commitments.read(doc).some((c) => c.text === text));
      commitments.update(pinger.doc, pingId, { text });
      await within(seen, `control edit ${ping}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 20; i++) rttBefore.push(await roundTrip());

    // A well-behaved socket on the fuzzed document must outlive every trial.
    const bystander = await RawCollabSocket.open(fixture.app.url);
    sockets.push(bystander);
    expect(await bystander.authenticate(fuzzed, fixture.team.viewer.token)).toBe(true);

    const realUpdate = bytesOf(() => {});
    const doc = new Y.Doc();
    commitments.add(doc, { text: 'Injected by the fuzzer' });
    const injected = Y.encodeStateAsUpdate(doc);
    const presence = { id: 4242, clock: 1, json: '{"user":{"name":"Fuzzer"},"cursor":null}' };
    const tokens = [fixture.team.viewer.token, fixture.team.outsider.token, 'not-a-token', ''];
    const addresses = [fuzzed, control, 'purpose:not-a-uuid', '', `${fuzzed}\0s1`];
    const base = (address: string): Uint8Array[] => [
      encodeAuth(address, pick(tokens)),
      encodeSyncStep1(address, new Uint8Array([0])),
      encodeUpdate(address, injected),
      encodeUpdate(address, realUpdate),
      bytesOf((e) => {
        encoding.writeVarString(e, address);
        encoding.writeVarUint(e, MESSAGE_QUERY_AWARENESS);
      }),
      encodeAwareness(address, presence),
      bytesOf((e) => {
        encoding.writeVarString(e, address);
        encoding.writeVarUint(e, MESSAGE_STATELESS);
        encoding.writeVarString(e, '{"forged":true}');
      }),
    ];
    const mutate = (bytes: Uint8Array): Uint8Array => {
      const copy = new Uint8Array(bytes);
      for (let i = 0, flips = 1 + int(4); i < flips && copy.length > 0; i++) {
        const at = int(copy.length);
        copy[at] = (copy[at] ?? 0) ^ (1 << int(8));
      }
      return copy;
    };
    // The address the current trial authenticated, so that mutated payloads reach the
    // server's sync and awareness decoding instead of being refused at the frame check.
    let session = fuzzed;
    const mutatePayload = (bytes: Uint8Array, address: string): Uint8Array => {
      const header = bytesOf((e) => {
        encoding.writeVarString(e, address);
        encoding.writeVarUint(e, 0);
      }).length;
      const copy = new Uint8Array(bytes);
      for (let i = 0, flips = 1 + int(4); i < flips && copy.length > header; i++) {
        const at = header + int(copy.length - header);
        copy[at] = (copy[at] ?? 0) ^ (1 << int(8));
      }
      return copy;
    };
    const generators: Record<string, () => FuzzFrame> = {
      valid: () => ({ kind: 'valid', bytes: pick(base(pick(addresses))) }),
      payloadBitflip: () => ({
        kind: 'payload bitflip on an authenticated document',
        bytes: mutatePayload(pick(base(session).slice(1)), session),
      }),
      bitflip: () => ({ kind: 'bitflip', bytes: mutate(pick(base(pick(addresses)))) }),
      truncated: () => {
        const bytes = pick(base(pick(addresses)));
        return { kind: 'truncated', bytes: bytes.slice(0, int(bytes.length)) };
      },
      zeroLength: () => ({ kind: 'zero-length frame', bytes: new Uint8Array() }),
      truncatedVarint: () => ({ kind: 'truncated varint', bytes: new Uint8Array([0x80]) }),
      oversizedVarint: () => ({
        kind: 'oversized varint',
        bytes: new Uint8Array([...new Array<number>(12).fill(0xff), 0x01]),
      }),
      hugeLengthPrefix: () => ({
        kind: 'huge length prefix',
        bytes: bytesOf((e) => {
          encoding.writeVarString(e, fuzzed);
          encoding.writeVarUint(e, 0);
          encoding.writeVarUint(e, 2);
          encoding.writeVarUint(e, 2 ** 40);
          encoding.writeUint8Array(e, new Uint8Array(16));
        }),
      }),
      zeroLengthUpdate: () => ({
        kind: 'zero-length update',
        bytes: encodeUpdate(pick(addresses), new Uint8Array()),
      }),
      unknownType: () => ({
        kind: 'unknown type',
        bytes: bytesOf((e) => {
          encoding.writeVarString(e, pick(addresses));
          encoding.writeVarUint(e, pick([4, 6, 8, 9, 10, 11, 99, 2 ** 31]));
          encoding.writeVarUint(e, int(256));
        }),
      }),
      invalidUtf8: () => ({
        kind: 'invalid UTF-8 name',
        bytes: new Uint8Array([3, 0xc3, 0x28, 0xff, 0, 0, 0]),
      }),
      text: () => ({ kind: 'text frame', bytes: 'hello', text: true }),
      invalidUtf8Text: () => ({
        kind: 'invalid UTF-8 text frame',
        bytes: new Uint8Array([0xc3, 0x28]),
        text: true,
      }),
      random: () => ({
        kind: 'random bytes',
        bytes: Uint8Array.from({ length: int(64) }, () => int(256)),
      }),
      preAuthUpdate: () => ({
        kind: 'update before auth',
        bytes: encodeUpdate(`${fuzzed}\0pre${int(1000)}`, injected),
      }),
      close: () => ({
        kind: 'close message',
        bytes: bytesOf((e) => {
          encoding.writeVarString(e, pick(addresses));
          encoding.writeVarUint(e, MESSAGE_CLOSE);
        }),
      }),
    };
    const rare: Record<string, () => FuzzFrame> = {
      hugeFrame: () => ({
        kind: 'frame over maxPayload',
        bytes: new Uint8Array(MAX_SOCKET_MESSAGE_BYTES + 1),
      }),
      hugeUpdate: () => ({
        kind: 'huge update',
        bytes: encodeUpdate(fuzzed, new Uint8Array(MAX_SOCKET_MESSAGE_BYTES - 64).fill(7)),
      }),
    };
    const generatorList = Object.values(generators);
    const rareList = Object.values(rare);

    const runTrial = async (trial: number) => {
      const socket = await RawCollabSocket.open(fixture.app.url);
      try {
        // Half the sockets first authenticate as a viewer (read-only) on the fuzzed document.
        session = `${fuzzed}\0t${trial}`;
        if (random() < 0.5) await socket.authenticate(session, fixture.team.viewer.token);
        const count = 1 + int(5);
        for (let i = 0; i < count; i++) {
          const generate = random() < 0.02 ? pick(rareList) : pick(generatorList);
          const { kind, bytes, text } = generate();
          // Frames after the server closed the socket are not sent, so not counted.
          if (socket.ws.readyState !== socket.ws.OPEN) break;
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
          framesSent += 1;
          socket.send(bytes, text);
        }
        const outcome = await within(probe(socket, `probe-${trial}`), `trial ${trial}`);
        if (isCloseEvent(outcome)) {
          closeCodesSeen.set(outcome.code, (closeCodesSeen.get(outcome.code) ?? 0) + 1);
        } else probesAnswered += 1;
      } finally {
        socket.close();
      }
      trialsDone += 1;
    };

    let fuzzing = true;
    const controlLoop = (async () => {
      while (fuzzing) rttDuring.push(await roundTrip());
    })();
    try {
      for (let trial = 0; trial < TRIALS; trial++) await runTrial(trial);

      // Targeted: too many documents on one socket.
      const hoarder = await RawCollabSocket.open(fixture.app.url);
      sockets.push(hoarder);
      for (let i = 0; i <= MAX_DOCUMENTS_PER_SOCKET; i++) {
        hoarder.send(encodeAuth(`${fuzzed}\0doc${i}`, fixture.team.viewer.token));
      }
      framesSent += MAX_DOCUMENTS_PER_SOCKET + 1;
      expect((await within(hoarder.closed, 'hoarder')).code).toBe(closeCodes.tooMuchTraffic);

      // Targeted: a flood of messages on an authenticated document.
      const flooder = await RawCollabSocket.open(fixture.app.url);
      sockets.push(flooder);
      expect(await flooder.authenticate(fuzzed, fixture.team.viewer.token)).toBe(true);
      const query = bytesOf((e) => {
        encoding.writeVarString(e, fuzzed);
        encoding.writeVarUint(e, MESSAGE_QUERY_AWARENESS);
      });
      for (let i = 0; i < 2_000; i++) flooder.send(query);
      framesSent += 2_000;
      expect((await within(flooder.closed, 'flooder')).code).toBe(closeCodes.tooMuchTraffic);

      // Targeted: an editor sends a crafted update (a GC run reaching clock 2^52).
      const editor = await RawCollabSocket.open(fixture.app.url);
      sockets.push(editor);
      expect(await editor.authenticate(fuzzed, fixture.team.member.token)).toBe(true);
      const crafted = bytesOf((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint(e, 5);
        encoding.writeVarUint(e, 0);
        encoding.writeUint8(e, 0);
        encoding.writeVarUint(e, 2 ** 52);
        encoding.writeVarUint(e, 0);
      });
      const refused = editor.next((m) => m.address === fuzzed && m.type === MESSAGE_CLOSE);
      editor.send(encodeUpdate(fuzzed, crafted));
      framesSent += 1;
      const refusal = await within(refused, 'crafted update');
      expect(isCloseEvent(refusal) ? 'socket closed' : 'document closed').toBe('document closed');
    } finally {
      fuzzing = false;
      await controlLoop;
    }

    // The bystander still gets answers on its socket.
    bystanderAlive = !isCloseEvent(await within(probe(bystander, 'probe-after'), 'bystander'));
    const reader = await within(
      connectClient(fixture.app.url, fuzzed, fixture.team.member.token),
      'reader',
    );
    clients.push(reader);
    serverStillServes = commitments
      .read(reader.doc)
      .some((c) => c.text === 'Fuzzing must not change this');
    const storedAfter = Y.encodeStateAsUpdate(
      await readStoredDocument(fixture.app.database.db, fuzzed),
    );
    stateUnchanged = Buffer.from(storedAfter).equals(Buffer.from(storedBefore));
    console.log(
      `frames by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}; closes ${[...closeCodesSeen].map(([c, n]) => `${c}×${n}`).join(', ')}`,
    );

    expect(trialsDone, `seed ${SEED}`).toBe(TRIALS);
    expect(bystanderAlive, `seed ${SEED}`).toBe(true);
    expect(serverStillServes, `seed ${SEED}`).toBe(true);
    expect(stateUnchanged, `fuzzed document changed (seed ${SEED})`).toBe(true);
    expect(rttDuring.length).toBeGreaterThan(0);
    expect(percentile(rttDuring, 99)).toBeLessThan(ANSWER_BOUND_MS);
    expect(serverLogs.take().length, 'the server reports the sockets it closed').toBeGreaterThan(0);
  }, 60_000);
});
