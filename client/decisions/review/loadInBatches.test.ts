import { describe, expect, it } from 'vitest';
import { loadInBatches } from './loadInBatches';

describe('loading in batches', () => {
  it('keeps the order and never runs more than a batch at once', async () => {
    let running = 0;
    let most = 0;
    const results = await loadInBatches([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      // Later items finish first, so order comes from the batching, not from timing.
      await new Promise((resolve) => setTimeout(resolve, 10 - n));
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(most).toBe(3);
  });

  it('fails when one load fails', async () => {
    const failing = loadInBatches([1, 2], 2, async (n) => {
      if (n === 2) throw new Error('gone');
      return n;
    });
    await expect(failing).rejects.toThrow('gone');
  });

  it('answers nothing for nothing', async () => {
    expect(await loadInBatches([], 8, async () => 1)).toEqual([]);
  });
});
