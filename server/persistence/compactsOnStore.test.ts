import { describe, expect, it } from 'vitest';
import { compactsOnStore } from './DurablePersistence';

describe("when Hocuspocus's store call compacts a document", () => {
  it('compacts once the last person has left, however short the log', () => {
    expect(compactsOnStore({ connections: 0, entries: 1, msSinceLastChange: 0 })).toBe(true);
  });

  it('compacts an open document in a quiet moment once enough entries piled up', () => {
    expect(compactsOnStore({ connections: 3, entries: 150, msSinceLastChange: 2_000 })).toBe(true);
    expect(compactsOnStore({ connections: 3, entries: 20, msSinceLastChange: 2_000 })).toBe(false);
  });

  it('leaves a document people keep typing in to the entry count (the 10 s store calls)', () => {
    expect(compactsOnStore({ connections: 30, entries: 1_500, msSinceLastChange: 40 })).toBe(false);
  });
});
