import { readFileSync } from 'node:fs';

/** Resident memory of a process in MiB, from /proc (Linux). */
export function residentMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  if (!kib) throw new Error(`no VmRSS for process ${pid}`);
  return Math.round(Number(kib) / 1024);
}

/**
 * Resolves with the first reading at or under `limitMiB`, checking every `everyMs`; after
 * `withinMs` resolves with the last reading (the caller asserts on it).
 */
export async function residentSettlesUnder(
  pid: number,
  limitMiB: number,
  withinMs: number,
  everyMs = 250,
): Promise<number> {
  const deadline = performance.now() + withinMs;
  for (;;) {
    const reading = residentMiB(pid);
    if (reading <= limitMiB || performance.now() >= deadline) return reading;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
