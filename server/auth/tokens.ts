import { createHash, randomBytes } from 'node:crypto';

/** A new opaque secret (session token or invite code), URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** The stored form of a secret: only its SHA-256 is kept, so a database leak reveals none. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/** Name of the session cookie. */
export const SESSION_COOKIE = 'ilt_session';

/** Reads the session token from a Cookie header value. */
export function tokenFromCookieHeader(header: string | null | undefined): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(value.join('='));
  }
  return null;
}

/** Reads a bearer token from an Authorization header value. */
export function tokenFromAuthorizationHeader(header: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
