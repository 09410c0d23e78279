import { describe, expect, it } from 'vitest';
import { offsetFromSamples } from './clockOffset';

describe('offsetFromSamples', () => {
  it('uses the sample with the shortest round trip', () => {
    const offset = offsetFromSamples([
      { sentAt: 1000, receivedAt: 1400, serverNow: 6000 },
      { sentAt: 2000, receivedAt: 2040, serverNow: 7020 },
      { sentAt: 3000, receivedAt: 3300, serverNow: 8100 },
    ]);
    // Server read its clock at 7020 about 20 ms before the answer arrived at 2040.
    expect(offset).toBe(7020 + 20 - 2040);
  });

  it('gives a negative offset for a device whose clock runs ahead', () => {
    expect(offsetFromSamples([{ sentAt: 10_000, receivedAt: 10_010, serverNow: 4_005 }])).toBe(
      -6_000,
    );
  });

  it('ignores samples that went backwards in time and answers null with none left', () => {
    expect(offsetFromSamples([{ sentAt: 50, receivedAt: 40, serverNow: 1 }])).toBeNull();
    expect(offsetFromSamples([])).toBeNull();
  });
});
