/**
 * Estimates how far a device's clock is from the server's, NTP-style: ask the server for its
 * time a few times, keep the sample with the shortest round trip, and assume the answer was
 * read halfway through it. `serverNow ≈ localNow() + offset`.
 */
export async function measureClockOffset(
  fetchServerNow: () => Promise<number>,
  localNow: () => number = Date.now,
  samples = 5,
): Promise<number> {
  let best: { roundTrip: number; offset: number } | null = null;
  for (let i = 0; i < samples; i++) {
    const sent = localNow();
    const serverNow = await fetchServerNow();
    const received = localNow();
    const roundTrip = received - sent;
    const offset = serverNow + roundTrip / 2 - received;
    if (!best || roundTrip < best.roundTrip) best = { roundTrip, offset };
  }
  return best?.offset ?? 0;
}
