/**
 * Loaded into every benchmarked server process (`node --expose-gc --import tsx --import
 * ./bench/peers/serverProbe.ts …`). On SIGUSR2 it prints one `BENCH_STATS {json}` line with
 * the event-loop delay since the previous signal and the memory after a full collection, then
 * starts a fresh delay histogram; SIGWINCH does the same without the collection. The
 * collection runs after the delay is read, so it never counts as the server's own delay.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

const MiB = 1024 * 1024;
/** The sampling timer's own period, which every sample includes; subtracted below. */
const RESOLUTION_MS = 1;
const start = () => {
  const created = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  created.enable();
  return created;
};
const delayMs = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
let histogram = start();

const gc = (globalThis as { gc?: () => void }).gc;

/** Prints the delay since the last report and starts a fresh histogram; `collect` first reads
 * the memory after two full collections (which pause the server: never inside a window). */
function report(collect: boolean): void {
  histogram.disable();
  const loop = {
    loopP50Ms: delayMs(histogram.percentile(50)),
    loopP99Ms: delayMs(histogram.percentile(99)),
    loopMaxMs: delayMs(histogram.max),
  };
  if (collect) {
    gc?.();
    gc?.();
  }
  const memory = process.memoryUsage();
  const stats = {
    ...loop,
    heapUsedMiB: memory.heapUsed / MiB,
    // `external` already includes array buffers.
    externalMiB: memory.external / MiB,
    rssMiB: memory.rss / MiB,
  };
  process.stderr.write(`BENCH_STATS ${JSON.stringify(stats)}\n`);
  histogram = start();
}

process.on('SIGUSR2', () => report(true));
// SIGWINCH (ignored by default) only reads and resets the delay, without a collection.
process.on('SIGWINCH', () => report(false));
