import type { ServerEnv } from '../config';

/** The request headers that say where a browser request came from and what it was sent to. */
export interface OriginHeaders {
  origin: string | null | undefined;
  host: string | null | undefined;
  /** Only read behind a trusted proxy (`TRUST_PROXY=true`). */
  forwardedHost?: string | null | undefined;
}

function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Decides which browser origins may use the session cookie: the server's own (the page it
 * served, whatever name it was reached by), `PUBLIC_URL`'s and those in `ALLOWED_ORIGINS`.
 * A page on any other origin (another site, another port or subdomain of the same site,
 * which SameSite=Lax does not stop) is refused.
 */
export class AllowedOrigins {
  private readonly listed: Set<string>;

  constructor(private readonly env: ServerEnv) {
    const configured = env.ALLOWED_ORIGINS.split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    if (env.PUBLIC_URL) configured.push(env.PUBLIC_URL);
    this.listed = new Set(configured.flatMap((entry) => originOf(entry) ?? []));
  }

  /** Whether a request carrying this `Origin` came from an allowed page. */
  allows({ origin, host, forwardedHost }: OriginHeaders): boolean {
    if (!origin) return false;
    const normalised = originOf(origin);
    if (!normalised) return false;
    if (this.listed.has(normalised)) return true;
    const servedAs =
      (this.env.TRUST_PROXY === 'true' ? forwardedHost?.split(',')[0]?.trim() : undefined) ?? host;
    // Same origin: the page was served by this server under the name it now calls it by.
    return Boolean(servedAs) && new URL(normalised).host === servedAs?.toLowerCase();
  }
}
