import { availableParallelism, loadavg } from 'node:os';
import { chromiumLaunchOptions } from '../../e2e/support/chromium';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { type Browser, chromium, devices } from '@playwright/test';
import { purposeDocumentName } from '../../shared/documents/documentName';
import { SESSION_COOKIE } from '../../server/auth/tokens';
import { addToTeam, createTeam, signUp, type TestUser } from '../../server/testing/apiClient';
import { spawnServer } from '../../server/testing/spawnServer';
import { createTestDatabase } from '../../server/testing/testDatabase';
import { distribution } from '../report/stats';
import { startCpuProfile } from './cpuProfile';
import { INITIAL_JS_BUDGET_BYTES, readInitialScripts, totalGzipBytes } from './initialJavaScript';
import {
  installKeystrokeProbe,
  type KeystrokeProbe,
  SAMPLE_EVENT,
  waitForSamples,
} from './keystrokeProbe';
import { seedStatement, startRemoteEditors } from './remoteEditors';
import { type KeystrokeRun, writeBrowserResults } from './writeBrowserResults';

/**
 * `npm run bench:browser`: keystroke-to-screen in the purpose statement editor, in Chromium,
 * alone and with remote editors typing, plus the initial JavaScript's gzip size. Starts the
 * real server (which builds the client first when dist/ is missing or stale) on a fresh
 * Postgres database. Options: --keys 200 --remote 10 --rate 5 --interval 150 --warmup 20.
 */
const { values: options } = parseArgs({
  options: {
    keys: { type: 'string', default: '200' },
    remote: { type: 'string', default: '10' },
    rate: { type: 'string', default: '5' },
    interval: { type: 'string', default: '150' },
    warmup: { type: 'string', default: '20' },
  },
});
const KEYS = Number(options.keys);
const REMOTE = Number(options.remote);
/** Characters a second each remote editor types. */
const REMOTE_RATE = Number(options.rate);
/** Milliseconds from one browser keystroke to the next (150 ms: a quick typist). */
const INTERVAL_MS = Number(options.interval);
/** Keys typed first and not counted, while the page's code warms up. */
const WARMUP = Number(options.warmup);
/** BENCH_PROFILE_DIR: where to write a CPU profile of the page during the run with remote editors. */
const profileDir = process.env.BENCH_PROFILE_DIR;
const EDITOR_LABEL = 'Purpose statement';
const TEXT = 'every student reads and writes at grade level by june ';

async function runTyping(
  browser: Browser,
  baseUrl: string,
  principal: TestUser,
  remoteCount: number,
): Promise<KeystrokeRun> {
  const teamId = await createTeam(baseUrl, principal, `Bench ILT ${remoteCount} remote`);
  const documentName = purposeDocumentName(teamId);
  const remoteUsers = await Promise.all(
    Array.from({ length: remoteCount }, (_, i) => signUp(baseUrl, `Remote Editor ${i + 1}`)),
  );
  for (const user of remoteUsers) await addToTeam(baseUrl, principal, teamId, user, 'member');
  await seedStatement(baseUrl, documentName, principal.token, remoteCount);

  const context = await browser.newContext({ ...devices['Desktop Chrome'], baseURL: baseUrl });
  await context.addCookies([{ name: SESSION_COOKIE, value: principal.token, url: baseUrl }]);
  // tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(…)`;
  // the probe's functions run in the page, so the page needs that helper too.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  await page.goto(`/teams/${teamId}`);
  const ownParagraph = page.getByRole('textbox', { name: EDITOR_LABEL }).locator('p').first();
  await ownParagraph.filter({ hasText: 'Our purpose:' }).waitFor();

  const remote = await startRemoteEditors(
    baseUrl,
    documentName,
    remoteUsers.map((user) => user.token),
    REMOTE_RATE,
  );
  // Every remote caret is on screen before the first key.
  if (remoteCount > 0)
    await page
      .locator('.collaboration-carets__caret')
      .nth(remoteCount - 1)
      .waitFor();
  await ownParagraph.click();
  await page.keyboard.press('End');
  await page.evaluate(installKeystrokeProbe, {
    editorLabel: EDITOR_LABEL,
    sampleEvent: SAMPLE_EVENT,
  });

  const stopProfile =
    profileDir && remoteCount > 0
      ? await startCpuProfile(page, join(profileDir, `keystrokes-${remoteCount}-remote.cpuprofile`))
      : null;
  const typed: string[] = [];
  const remoteAtStart = remote.typed();
  const startedAt = performance.now();
  for (let i = 0; i < WARMUP + KEYS; i++) {
    if (i === WARMUP)
      await page.evaluate(() => {
        if (window.__keystrokeProbe) window.__keystrokeProbe.slowEvents = [];
      });
    const due = startedAt + i * INTERVAL_MS;
    if (due > performance.now()) await delay(due - performance.now());
    const char = TEXT[i % TEXT.length] ?? 'x';
    await page.keyboard.type(char);
    typed.push(char);
    await page.evaluate(waitForSamples, { count: i + 1, sampleEvent: SAMPLE_EVENT });
  }
  const seconds = (performance.now() - startedAt) / 1000;
  const remoteCharacters = remote.typed() - remoteAtStart;
  remote.stop();
  if (stopProfile) console.log(`Most self time in the page:\n${await stopProfile()}`);

  const probe = await page.evaluate(() => window.__keystrokeProbe as KeystrokeProbe);
  const shown = await ownParagraph.textContent();
  if (shown !== `Our purpose: ${typed.join('')}`)
    throw new Error(`the editor shows ${JSON.stringify(shown)}, not what was typed`);
  await context.close();

  const slowKeys = new Set(
    probe.slowEvents
      .filter((e) => e.name === 'keydown' && e.duration > 16)
      .map((e) => e.interactionId),
  );
  return {
    remoteEditors: remoteCount,
    latency: distribution(probe.samples.slice(WARMUP)),
    slowByEventTiming: slowKeys.size,
    maxEventTiming: Math.max(0, ...probe.slowEvents.map((e) => e.duration)),
    remoteCharacters,
    seconds,
  };
}

async function main() {
  process.env.TEST_DATABASE_URL ??=
    process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = await createTestDatabase('postgres');
  const server = await spawnServer(database, { SERVE_CLIENT: 'true' });
  const load = { average: loadavg()[0] ?? 0, cores: availableParallelism() };
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch(chromiumLaunchOptions);
    const scripts = readInitialScripts();
    const principal = await signUp(server.url, 'Bench Principal');
    const runs: KeystrokeRun[] = [];
    for (const remoteCount of [0, REMOTE]) {
      console.log(`typing ${KEYS} keys with ${remoteCount} remote editors…`);
      runs.push(await runTyping(browser, server.url, principal, remoteCount));
    }
    const markdown = writeBrowserResults({
      date: new Date().toISOString(),
      chromium: browser.version(),
      load,
      initialJs: {
        totalGzipBytes: totalGzipBytes(scripts),
        budgetBytes: INITIAL_JS_BUDGET_BYTES,
        scripts,
      },
      runs,
    });
    console.log(markdown);
    console.log('Written to bench/results/browser.json and browser.md');
  } finally {
    // The server and database go even when the browser never started.
    await browser?.close();
    server.child.kill('SIGTERM');
    await server.exited;
    await database.drop();
  }
}

await main();
