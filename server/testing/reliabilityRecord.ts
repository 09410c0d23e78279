import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where each fault or bad-input suite leaves its latest result (one JSON file per entry): an
 * ignored folder, so a test run changes no tracked file.
 */
const recordsDir = fileURLToPath(new URL('../../.reliability', import.meta.url));
/** The published records, from which RELIABILITY.md is built. */
const publishedDir = fileURLToPath(new URL('../../docs/reliability', import.meta.url));
const reportPath = fileURLToPath(new URL('../../RELIABILITY.md', import.meta.url));

/** What one reliability suite tried and what came of it, written by the test itself. */
export interface ReliabilityEntry {
  /** Stable file name, e.g. `fault-sigkill` or `soak-convergence`. */
  id: string;
  /** Section of the report. */
  area: 'Faults' | 'Scale-out' | 'Bad input' | 'Soak';
  /** The fault or bad input, in a few words. */
  fault: string;
  /** How it was injected and what was checked. */
  method: string;
  /** How many times it was tried (seeds, kills, frames, requests...). */
  trials: number;
  /** What happened, with the figures that matter (markers lost, time to recover...). */
  outcome: string;
  passed: boolean;
  /** The command that produces this entry. */
  command: string;
}

interface StoredEntry extends ReliabilityEntry {
  recordedAt: string;
}

/**
 * Records the latest result of a suite in `.reliability/`; `npm run reliability:report`
 * publishes the records and rewrites RELIABILITY.md from them.
 */
export function recordReliability(entry: ReliabilityEntry): void {
  mkdirSync(recordsDir, { recursive: true });
  const stored: StoredEntry = { ...entry, recordedAt: new Date().toISOString() };
  writeFileSync(join(recordsDir, `${entry.id}.json`), `${JSON.stringify(stored, null, 2)}\n`);
}

const areas: ReliabilityEntry['area'][] = ['Faults', 'Scale-out', 'Bad input', 'Soak'];

/** What the tables below test against: the behaviour the server promises. */
const DESIGN = [
  '**Acknowledged means stored.** The server tells a device "saved" only once the edit\'s row',
  'is committed to the update log in Postgres. A single instance applies and broadcasts an edit',
  'at once and holds only its acknowledgement; the log is written in arrival order, so nothing',
  'acknowledged can depend on an edit that was lost.',
  '',
  '**Postgres outages.** While Postgres is unreachable the server stays up: `/api/health`',
  'answers 200 and `/api/ready` 503 with the database error and the size of the unsaved',
  'backlog. With one instance, people in a room keep seeing each other type, but nothing is',
  'acknowledged, so every device shows "syncing" and keeps its own edits. The log retries with',
  'backoff (50 ms doubling to 5 s) and catches up as soon as the database is back. Opening a',
  'document during the outage is refused with "database-unavailable" and nothing stored is',
  'touched. A SIGTERM during an outage exits within the grace period; what it could not store',
  'was never acknowledged, and those devices send it again when they reconnect.',
  '',
  '**Several instances.** With `REDIS_URL`, instances share one Postgres and one Redis. Each',
  "stores its own clients' edits before applying them, and Redis only carries them live to the",
  'others, so losing Redis or an instance loses nothing acknowledged. Saves are appends and',
  'merges, never overwrites, and do not depend on the Redis lock. Votes, run commands,',
  'projections and automatic versions are serialised across instances with Postgres locks.',
  '',
];

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The JSON files of a folder, or none when it does not exist. */
function jsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
}

/**
 * Publishes the records of the latest runs (`.reliability/` into `docs/reliability/`, newer
 * entries replacing older ones) and builds RELIABILITY.md from every published entry.
 */
export function writeReliabilityReport(): void {
  mkdirSync(publishedDir, { recursive: true });
  for (const name of jsonFiles(recordsDir)) {
    copyFileSync(join(recordsDir, name), join(publishedDir, name));
  }
  const entries = jsonFiles(publishedDir)
    .map((name) => JSON.parse(readFileSync(join(publishedDir, name), 'utf8')) as StoredEntry)
    .sort((a, b) => a.id.localeCompare(b.id));
  const lines = [
    '# Reliability',
    '',
    'Generated from the fault, scale-out and bad-input tests: each suite records what it tried',
    'and what happened in `.reliability/<id>.json` (ignored by git, so a test run changes no',
    'tracked file); `npm run reliability:report` publishes those records to',
    '`docs/reliability/` and rewrites this file from them. Do not edit it by hand.',
    '`npm run test:unit` refreshes the integration entries; `npm run soak` the long variants.',
    '',
    ...DESIGN,
  ];
  for (const area of areas) {
    const inArea = entries.filter((entry) => entry.area === area);
    if (inArea.length === 0) continue;
    lines.push(`## ${area}`, '');
    lines.push('| Fault or input | How | Trials | Result | Outcome | Last run | Command |');
    lines.push('| --- | --- | ---: | --- | --- | --- | --- |');
    for (const entry of inArea) {
      lines.push(
        `| ${cell(entry.fault)} | ${cell(entry.method)} | ${entry.trials} | ${
          entry.passed ? 'pass' : '**FAIL**'
        } | ${cell(entry.outcome)} | ${entry.recordedAt.slice(0, 10)} | \`${cell(entry.command)}\` |`,
      );
    }
    lines.push('');
  }
  writeFileSync(reportPath, lines.join('\n'));
}
