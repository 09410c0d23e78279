import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, startApp } from '../app';
import { readEnv } from '../config';
import { createLogger } from '../logger';
import { callApi, createTeam, signUp } from '../testing/apiClient';
import { createTestDatabase, type TestDatabase } from '../testing/testDatabase';

const PAGE_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
  "form-action 'self'; frame-ancestors 'none'";

/** A 1×1 PNG, the smallest student work the upload accepts. */
const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
]);

/** The headers this file is about, null when absent. */
function securityHeadersOf(response: Response) {
  const pick = (name: string) => response.headers.get(name);
  return {
    status: response.status,
    csp: pick('content-security-policy'),
    nosniff: pick('x-content-type-options'),
    referrer: pick('referrer-policy'),
    frames: pick('x-frame-options'),
    hsts: pick('strict-transport-security'),
  };
}

describe('security headers and source maps', () => {
  const databases: TestDatabase[] = [];
  const apps: App[] = [];
  let clientDir: string;
  /** Defaults: no proxy trusted, source maps hidden. */
  let plain: App;
  /** Behind a TLS-terminating proxy, serving source maps. */
  let proxied: App;

  /** The real server with a built client of three files, on its own database. */
  const start = async (overrides: Record<string, string>) => {
    const database = await createTestDatabase('pglite');
    databases.push(database);
    const env = readEnv({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: database.dataDir,
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      ...overrides,
    });
    const app = await startApp({ env, logger: createLogger(env.LOG_LEVEL), clientDir });
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    clientDir = mkdtempSync(join(tmpdir(), 'ilt-client-'));
    mkdirSync(join(clientDir, 'assets'));
    writeFileSync(
      join(clientDir, 'index.html'),
      '<!doctype html><script type="module" src="/assets/index.js"></script>',
    );
    writeFileSync(join(clientDir, 'assets', 'index.js'), '//# sourceMappingURL=index.js.map\n');
    writeFileSync(join(clientDir, 'assets', 'index.js.map'), '{"version":3,"sources":[]}');
    [plain, proxied] = await Promise.all([
      start({}),
      start({ TRUST_PROXY: 'true', SERVE_SOURCE_MAPS: 'true' }),
    ]);
  });

  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close(2_000)));
    await Promise.all(databases.map((database) => database.drop()));
    if (clientDir) rmSync(clientDir, { recursive: true, force: true });
  });

  it('sends the policy with the page, on its own address and on client-side routes', async () => {
    const pages = await Promise.all(
      ['/', '/teams/some-team'].map((path) => fetch(plain.url + path)),
    );
    const expected = {
      status: 200,
      csp: PAGE_POLICY,
      nosniff: 'nosniff',
      referrer: 'same-origin',
      frames: 'SAMEORIGIN',
      hsts: null,
    };
    expect(pages.map(securityHeadersOf)).toEqual([expected, expected]);
  });

  it('sends the same headers with API answers, errors included', async () => {
    const answers = await Promise.all(
      ['/api/health', '/api/no-such-route'].map((path) => fetch(plain.url + path)),
    );
    const expected = {
      csp: PAGE_POLICY,
      nosniff: 'nosniff',
      referrer: 'same-origin',
      frames: 'SAMEORIGIN',
      hsts: null,
    };
    expect(answers.map(securityHeadersOf)).toEqual([
      { status: 200, ...expected },
      { status: 404, ...expected },
    ]);
  });

  it('sends HSTS only over HTTPS, seen through a trusted proxy', async () => {
    const hstsOf = async (app: App, proto: string | null) => {
      const headers: Record<string, string> = proto ? { 'x-forwarded-proto': proto } : {};
      return (await fetch(`${app.url}/api/health`, { headers })).headers.get(
        'strict-transport-security',
      );
    };
    const seen = await Promise.all([
      hstsOf(proxied, 'https'),
      hstsOf(proxied, 'http'),
      hstsOf(proxied, null),
      // Without TRUST_PROXY, anyone can send the header: the request was plain HTTP.
      hstsOf(plain, 'https'),
    ]);
    expect(seen).toEqual([expect.stringMatching(/^max-age=[1-9]\d{6,}/), null, null, null]);
  });

  it('keeps the sandboxing policy of student work, adding only what it lacks', async () => {
    const principal = await signUp(plain.url, 'Principal Pat');
    const teamId = await createTeam(plain.url, principal);
    const run = await callApi(plain.url, 'POST', `/api/teams/${teamId}/runs`, {
      token: principal.token,
      body: { protocolId: 'notice-and-wonder', title: 'Looking at work' },
    });
    const form = new FormData();
    form.set('file', new Blob([PNG], { type: 'image/png' }), 'work.png');
    const runId = (run.body as { id: string }).id;
    const upload = await fetch(`${plain.url}/api/teams/${teamId}/runs/${runId}/artifacts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${principal.token}` },
      body: form,
    });
    const { id } = (await upload.json()) as { id: string };
    const served = await fetch(`${plain.url}/api/teams/${teamId}/artifacts/${id}`, {
      headers: { authorization: `Bearer ${principal.token}` },
    });
    expect(securityHeadersOf(served)).toEqual({
      status: 200,
      csp: "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      nosniff: 'nosniff',
      referrer: 'same-origin',
      // The artifact viewer frames it in the app's own page.
      frames: 'SAMEORIGIN',
      hsts: null,
    });
  });

  it('answers 404 to source maps unless SERVE_SOURCE_MAPS=true', async () => {
    const statusOf = async (app: App, path: string) => (await fetch(app.url + path)).status;
    const statuses = await Promise.all([
      statusOf(plain, '/assets/index.js'),
      statusOf(plain, '/assets/index.js.map'),
      statusOf(plain, '/assets/INDEX.JS.MAP'),
      statusOf(proxied, '/assets/index.js.map'),
    ]);
    expect(statuses).toEqual([200, 404, 404, 200]);
  });
});
