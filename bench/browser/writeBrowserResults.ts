import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Distribution } from '../report/stats';
import type { InitialScript } from './initialJavaScript';

/** One typing run: the browser typing while `remoteEditors` others type too. */
export interface KeystrokeRun {
  remoteEditors: number;
  /** Keystroke-to-screen, ms. */
  latency: Distribution;
  /** Keys whose Event Timing (input to next paint) was over 16 ms, of `latency.count`. */
  slowByEventTiming: number;
  /** Longest Event Timing duration of a keyboard event, ms (0 when none reached 16 ms). */
  maxEventTiming: number;
  /** Characters the remote editors typed during the run. */
  remoteCharacters: number;
  seconds: number;
}

/** Everything one `npm run bench:browser` measured. */
export interface BrowserResults {
  date: string;
  chromium: string;
  /** The machine's 1-minute load average and core count when the run started. */
  load: { average: number; cores: number };
  initialJs: { totalGzipBytes: number; budgetBytes: number; scripts: InitialScript[] };
  runs: KeystrokeRun[];
}

const resultsDir = fileURLToPath(new URL('../results', import.meta.url));

const ms = (value: number) => value.toFixed(1);
const kB = (bytes: number) => (bytes / 1000).toFixed(1);

/** The results as a short Markdown report. */
export function formatBrowserResults(results: BrowserResults): string {
  const { initialJs } = results;
  return [
    `# Browser benchmark (${results.date}, Chromium ${results.chromium})`,
    '',
    `Load average at start: ${results.load.average.toFixed(1)} on ${results.load.cores} cores ` +
      '(above the core count, the figures include waiting for a CPU).',
    '',
    '## Keystroke to screen, purpose statement editor (ms)',
    '',
    '| remote editors | keys | p50 | p95 | p99 | max | keys over 16 ms (Event Timing) | remote chars |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...results.runs.map(
      ({ remoteEditors, latency, slowByEventTiming, maxEventTiming, remoteCharacters }) =>
        `| ${remoteEditors} | ${latency.count} | ${ms(latency.p50)} | ${ms(latency.p95)} | ` +
        `${ms(latency.p99)} | ${ms(latency.max)} | ${slowByEventTiming} (max ${maxEventTiming}) | ` +
        `${remoteCharacters} |`,
    ),
    '',
    `## Initial JavaScript: ${kB(initialJs.totalGzipBytes)} kB gzip ` +
      `(budget ${kB(initialJs.budgetBytes)} kB)`,
    '',
    '| script | size (kB) | gzip (kB) |',
    '| --- | --- | --- |',
    ...initialJs.scripts.map((s) => `| ${s.path} | ${kB(s.bytes)} | ${kB(s.gzipBytes)} |`),
    '',
  ].join('\n');
}

/** Writes `results/browser.json` and `results/browser.md`; returns the Markdown. */
export function writeBrowserResults(results: BrowserResults): string {
  mkdirSync(resultsDir, { recursive: true });
  const markdown = formatBrowserResults(results);
  writeFileSync(join(resultsDir, 'browser.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(resultsDir, 'browser.md'), markdown);
  return markdown;
}
