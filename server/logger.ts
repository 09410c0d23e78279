import { pino, type Logger } from 'pino';

/** Creates the server's structured logger (JSON lines on stdout). */
export function createLogger(level: string): Logger {
  return pino({ level, base: undefined });
}

export type { Logger };
