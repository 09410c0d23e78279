/**
 * Runs `load` for every item, at most `size` at a time, and answers the results in the items'
 * order. Small batches keep a report of 200 decisions from opening 200 requests at once.
 */
export async function loadInBatches<T, R>(
  items: readonly T[],
  size: number,
  load: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size);
    results.push(...(await Promise.all(batch.map(load))));
  }
  return results;
}
