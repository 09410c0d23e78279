import AxeBuilder from '@axe-core/playwright';
import {
  test as base,
  type Browser,
  type BrowserContext,
  expect,
  type Page,
} from '@playwright/test';

/**
 * Content-Security-Policy violations seen in the running test's browser contexts. Module state
 * is safe here: a worker runs one test at a time, and the `failOnCspViolations` fixture empties
 * it before each test.
 */
const cspViolations: string[] = [];

/**
 * Records every CSP violation in a context, on each page it opens: the message the browser
 * logs and the page's `securitypolicyviolation` event (which also names the source line).
 */
async function watchCsp(context: BrowserContext): Promise<BrowserContext> {
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      cspViolations.push(`console on ${message.page()?.url()}: ${message.text()}`);
    }
  });
  await context.exposeBinding('reportCspViolation', (_source, report: string) => {
    cspViolations.push(report);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const page = window as unknown as { reportCspViolation(report: string): Promise<void> };
      void page.reportCspViolation(
        `${event.effectiveDirective} refused ${event.blockedURI || 'inline'} on ${event.documentURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return context;
}

/** Opens a browser context whose pages fail the test on a CSP violation, like `page`'s. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  return watchCsp(await browser.newContext());
}

/**
 * Playwright's test with the server's address (chosen at run time) as the base URL, failing on
 * any CSP violation in `page`, `context` or a context from `newContext`.
 */
export const test = base.extend<{ failOnCspViolations: void }>({
  baseURL: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url) throw new Error('E2E_BASE_URL is not set: run through playwright.config.ts');
    await use(url);
  },
  context: async ({ context }, use) => {
    await use(await watchCsp(context));
  },
  failOnCspViolations: [
    async ({}, use) => {
      cspViolations.length = 0;
      await use();
      expect(cspViolations, 'Content Security Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Fails the test on any serious or critical accessibility violation on the page as it is. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(blocking, `accessibility violations on ${page.url()}`).toEqual([]);
}
