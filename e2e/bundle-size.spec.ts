import { expect, test } from '@playwright/test';
import {
  INITIAL_JS_BUDGET_BYTES,
  readInitialScripts,
  totalGzipBytes,
} from '../bench/browser/initialJavaScript';

// Reads the build that `npm run test:e2e` makes first (the same files the server serves), so
// an eager import of the editor, the charts or Yjs fails here before it slows a first visit.
test('the JavaScript loaded before any route renders stays within 250 kB gzip', () => {
  const scripts = readInitialScripts();
  const total = totalGzipBytes(scripts);
  const listing = scripts
    .map((script) => `${(script.gzipBytes / 1000).toFixed(1)} kB  ${script.path}`)
    .join('\n');
  expect(total, `initial scripts (gzip):\n${listing}`).toBeLessThanOrEqual(INITIAL_JS_BUDGET_BYTES);
});
