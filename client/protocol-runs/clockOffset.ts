/** One round trip to `GET /api/time`, in the device's clock (ms). */
export interface ClockSample {
  /** `Date.now()` when the request left. */
  sentAt: number;
  /** `Date.now()` when the answer arrived. */
  receivedAt: number;
  /** The server's clock in its answer. */
  serverNow: number;
}

/**
 * The device's clock offset (server time = `Date.now() + offset`) from the sample with the
 * shortest round trip: the least time for the network to skew the answer. The server read
 * its clock about half-way through the round trip. Null without a usable sample.
 */
export function offsetFromSamples(samples: readonly ClockSample[]): number | null {
  let best: ClockSample | null = null;
  for (const sample of samples) {
    const rtt = sample.receivedAt - sample.sentAt;
    if (rtt < 0 || !Number.isFinite(sample.serverNow)) continue;
    if (!best || rtt < best.receivedAt - best.sentAt) best = sample;
  }
  if (!best) return null;
  const rtt = best.receivedAt - best.sentAt;
  return best.serverNow + rtt / 2 - best.receivedAt;
}

const SAMPLE_COUNT = 5;

async function takeSample(): Promise<ClockSample | null> {
  const sentAt = Date.now();
  try {
    const response = await fetch('/api/time', {
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
    const receivedAt = Date.now();
    if (!response.ok) return null;
    const body = (await response.json()) as { now?: unknown };
    return typeof body.now === 'number' ? { sentAt, receivedAt, serverNow: body.now } : null;
  } catch {
    return null;
  }
}

/** Measures the offset with a few sequential samples; null when the server is unreachable. */
export async function measureClockOffset(): Promise<number | null> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < SAMPLE_COUNT; i += 1) {
    const sample = await takeSample();
    if (sample) samples.push(sample);
  }
  return offsetFromSamples(samples);
}
