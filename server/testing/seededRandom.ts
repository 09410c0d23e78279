/** A deterministic pseudo-random source: the same seed gives the same sequence in [0, 1). */
export type Random = () => number;

/** A small 32-bit generator (a multiply-xorshift mix); good enough to pick faults, not for secrets. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A seed for a sub-stream (one client, one connection) derived from a parent seed and labels. */
export function deriveSeed(seed: number, ...labels: (string | number)[]): number {
  let hash = seed >>> 0;
  for (const char of labels.join('/'))
    hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

/** An integer in [min, max], both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Shuffles in place (Fisher-Yates) with the given source. */
export function shuffle<T>(random: Random, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}
