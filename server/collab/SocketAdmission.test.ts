import type { IncomingMessage } from 'node:http';
import type { onAuthenticatePayload } from '@hocuspocus/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS } from '../../shared/collab/limits';
import { readEnv } from '../config';
import { addressGroup, SocketAdmission } from './SocketAdmission';

/** An upgrade request as Node hands it over: headers and the peer's address. */
function upgrade(headers: Record<string, string>, remoteAddress = '192.0.2.10') {
  return {
    headers: { host: 'ilt.test:3000', ...headers },
    socket: { remoteAddress },
  } as unknown as IncomingMessage;
}

/** The Fetch-style request Hocuspocus hands to `onAuthenticate` for a socket. */
function socketRequest(): Request {
  return { url: 'http://localhost/collab', headers: new Headers() } as unknown as Request;
}

function authenticated(admission: SocketAdmission, request: Request) {
  return admission.onAuthenticate({ request } as onAuthenticatePayload);
}

function admitted(admission: SocketAdmission, request: IncomingMessage) {
  const decision = admission.decide(request);
  if (decision.refusal !== null) throw new Error(`refused: ${decision.refusal}`);
  return decision;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('addressGroup', () => {
  it('keeps IPv4 addresses, unwraps IPv4-mapped ones and groups IPv6 by /64', () => {
    expect(addressGroup('203.0.113.7')).toBe('203.0.113.7');
    expect(addressGroup('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(addressGroup('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64');
    expect(addressGroup('2001:0DB8:0000:0001:ffff:1:2:3')).toBe('2001:db8:0:1::/64');
    expect(addressGroup('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressGroup('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressGroup('::1')).toBe('0:0:0:0::/64');
    expect(addressGroup('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/64');
    expect(addressGroup('unknown')).toBe('unknown');
  });
});

describe('SocketAdmission', () => {
  const env = readEnv({ ALLOWED_ORIGINS: 'https://partner.example' });

  it('refuses a foreign Origin and lets the cookie in only with an allowed one', () => {
    const admission = new SocketAdmission(env);
    expect(admission.decide(upgrade({ origin: 'https://evil.example' }))).toEqual({
      refusal: '403 Forbidden',
    });
    expect(admission.decide(upgrade({ origin: 'http://ilt.test:4000' })).refusal).toBe(
      '403 Forbidden',
    );
    expect(admission.decide(upgrade({ origin: 'null' })).refusal).toBe('403 Forbidden');
    expect(admitted(admission, upgrade({ origin: 'http://ilt.test:3000' })).cookieAllowed).toBe(
      true,
    );
    expect(admitted(admission, upgrade({ origin: 'https://partner.example' })).cookieAllowed).toBe(
      true,
    );
    // Native clients send no Origin: they may connect, with a token but not the cookie.
    expect(admitted(admission, upgrade({}))).toEqual({
      refusal: null,
      address: '192.0.2.10',
      cookieAllowed: false,
    });
  });

  it('caps unauthenticated sockets per address until they authenticate or close', async () => {
    const admission = new SocketAdmission(env);
    const requests: Request[] = [];
    const closes: (() => void)[] = [];
    for (let i = 0; i < MAX_UNAUTHENTICATED_SOCKETS_PER_ADDRESS; i++) {
      const { address } = admitted(admission, upgrade({}));
      const request = socketRequest();
      requests.push(request);
      closes.push(admission.admit(address, request, () => {}));
    }
    expect(admission.decide(upgrade({})).refusal).toBe('429 Too Many Requests');
    // The same client over IPv4-mapped IPv6 is the same address; another is not affected.
    expect(admission.decide(upgrade({}, '::ffff:192.0.2.10')).refusal).toBe(
      '429 Too Many Requests',
    );
    expect(admission.decide(upgrade({}, '192.0.2.11')).refusal).toBeNull();

    await authenticated(admission, requests[0] as Request);
    expect(admission.decide(upgrade({})).refusal).toBeNull();
    // Authenticating a second document, or closing after authenticating, frees nothing more.
    await authenticated(admission, requests[0] as Request);
    closes[0]?.();
    const { address } = admitted(admission, upgrade({}));
    admission.admit(address, socketRequest(), () => {});
    expect(admission.decide(upgrade({})).refusal).toBe('429 Too Many Requests');

    closes[1]?.();
    expect(admission.decide(upgrade({})).refusal).toBeNull();
  });

  it('counts the first X-Forwarded-For entry only behind a trusted proxy', () => {
    const forwarded = { 'x-forwarded-for': '198.51.100.4, 10.0.0.1' };
    expect(admitted(new SocketAdmission(env), upgrade(forwarded)).address).toBe('192.0.2.10');
    const proxied = new SocketAdmission(readEnv({ TRUST_PROXY: 'true' }));
    expect(admitted(proxied, upgrade(forwarded)).address).toBe('198.51.100.4');
  });

  it('calls the deadline of a socket that authenticates nothing in time, and only of that one', async () => {
    vi.useFakeTimers();
    const admission = new SocketAdmission(env, { authDeadlineMs: 1_000 });
    const idle = vi.fn();
    const signedIn = vi.fn();
    const request = socketRequest();
    admission.admit('192.0.2.10', socketRequest(), idle);
    admission.admit('192.0.2.10', request, signedIn);
    await authenticated(admission, request);
    vi.advanceTimersByTime(999);
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(idle).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(60_000);
    expect(signedIn).not.toHaveBeenCalled();
  });
});
