import { startApp } from './app';
import { clientDistDir, ensureClientBuilt } from './clientBuild';
import { readBenchWithout, readEnv } from './config';
import { createLogger } from './logger';

/**
 * `npm start`: builds the client if needed, migrates, serves everything on one port and
 * prints the address. SIGTERM/SIGINT flush pending writes within a grace period and exit;
 * a dead database cannot make shutdown hang.
 */
const env = readEnv();
const logger = createLogger(env.LOG_LEVEL);
const serveClient = process.env.SERVE_CLIENT !== 'false';

if (serveClient) await ensureClientBuilt((message) => console.log(message));
// Benchmarks only (bench/): BENCH_WITHOUT_DURABILITY=true shows what the update log costs.
// BENCH_SAVE_DELAY_MS makes every log write that much slower (the churn scenario).
// BENCH_WITHOUT=lane,broadcast,throttle turns fast pieces off (bench/abPieces.ts).
const durable = process.env.BENCH_WITHOUT_DURABILITY !== 'true';
const saveDelayMs = Number(process.env.BENCH_SAVE_DELAY_MS ?? 0);
const without = readBenchWithout();
const app = await startApp({
  env,
  logger,
  clientDir: serveClient ? clientDistDir : null,
  durable,
  saveDelayMs,
  without,
});
console.log(`Listening on ${app.url}`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) process.exit(1);
  stopping = true;
  logger.info({ signal }, 'shutting down');
  const graceMs = env.SHUTDOWN_GRACE_SECONDS * 1000;
  // The hard deadline covers a database that hangs instead of failing.
  setTimeout(() => process.exit(1), graceMs + 5_000).unref();
  app.close(graceMs).then(
    () => process.exit(0),
    (error: unknown) => {
      logger.error({ err: error }, 'shutdown failed');
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
