import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionResponse } from '../../shared/api/auth';
import type { InviteResponse } from '../../shared/api/teams';
import type { App } from '../app';
import { abuseRules } from '../auth/AbuseLimits';
import { callApi, createTeam, signUp, type TestUser } from '../testing/apiClient';
import { codeFromLink, linkIn, TestMailbox } from '../testing/testMailbox';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';
import { startTestServer } from '../testing/testServer';
import { testRedisUrl, uniqueRedisPrefix } from '../testing/startInstance';

const PASSWORD = 'correct horse battery';
const ADDRESS_BUDGET = 30;

/** A JSON request from a given client address (the server trusts X-Forwarded-For here). */
async function from(
  app: App,
  address: string,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
) {
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'x-forwarded-for': address,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

const signIn = (app: App, address: string, email: string, password: string) =>
  from(app, address, 'POST', '/api/auth/login', { email, password });

/**
 * The account attacks of the security review, each against the real server with a real SMTP
 * server receiving its mail: taking over someone's account through a team role or a reset
 * link, squatting an address to take its invites, locking a person out, flooding a mailbox.
 */
describe('account attacks', () => {
  let database: TestDatabase;
  let mailbox: TestMailbox;
  let app: App;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    mailbox = await TestMailbox.start();
    app = await startTestServer(database, {
      env: { SMTP_URL: mailbox.url, MAIL_FROM: 'ILT <ilt@school.test>', TRUST_PROXY: 'true' },
      // Reached with 30 password hashes instead of 100 (each takes 32 MiB and ~0.1 s).
      abuseBudgets: { signInAddress: ADDRESS_BUDGET },
    });
  });

  afterAll(async () => {
    await app?.close(2_000);
    await mailbox?.close();
    await database?.drop();
  });

  const requestReset = (email: string, address = '10.0.0.1') =>
    from(app, address, 'POST', '/api/password-resets', { email });
  const resetCode = async (user: TestUser, count = 1) =>
    codeFromLink(linkIn(await mailbox.waitFor(user.email, /reset/i, count), '/reset/'));
  const useReset = (code: string, newPassword: string) =>
    from(app, '10.0.0.2', 'POST', `/api/password-resets/${code}`, { newPassword });

  it('gives a principal no way to set, reset or learn a member password', async () => {
    const principal = await signUp(app.url, 'Principal');
    const member = await signUp(app.url, 'Member');
    const teamId = await createTeam(app.url, principal);
    const invite = await callApi(app.url, 'POST', `/api/teams/${teamId}/invites`, {
      token: principal.token,
      body: { role: 'member' },
    });
    const { code } = invite.body as InviteResponse;
    await callApi(app.url, 'POST', `/api/invites/${code}/accept`, { token: member.token });

    const issued = await callApi(
      app.url,
      'POST',
      `/api/teams/${teamId}/members/${member.id}/password-reset`,
      { token: principal.token, body: {} },
    );
    expect(issued.status).toBe(404);
    expect(issued.body).not.toHaveProperty('code');
    expect((await signIn(app, '10.0.0.9', member.email, PASSWORD)).status).toBe(200);
  });

  it('resets a password only through a one-time link mailed to the owner', async () => {
    const user = await signUp(app.url, 'Forgetful');
    expect(await requestReset(user.email)).toEqual({ status: 202, body: { ok: true } });
    const mail = await mailbox.waitFor(user.email, /reset/i);
    expect(mail.from).toBe('ilt@school.test');
    // The link is on the server's own address, never on a Host header a stranger could set.
    const link = linkIn(mail, '/reset/');
    expect(link.origin).toBe(app.url);
    const code = codeFromLink(link);

    expect(await from(app, '10.0.0.2', 'GET', `/api/password-resets/${code}`)).toEqual({
      status: 200,
      body: { email: user.email },
    });
    expect((await useReset(code, 'short')).status).toBe(400);
    expect(await useReset(code, 'a brand new passphrase')).toEqual({
      status: 200,
      body: { ok: true },
    });
    expect((await callApi(app.url, 'GET', '/api/auth/me', { token: user.token })).status).toBe(401);
    expect((await signIn(app, '10.0.0.3', user.email, PASSWORD)).status).toBe(401);
    expect((await signIn(app, '10.0.0.3', user.email, 'a brand new passphrase')).status).toBe(200);
    // Single use.
    expect((await useReset(code, 'yet another passphrase')).body).toMatchObject({
      error: { code: 'reset_invalid' },
    });
  });

  it('answers a reset request the same way whether or not the email has an account', async () => {
    const user = await signUp(app.url, 'Known');
    const unknown = `nobody-${user.id}@example.org`;
    const forUnknown = await requestReset(unknown, '10.0.1.1');
    const forKnown = await requestReset(user.email, '10.0.1.1');
    expect(forUnknown).toEqual(forKnown);
    await mailbox.waitFor(user.email, /reset/i);
    expect(mailbox.to(unknown)).toEqual([]);
  });

  it('voids a reset link when a newer one is sent, when it expires, on a password change and on signing out everywhere', async () => {
    const user = await signUp(app.url, 'Careful');
    await requestReset(user.email);
    const first = await resetCode(user, 1);
    await requestReset(user.email);
    const second = await resetCode(user, 2);
    expect((await useReset(first, 'a brand new passphrase')).status).toBe(404);

    // An hour later the newest link is dead too.
    await app.database.db
      .updateTable('accountCodes')
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where('userId', '=', user.id)
      .execute();
    expect((await useReset(second, 'a brand new passphrase')).status).toBe(404);

    await requestReset(user.email);
    const beforeChange = await resetCode(user, 3);
    const changed = await callApi(app.url, 'POST', '/api/account/password', {
      token: user.token,
      body: { currentPassword: PASSWORD, newPassword: 'changed it myself' },
    });
    expect(changed.status).toBe(200);
    expect((await useReset(beforeChange, 'a brand new passphrase')).status).toBe(404);

    await requestReset(user.email);
    const beforeSignOut = await resetCode(user, 4);
    const signedOut = await callApi(app.url, 'POST', '/api/auth/logout-all', {
      token: user.token,
      body: {},
    });
    expect(signedOut.status).toBe(200);
    expect((await useReset(beforeSignOut, 'a brand new passphrase')).status).toBe(404);
    expect((await signIn(app, '10.0.0.4', user.email, 'changed it myself')).status).toBe(200);
  });

  it('caps reset emails per account, reset requests per address and sign-ups per address', async () => {
    const user = await signUp(app.url, 'Flooded');
    const perAccount = abuseRules.resetEmailsPerAccount.points;
    for (let i = 0; i < perAccount + 3; i++) {
      // Each request from another address: the mailbox is still protected.
      expect((await requestReset(user.email, `10.1.0.${i + 1}`)).status).toBe(202);
    }
    await mailbox.waitFor(user.email, /reset/i, perAccount);
    // Every later request was answered alike, and sent nothing: a ping proves the queue is empty.
    const ping = await signUp(app.url, 'Ping');
    await mailbox.waitFor(ping.email, /confirm/i);
    expect(mailbox.to(user.email).filter((m) => /reset/i.test(m.subject))).toHaveLength(perAccount);

    const address = '10.2.0.1';
    for (let i = 0; i < abuseRules.resetRequestAddress.points; i++) {
      expect((await requestReset(`someone-${i}@example.org`, address)).status).toBe(202);
    }
    const refused = await requestReset('one-more@example.org', address);
    expect(refused).toMatchObject({ status: 429, body: { error: { code: 'rate_limited' } } });

    const signUpFrom = '10.3.0.1';
    for (let i = 0; i < abuseRules.signUp.points; i++) {
      // Refused bodies still count: each is an attempt.
      expect((await from(app, signUpFrom, 'POST', '/api/auth/signup', {})).status).toBe(400);
    }
    const tooMany = await from(app, signUpFrom, 'POST', '/api/auth/signup', {
      email: 'late@example.org',
      password: PASSWORD,
      name: 'Late',
    });
    expect(tooMany.status).toBe(429);
  });

  it('lets only the confirmed owner of an address accept an invite bound to it', async () => {
    const principal = await signUp(app.url, 'Principal');
    const teamId = await createTeam(app.url, principal, 'Lincoln Elementary ILT');
    const teacher = `teacher-${principal.id}@school.test`;
    const invite = await callApi(app.url, 'POST', `/api/teams/${teamId}/invites`, {
      token: principal.token,
      body: { role: 'member', email: teacher },
    });
    expect(invite.status).toBe(201);
    // The invitation actually goes to the address.
    const invitation = await mailbox.waitFor(teacher, /Lincoln Elementary ILT/);
    expect(invitation.text).toContain('Principal invited you');
    const joinCode = codeFromLink(linkIn(invitation, '/join/'));
    expect(joinCode).toBe((invite.body as InviteResponse).code);

    // Whoever signs up first with the address (here: someone who saw the link) is not its owner
    // until a link sent to it is opened.
    const signup = await callApi(app.url, 'POST', '/api/auth/signup', {
      body: { email: teacher, password: PASSWORD, name: 'Teacher' },
    });
    expect(signup.status).toBe(201);
    const session = signup.body as SessionResponse;
    expect(session.user.emailVerified).toBe(false);
    const early = await callApi(app.url, 'POST', `/api/invites/${joinCode}/accept`, {
      token: session.token,
    });
    expect(early).toMatchObject({ status: 403, body: { error: { code: 'email_not_verified' } } });

    const confirm = linkIn(await mailbox.waitFor(teacher, /confirm/i), '/verify-email/');
    expect(confirm.origin).toBe(app.url);
    const verified = await callApi(
      app.url,
      'POST',
      `/api/email-verifications/${codeFromLink(confirm)}`,
    );
    expect(verified).toEqual({ status: 200, body: { email: teacher } });
    expect(
      (await callApi(app.url, 'POST', `/api/email-verifications/${codeFromLink(confirm)}`)).status,
    ).toBe(404);
    const me = await callApi(app.url, 'GET', '/api/auth/me', { token: session.token });
    expect(me.body).toMatchObject({ user: { emailVerified: true } });
    const accepted = await callApi(app.url, 'POST', `/api/invites/${joinCode}/accept`, {
      token: session.token,
    });
    expect(accepted).toEqual({ status: 200, body: { teamId } });
  });

  it('sends a new confirmation link on request, and only the newest works', async () => {
    const user = await signUp(app.url, 'Resender');
    await mailbox.waitFor(user.email, /confirm/i);
    const again = await callApi(app.url, 'POST', '/api/account/verify-email', {
      token: user.token,
      body: {},
    });
    expect(again.status).toBe(202);
    const [first, second] = [1, 2].map(async (n) =>
      codeFromLink(linkIn(await mailbox.waitFor(user.email, /confirm/i, n), '/verify-email/')),
    );
    expect((await callApi(app.url, 'POST', `/api/email-verifications/${await first}`)).status).toBe(
      404,
    );
    expect(
      (await callApi(app.url, 'POST', `/api/email-verifications/${await second}`)).status,
    ).toBe(200);
  });

  it('never lets a stranger lock a person out by failing their sign-in', async () => {
    const victim = await signUp(app.url, 'Victim');
    const attacker = '10.4.0.1';
    const pair = abuseRules.signInPair.points;
    for (let i = 0; i < pair; i++) {
      expect((await signIn(app, attacker, victim.email, `guess ${i}`)).status).toBe(401);
    }
    expect((await signIn(app, attacker, victim.email, 'guess again')).status).toBe(429);
    // Even the right password is refused to the address that kept guessing...
    expect((await signIn(app, attacker, victim.email, PASSWORD)).status).toBe(429);
    // ...while the owner, elsewhere, gets in (slowed, not refused).
    expect((await signIn(app, '10.4.0.2', victim.email, PASSWORD)).status).toBe(200);

    // Guessing from many addresses slows the account down for everyone but locks nobody out.
    for (let i = 0; i < 3; i++) {
      expect((await signIn(app, `10.5.0.${i + 1}`, victim.email, 'spread guess')).status).toBe(401);
    }
    expect((await signIn(app, '10.4.0.3', victim.email, PASSWORD)).status).toBe(200);
  });

  it('keeps a per-address limit on failed sign-ins across accounts', async () => {
    const address = '10.6.0.1';
    const attempts = Array.from({ length: ADDRESS_BUDGET }, (_, i) =>
      signIn(app, address, `sprayed-${i}@example.org`, 'Winter2026!'),
    );
    expect((await Promise.all(attempts)).every((r) => r.status === 401)).toBe(true);
    const user = await signUp(app.url, 'Same address');
    expect((await signIn(app, address, user.email, PASSWORD)).status).toBe(429);
  });

  it('limits wrong current passwords when changing it, so a stolen session cannot guess it', async () => {
    const user = await signUp(app.url, 'Session holder');
    const change = (currentPassword: string) =>
      callApi(app.url, 'POST', '/api/account/password', {
        token: user.token,
        body: { currentPassword, newPassword: 'a new passphrase' },
      });
    for (let i = 0; i < abuseRules.passwordChange.points; i++) {
      expect((await change(`guess ${i}`)).status).toBe(400);
    }
    expect(await change(PASSWORD)).toMatchObject({
      status: 429,
      body: { error: { code: 'rate_limited' } },
    });
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('sign-in limits across instances', () => {
  let database: TestDatabase;
  let a: App;
  let b: App;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const env = { REDIS_URL: testRedisUrl, REDIS_PREFIX: uniqueRedisPrefix(), TRUST_PROXY: 'true' };
    a = await startTestServer(database, { env });
    b = await startTestServer(database, { env });
  });

  afterAll(async () => {
    await a?.close(2_000);
    await b?.close(2_000);
    await database?.drop();
  });

  it('shares the counts through Redis: failures on one instance count on the other', async () => {
    const user = await signUp(a.url, 'Shared');
    const attacker = '10.7.0.1';
    for (let i = 0; i < abuseRules.signInPair.points; i++) {
      const instance = i % 2 === 0 ? a : b;
      expect((await signIn(instance, attacker, user.email, `guess ${i}`)).status).toBe(401);
    }
    expect((await signIn(a, attacker, user.email, 'guess')).status).toBe(429);
    expect((await signIn(b, attacker, user.email, 'guess')).status).toBe(429);
    expect((await signIn(b, '10.7.0.2', user.email, PASSWORD)).status).toBe(200);
  });
});
