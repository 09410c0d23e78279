import { format } from 'node:util';
import type { MockInstance } from 'vitest';
import { afterAll, afterEach, beforeAll, expect, vi } from 'vitest';

/**
 * What Hocuspocus prints when the server refuses something, as the first line of each message.
 * It logs every refused sign-in and every connection it closes on an exception to the console;
 * for a test that provokes them on purpose, they are the expected outcome, not noise to show.
 */
export const serverRefusals = {
  /** A socket's sign-in refused: no or bad token, no access, unknown name, database down. */
  signIn: /^\[onAuthenticate\] (unauthorized|forbidden|unknown-document|database-unavailable)$/,
  /** A viewer's change refused, and the connection closed for it. */
  readOnly:
    /^(\[beforeHandleMessage\] read-only|closing connection \S+ \(while handling \S+\) because of exception Error: read-only)$/,
  /** A frame that is not a valid message, and the connection closed for it. */
  malformed:
    /^(\[beforeHandleMessage\] .+|closing connection \S+ \(while handling \S+\) because of exception .+|(Type)?Error: .+|Hocuspocus: closing connection \S+: unauthenticated message queue .+)$/,
};

/** The lines captured from the server's console, to assert on. */
export interface ServerLogs {
  /** The first line of each message printed since the last `take()` (or the start). */
  take(): string[];
}

/**
 * Captures what the server under test prints to `console.error` and `console.warn` in this
 * suite (register it inside the `describe`), so that a passing run prints no stack traces.
 * Every line must match one of `expected`: anything else fails the test it appeared in, with
 * the whole message, so an unexpected server error is never swallowed.
 */
export function captureServerLogs(expected: RegExp[]): ServerLogs {
  const lines: string[] = [];
  const unexpected: string[] = [];
  let spies: MockInstance[] = [];
  const record = (...args: unknown[]) => {
    const message = format(...args);
    const line = message.split('\n')[0] ?? '';
    lines.push(line);
    if (!expected.some((pattern) => pattern.test(line))) unexpected.push(message);
  };
  beforeAll(() => {
    spies = [
      vi.spyOn(console, 'error').mockImplementation(record),
      vi.spyOn(console, 'warn').mockImplementation(record),
    ];
  });
  afterEach(() => {
    expect(unexpected.splice(0), 'the server printed something no test expects').toEqual([]);
  });
  afterAll(() => {
    for (const spy of spies) spy.mockRestore();
    expect(unexpected, 'the server printed something no test expects').toEqual([]);
  });
  return { take: () => lines.splice(0) };
}
