import { beforeAll, describe, expect, it } from 'vitest';
import type { PendingInviteList } from '../../shared/api/teams';
import { callApi, createTeam, signUp, type TestUser } from '../testing/apiClient';
import { useTestServer } from '../testing/useTestServer';

/**
 * A page on another origin, visited by a signed-in principal, sends requests with the
 * principal's cookie: forms and `text/plain` fetches need no permission from us. None of them
 * may change anything; requests from our own page and native clients with a token still work.
 */
describe('cross-site requests to the API', () => {
  const fixture = useTestServer({
    backend: 'pglite',
    team: false,
    env: { ALLOWED_ORIGINS: 'https://partner.example, https://other.example' },
  });
  let principal: TestUser;
  let teamId: string;

  beforeAll(async () => {
    principal = await signUp(fixture.app.url, 'Principal');
    teamId = await createTeam(fixture.app.url, principal);
  });

  /** A request that authenticates with the session cookie only, as a browser sends it. */
  const withCookie = (
    path: string,
    init: { method?: string; headers?: Record<string, string>; body?: string },
  ) =>
    fetch(`${fixture.app.url}${path}`, {
      method: init.method ?? 'POST',
      headers: { cookie: `ilt_session=${principal.token}`, ...init.headers },
      ...(init.body === undefined ? {} : { body: init.body }),
    });
  const invitesPath = () => `/api/teams/${teamId}/invites`;
  const pendingInvites = async () =>
    (
      (await callApi(fixture.app.url, 'GET', invitesPath(), { token: principal.token }))
        .body as PendingInviteList
    ).invites.length;
  const inviteBody = JSON.stringify({ role: 'member' });

  it('refuses bodies a foreign page can send without a preflight', async () => {
    const before = await pendingInvites();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']) {
      const response = await withCookie(invitesPath(), {
        headers: { 'content-type': type },
        body: inviteBody,
      });
      expect(response.status).toBe(415);
      expect(await response.json()).toMatchObject({ error: { code: 'unsupported_media_type' } });
    }
    // A form that posts nothing at all, to sign the principal out everywhere.
    const emptyForm = await withCookie('/api/auth/logout-all', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(emptyForm.status).toBe(415);
    expect(await pendingInvites()).toBe(before);
    expect(
      (await callApi(fixture.app.url, 'GET', '/api/auth/me', { token: principal.token })).status,
    ).toBe(200);
  });

  it('refuses cookie requests whose Origin or Sec-Fetch-Site names another site', async () => {
    const before = await pendingInvites();
    const foreign: Record<string, string>[] = [
      { origin: 'https://evil.example' },
      // Same site, other port: SameSite=Lax sends the cookie, the origin check does not let it in.
      { origin: new URL(fixture.app.url).origin.replace(/:\d+$/, ':1') },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of foreign) {
      const response = await withCookie(invitesPath(), {
        headers: { 'content-type': 'application/json', ...headers },
        body: inviteBody,
      });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'cross_site' } });
    }
    expect(await pendingInvites()).toBe(before);
  });

  it('accepts our own page, listed origins and native clients with a token', async () => {
    const before = await pendingInvites();
    const own = await withCookie(invitesPath(), {
      headers: {
        'content-type': 'application/json',
        origin: fixture.app.url,
        'sec-fetch-site': 'same-origin',
      },
      body: inviteBody,
    });
    expect(own.status).toBe(201);
    const listed = await withCookie(invitesPath(), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        origin: 'https://partner.example',
        'sec-fetch-site': 'cross-site',
      },
      body: inviteBody,
    });
    expect(listed.status).toBe(201);
    // A bearer token is never sent by a browser on its own: its origin does not matter.
    const native = await fetch(`${fixture.app.url}${invitesPath()}`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${principal.token}`,
        'content-type': 'application/json',
        origin: 'https://tool.example',
      },
      body: inviteBody,
    });
    expect(native.status).toBe(201);
    expect(await pendingInvites()).toBe(before + 3);
  });

  it('takes a file only as multipart on the upload route', async () => {
    const runs = await callApi(fixture.app.url, 'POST', `/api/teams/${teamId}/runs`, {
      token: principal.token,
      body: { protocolId: 'notice-and-wonder', title: 'Data dive' },
    });
    expect(runs.status).toBe(201);
    const { id: runId } = runs.body as { id: string };
    const asJson = await callApi(
      fixture.app.url,
      'POST',
      `/api/teams/${teamId}/runs/${runId}/artifacts`,
      {
        token: principal.token,
        body: {},
      },
    );
    expect(asJson).toMatchObject({
      status: 415,
      body: { error: { code: 'unsupported_media_type' } },
    });
  });
});
