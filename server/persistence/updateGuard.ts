import * as Y from 'yjs';
import {
  MAX_CLIENT_UPDATE_BYTES,
  MAX_UPDATE_CLOCK,
  MAX_UPDATE_ITEMS,
} from '../../shared/collab/limits';

/** Yjs client ids are random unsigned 32-bit integers. */
const MAX_CLIENT_ID = 0xffff_ffff;

/** A client update that passed the checks, decoded once for the caller. */
export type CheckedUpdate =
  { decoded: ReturnType<typeof Y.decodeUpdate>; problem?: undefined } | { problem: string };

function isBadRange(client: number, clock: number, length: number): boolean {
  return (
    !Number.isSafeInteger(client) ||
    client < 0 ||
    client > MAX_CLIENT_ID ||
    !Number.isSafeInteger(clock) ||
    !Number.isSafeInteger(length) ||
    clock < 0 ||
    length < 0 ||
    clock + length > MAX_UPDATE_CLOCK
  );
}

/**
 * Decides whether a client's Yjs update (v1) may reach the document. Crafted updates can
 * otherwise make the server spend unbounded time or memory, or poison the document for
 * everyone (yjs issues #479, #498, #687):
 * - the byte limit bounds decoding time (at most about a million tiny structs);
 * - empty or truncated input is refused instead of being applied;
 * - a struct or delete range reaching a huge clock (a GC, skip or deleted run of 2^52
 *   elements costs a few bytes) would push that client's clock beyond anything a real
 *   session reaches and make later encodes and diffs walk or allocate that range;
 * - the total of structs and delete ranges is capped.
 */
export function checkClientUpdate(update: Uint8Array): CheckedUpdate {
  if (update.byteLength === 0) return { problem: 'update-empty' };
  if (update.byteLength > MAX_CLIENT_UPDATE_BYTES) return { problem: 'update-too-large' };
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return { problem: 'update-undecodable' };
  }
  let items = decoded.structs.length;
  if (items > MAX_UPDATE_ITEMS) return { problem: 'update-too-many-structs' };
  for (const struct of decoded.structs) {
    if (isBadRange(struct.id.client, struct.id.clock, struct.length)) {
      return { problem: 'update-clock-out-of-range' };
    }
  }
  for (const [client, ranges] of decoded.ds.clients) {
    items += ranges.length;
    if (items > MAX_UPDATE_ITEMS) return { problem: 'update-too-many-structs' };
    for (const range of ranges) {
      if (isBadRange(client, range.clock, range.len)) {
        return { problem: 'update-clock-out-of-range' };
      }
    }
  }
  return { decoded };
}
