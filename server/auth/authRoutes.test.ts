import { describe, expect, it } from 'vitest';
import { callApi, signUp } from '../testing/apiClient';
import { availableBackends } from '../testing/testDatabase';
import { useTestServer } from '../testing/useTestServer';

describe.each(availableBackends())('accounts API on %s', (backend) => {
  const fixture = useTestServer({ backend, team: false });

  it('signs up (201), logs in (200) and sets an HttpOnly SameSite cookie', async () => {
    const body = { email: 'Coach.Kim@School.org', password: 'a long passphrase', name: 'Kim' };
    const signup = await callApi(fixture.app.url, 'POST', '/api/auth/signup', { body });
    expect(signup.status).toBe(201);
    expect(signup.body).toMatchObject({ user: { email: 'coach.kim@school.org', name: 'Kim' } });

    const response = await fetch(`${fixture.app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'coach.kim@school.org', password: 'a long passphrase' }),
    });
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    expect(token).toMatch(/^[\w-]{40,}$/);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`ilt_session=${token}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);

    const me = await callApi(fixture.app.url, 'GET', '/api/auth/me', { token });
    expect(me).toEqual({ status: 200, body: { user: expect.objectContaining({ name: 'Kim' }) } });
  });

  it('answers 409 to a duplicate email and 401 to bad credentials, without saying which', async () => {
    const user = await signUp(fixture.app.url);
    const duplicate = await callApi(fixture.app.url, 'POST', '/api/auth/signup', {
      body: { email: user.email.toUpperCase(), password: 'another password', name: 'Copy' },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toEqual({ error: { code: 'email_taken', message: expect.any(String) } });

    const wrongPassword = await callApi(fixture.app.url, 'POST', '/api/auth/login', {
      body: { email: user.email, password: 'wrong password' },
    });
    const noSuchUser = await callApi(fixture.app.url, 'POST', '/api/auth/login', {
      body: { email: 'nobody@example.org', password: 'wrong password' },
    });
    expect(wrongPassword.status).toBe(401);
    expect(noSuchUser).toEqual(wrongPassword);
  });

  it.each([
    [{ email: 'not-an-email', password: 'long enough', name: 'X' }, 'email'],
    [{ email: 'x@example.org', password: 'short', name: 'X' }, 'password'],
    [{ email: 'x@example.org', password: 'long enough', name: '' }, 'name'],
    [{ email: 'x@example.org', password: 42, name: 'X' }, 'password'],
    [{ email: 'x@example.org', password: 'long enough', name: 'X', role: 'admin' }, 'role'],
  ])('answers 400 naming the problem for %j', async (body, field) => {
    const result = await callApi(fixture.app.url, 'POST', '/api/auth/signup', { body });
    expect(result.status).toBe(400);
    expect(result.body).toEqual({
      error: { code: 'invalid_input', message: expect.stringContaining(field) },
    });
  });

  it('answers 400 to malformed JSON and 413 to a huge body', async () => {
    const malformed = await fetch(`${fixture.app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":',
    });
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toMatchObject({ error: { code: 'invalid_json' } });
    const huge = await fetch(`${fixture.app.url}/api/auth/login`, {
      method: 'POST',
      body: JSON.stringify({ email: 'x@example.org', password: 'x'.repeat(200_000) }),
    });
    expect(huge.status).toBe(413);
  });

  it('creates and lists teams for the caller only', async () => {
    const principal = await signUp(fixture.app.url);
    const other = await signUp(fixture.app.url);
    const created = await callApi(fixture.app.url, 'POST', '/api/teams', {
      token: principal.token,
      body: { name: 'Roosevelt Middle ILT' },
    });
    expect(created.status).toBe(201);
    const { id } = created.body as { id: string };
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await callApi(fixture.app.url, 'GET', '/api/teams', { token: principal.token })).toEqual(
      {
        status: 200,
        body: { teams: [{ id, name: 'Roosevelt Middle ILT', role: 'principal' }] },
      },
    );
    expect(await callApi(fixture.app.url, 'GET', '/api/teams', { token: other.token })).toEqual({
      status: 200,
      body: { teams: [] },
    });
    expect(
      (await callApi(fixture.app.url, 'GET', `/api/teams/${id}`, { token: other.token })).status,
    ).toBe(404);
    expect((await callApi(fixture.app.url, 'GET', '/api/teams')).status).toBe(401);
  });
});
