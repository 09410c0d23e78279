import { z } from 'zod';

/** Everything the server reads from its environment, validated once at start. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  /**
   * `redis://[:password@]host:port[/db]`: several instances then share documents through
   * Redis (Hocuspocus's Redis extension). Needs a real Postgres (DATABASE_URL).
   */
  REDIS_URL: z.string().url().optional(),
  /** Namespace for this deployment's Redis channels and keys. */
  REDIS_PREFIX: z.string().min(1).default('ilt'),
  /** `true` behind a TLS-terminating proxy: cookies get `Secure`. */
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  /** `true` behind a reverse proxy: trust X-Forwarded-Proto and X-Forwarded-For. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  SESSION_DAYS: z.coerce.number().positive().default(30),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Seconds SIGTERM waits for pending writes before exiting anyway. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().positive().default(10),
  /**
   * The address people open, e.g. `https://ilt.school.org`: links in emails are built on it
   * (never on the request's Host header, which a stranger can set), and its origin is allowed
   * to open the socket and call the API with the session cookie. Unset: the listening address.
   */
  PUBLIC_URL: z.string().url().optional(),
  /** Comma-separated extra origins allowed to use the socket and API with the cookie. */
  ALLOWED_ORIGINS: z.string().default(''),
  /** `smtp://user:pass@host:587` or `smtps://…`: where email goes. Unset: links are logged. */
  SMTP_URL: z.string().url().optional(),
  /** The sender of every email, e.g. `ILT Workspace <ilt@school.org>`. */
  MAIL_FROM: z.string().min(3).default('ILT Workspace <no-reply@localhost>'),
  /** `true` serves the client's source maps (`*.map`); off by default in production. */
  SERVE_SOURCE_MAPS: z.enum(['true', 'false']).default('false'),
});

export type ServerEnv = z.infer<typeof envSchema>;

/** Reads and checks the environment; throws a readable message on a bad value. */
export function readEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration: ${problems.join('; ')}`);
  }
  if (parsed.data.REDIS_URL && !parsed.data.DATABASE_URL) {
    // The embedded database belongs to one process: instances sharing Redis need Postgres.
    throw new Error('Invalid configuration: REDIS_URL needs DATABASE_URL (a shared Postgres)');
  }
  return parsed.data;
}

/**
 * The hand-made fast pieces of the collaboration socket (issue 18), each of which a benchmark
 * may turn off to measure what it gains: the open-connection lane, the author-skipping update
 * broadcast, frames written straight to the socket, and the awareness throttle.
 */
export const fastPieces = ['lane', 'broadcast', 'throttle'] as const;
export type FastPiece = (typeof fastPieces)[number];

/**
 * Benchmarks only: `BENCH_WITHOUT=lane,throttle` (a comma list of `fastPieces`, empty by
 * default) names the pieces to turn off; throws on a name that is not one.
 */
export function readBenchWithout(env: NodeJS.ProcessEnv = process.env): ReadonlySet<FastPiece> {
  const names = (env.BENCH_WITHOUT ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(fastPieces as readonly string[]).includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `Invalid configuration: BENCH_WITHOUT: unknown ${unknown.join(', ')} (known: ${fastPieces.join(', ')})`,
    );
  }
  return new Set(names as FastPiece[]);
}
