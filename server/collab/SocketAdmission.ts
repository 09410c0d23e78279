import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';
import {
  MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS,
  SOCKET_AUTH_DEADLINE_MS,
} from '../../shared/collab/limits';
import type { ServerEnv } from '../config';
import { AllowedOrigins } from '../http/allowedOrigins';
import { upgradeClientAddress } from '../http/requestInfo';

export interface SocketAdmissionOptions {
  /** How long a socket may stay open without authenticating a document (tests shorten it). */
  authDeadlineMs?: number;
}

/** What to do with an upgrade to the collaboration socket. */
export type UpgradeDecision =
  /** Answer with this HTTP status line instead of upgrading. */
  | { refusal: '403 Forbidden' | '429 Too Many Requests' }
  /**
   * Upgrade. `address` is the client's address group (see `addressGroup`); `cookieAllowed`
   * says whether the session cookie may authenticate this socket (an allowed `Origin`).
   */
  | { refusal: null; address: string; cookieAllowed: boolean };

/**
 * The group of client addresses that counts as one client: an IPv4 address (also written as
 * IPv4-mapped IPv6), or the /64 prefix of an IPv6 address, since one host is usually handed a
 * whole /64 and could otherwise open sockets from as many addresses as it likes.
 */
export function addressGroup(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped?.[1]) return mapped[1];
  const bare = address.split('%')[0] ?? address;
  if (!isIPv6(bare)) return address;
  const [head = '', tail] = bare.split('::');
  const groups = (part: string) => (part === '' ? [] : part.split(':'));
  const before = groups(head);
  const after = tail === undefined ? [] : groups(tail);
  // An embedded IPv4 address at the end takes two groups; only the first four matter here.
  const afterLength = after.reduce((n, group) => n + (group.includes('.') ? 2 : 1), 0);
  const filled =
    tail === undefined
      ? before
      : [...before, ...new Array<string>(8 - before.length - afterLength).fill('0'), ...after];
  return `${filled
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/** A socket that has not authenticated a document yet. */
interface Waiting {
  address: string;
  timer: NodeJS.Timeout;
}

/**
 * Who may open a collaboration socket, before any document is asked for:
 * - a browser page on another origin may not (its `Origin` is refused with 403), and the
 *   session cookie authenticates a socket only when it comes with an allowed `Origin`:
 *   browsers always send one, so a cookie without it did not come from our page. Native
 *   clients authenticate with a token and may send no `Origin`;
 * - one client address holds at most `MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS` sockets that
 *   have not authenticated a document (429 beyond it), and each gets
 *   `SOCKET_AUTH_DEADLINE_MS` to authenticate one before it is closed. Without these an
 *   idle crowd of sockets costs memory and descriptors without ever signing in.
 *
 * A socket counts as authenticated from the first document that passes `onAuthenticate`:
 * this extension comes after the authentication in the list, so its hook runs only then.
 * Hocuspocus hands that hook the request object the socket was opened with, which is how
 * it is recognised.
 */
export class SocketAdmission implements Extension {
  extensionName = 'socket-admission';
  private readonly origins: AllowedOrigins;
  private readonly authDeadlineMs: number;
  private readonly unauthenticated = new Map<string, number>();
  private readonly waiting = new WeakMap<Request, Waiting>();

  constructor(
    private readonly env: ServerEnv,
    options: SocketAdmissionOptions = {},
  ) {
    this.origins = new AllowedOrigins(env);
    this.authDeadlineMs = options.authDeadlineMs ?? SOCKET_AUTH_DEADLINE_MS;
  }

  /** Decides an upgrade request before it is upgraded. */
  decide(request: IncomingMessage): UpgradeDecision {
    const { origin, host } = request.headers;
    const forwardedHost = request.headers['x-forwarded-host'];
    const cookieAllowed = this.origins.allows({
      origin,
      host,
      forwardedHost: Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost,
    });
    if (origin !== undefined && !cookieAllowed) return { refusal: '403 Forbidden' };
    const address = addressGroup(upgradeClientAddress(request, this.env));
    if (this.countOf(address) >= MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS) {
      return { refusal: '429 Too Many Requests' };
    }
    return { refusal: null, address, cookieAllowed };
  }

  /**
   * Counts a socket just upgraded (in the same tick as `decide`, so no other upgrade slips
   * in between) until a document on it authenticates (`request` is what it gave Hocuspocus)
   * or it closes. Calls `onDeadline` if it is still unauthenticated after the deadline; the
   * caller closes it, and it counts until it is closed. Returns what to call on close.
   */
  admit(address: string, request: Request, onDeadline: () => void): () => void {
    this.unauthenticated.set(address, this.countOf(address) + 1);
    const timer = setTimeout(onDeadline, this.authDeadlineMs).unref();
    this.waiting.set(request, { address, timer });
    return () => this.release(request);
  }

  async onAuthenticate({ request }: onAuthenticatePayload): Promise<void> {
    this.release(request);
  }

  private release(request: Request): void {
    const waiting = this.waiting.get(request);
    if (!waiting) return;
    this.waiting.delete(request);
    clearTimeout(waiting.timer);
    const count = this.countOf(waiting.address) - 1;
    if (count > 0) this.unauthenticated.set(waiting.address, count);
    else this.unauthenticated.delete(waiting.address);
  }

  private countOf(address: string): number {
    return this.unauthenticated.get(address) ?? 0;
  }
}
