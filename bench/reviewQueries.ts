/**
 * How long the principal's decision-log review takes to answer on a large log: pages with
 * filters, searches and deep offsets, due follow-ups, the overview counts and the CSV export,
 * each timed through ReviewService as the API calls it (median, min and max of 7 runs after
 * one warm-up). The team under review shares its tables with other teams, so every query has
 * to find its team's rows among theirs.
 *
 * `npm run bench:review [-- --backend postgres|pglite] [--decisions 5000] [--other-teams 10]`
 *
 * Postgres (the default) uses BENCH_DATABASE_URL, else TEST_DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/test as the admin connection: it creates a database of
 * its own there and drops it at the end, also when the run fails. PGlite runs in memory.
 */
import { randomUUID } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../db/openDatabase';
import type { Database } from '../db/schema';
import { ReviewService } from '../server/decisions/review/ReviewService';
import {
  generatedDecision,
  generatedMeetings,
  insertSeededLog,
} from '../server/testing/reviewFixture';
import { type ReviewQuery, reviewQuery } from '../shared/api/review';
import { todayIn } from '../shared/time/teamTime';

type Backend = 'postgres' | 'pglite';

interface Options {
  backend: Backend;
  /** Decisions in the team under review. */
  decisions: number;
  /** Other teams in the same tables, each with OTHER_TEAM_DECISIONS decisions. */
  otherTeams: number;
}

const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/test';
const OTHER_TEAM_DECISIONS = 2000;
const TIME_ZONE = 'America/Chicago';
const RUNS = 7;
/** The window of the due follow-ups request, in days, as the review screen asks for it. */
const DUE_WITHIN_DAYS = 14;

/** Page requests, as query strings the review screen sends. */
const PAGE_REQUESTS: { label: string; query: string }[] = [
  { label: 'default page', query: '' },
  { label: 'status filter', query: 'status=decided' },
  { label: 'search', query: 'q=photosynthesis' },
  { label: 'prefix search', query: 'q=photosynth' },
  { label: 'follow-up-task search', query: 'q=manipul' },
  { label: 'search + status, by title', query: 'q=exit&status=done&sort=title&order=asc' },
  {
    label: 'combined filters',
    query: 'q=photosynth&status=in-progress&owner=ann&student=s-a&from=2025-06-01&to=2026-10-31',
  },
  { label: 'owner, by decided', query: 'owner=lee&sort=decided' },
  { label: 'student, page 20', query: 'student=s-c&page=20' },
  { label: 'date range', query: 'from=2026-02-20&to=2026-02-28' },
  { label: 'deep page by status', query: 'sort=status&page=100&pageSize=25' },
];

function readOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      backend: { type: 'string', default: 'postgres' },
      decisions: { type: 'string', default: '5000' },
      'other-teams': { type: 'string', default: '10' },
    },
  });
  const { backend } = values;
  if (backend !== 'postgres' && backend !== 'pglite') {
    throw new Error(`--backend must be postgres or pglite, not ${backend}`);
  }
  return {
    backend,
    decisions: readCount('decisions', values.decisions, 1),
    otherTeams: readCount('other-teams', values['other-teams'], 0),
  };
}

function readCount(name: string, value: string, min: number): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < min) {
    throw new Error(`--${name} must be a whole number of at least ${min}, not ${value}`);
  }
  return count;
}

/** Runs one statement on the admin connection (create and drop database cannot be pooled). */
async function runAdminStatement(adminUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Where the bench keeps its data, and how to remove it. */
interface ScratchDatabase {
  databaseUrl?: string;
  dataDir?: string;
  drop(): Promise<void>;
}

async function createScratchDatabase(backend: Backend): Promise<ScratchDatabase> {
  if (backend === 'pglite') return { dataDir: 'memory://', drop: async () => undefined };
  const adminUrl =
    process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_ADMIN_URL;
  // A name of letters, digits and underscores only, so it is safe to splice into the DDL.
  const name = `bench_review_${randomUUID().replaceAll('-', '')}`;
  await runAdminStatement(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    databaseUrl: url.toString(),
    drop: () => runAdminStatement(adminUrl, `drop database if exists ${name} with (force)`),
  };
}

/** A team with `size` generated decisions, its meetings and follow-ups; returns its id. */
async function seedTeam(db: Kysely<Database>, size: number, now: Date): Promise<string> {
  const teamId = randomUUID();
  const today = todayIn(TIME_ZONE, now);
  await db.insertInto('teams').values({ id: teamId, name: 'Bench', timeZone: TIME_ZONE }).execute();
  const meetings = generatedMeetings(today);
  const decisions = Array.from({ length: size }, (_, i) =>
    generatedDecision(i, now, today, meetings),
  );
  await insertSeededLog(db, teamId, { meetings, decisions });
  return teamId;
}

/** Seeds the team under review and the other teams, then refreshes the planner's statistics. */
async function seed(db: Kysely<Database>, options: Options): Promise<string> {
  const now = new Date();
  const teamId = await seedTeam(db, options.decisions, now);
  for (let i = 0; i < options.otherTeams; i++) await seedTeam(db, OTHER_TEAM_DECISIONS, now);
  await sql`analyze`.execute(db);
  return teamId;
}

/** One request to time; it answers with a few words about its result, for the table. */
interface Request {
  label: string;
  detail: string;
  run(): Promise<string>;
}

function parseQuery(query: string): ReviewQuery {
  return reviewQuery.parse(Object.fromEntries(new URLSearchParams(query)));
}

function kilobytes(text: string): string {
  return `${Math.round(Buffer.byteLength(text) / 1024)} kB`;
}

function reviewRequests(service: ReviewService, teamId: string): Request[] {
  const pages = PAGE_REQUESTS.map(({ label, query }): Request => {
    const parsed = parseQuery(query);
    return {
      label,
      detail: query,
      run: async () => `${(await service.page(teamId, parsed)).total} matched`,
    };
  });
  const csv = (label: string, query: string): Request => {
    const parsed = parseQuery(query);
    return {
      label,
      detail: query,
      run: async () => {
        const { csv, truncated } = await service.exportCsv(teamId, parsed);
        return truncated ? `${kilobytes(csv)}, truncated` : kilobytes(csv);
      },
    };
  };
  return [
    ...pages,
    {
      label: 'due follow-ups',
      detail: `within ${DUE_WITHIN_DAYS} days`,
      run: async () => {
        const { overdue, dueSoon } = await service.dueFollowUps(teamId, DUE_WITHIN_DAYS);
        return `${overdue.length} overdue, ${dueSoon.length} soon`;
      },
    },
    {
      label: 'overview',
      detail: '',
      run: async () => {
        const { byStatus } = await service.overview(teamId);
        return `${byStatus.reduce((sum, { count }) => sum + count, 0)} decisions`;
      },
    },
    csv('CSV, whole log', ''),
    csv('CSV, filtered', 'q=photosynth'),
  ];
}

interface Timing {
  request: Request;
  /** Milliseconds, ascending. */
  runs: number[];
  result: string;
}

async function time(request: Request): Promise<Timing> {
  let result = await request.run();
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = await request.run();
    runs.push(performance.now() - start);
  }
  return { request, runs: runs.sort((a, b) => a - b), result };
}

function milliseconds(value: number | undefined): string {
  return value === undefined ? '-' : value.toFixed(1);
}

/** The timings as text columns: left-aligned words, right-aligned numbers. */
function formatTable(timings: Timing[]): string {
  const header = ['request', 'median', 'min', 'max', 'result', 'query'];
  const rows = timings.map(({ request, runs, result }) => [
    request.label,
    milliseconds(runs[Math.floor(runs.length / 2)]),
    milliseconds(runs[0]),
    milliseconds(runs.at(-1)),
    result,
    request.detail,
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const numeric = new Set([1, 2, 3]);
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return numeric.has(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

async function serverVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{
    version: string;
  }>`select current_setting('server_version') as version`.execute(db);
  return rows[0]?.version ?? 'unknown';
}

function describeMachine(): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  return `${model}, ${cpus.length} cores, node ${process.version}`;
}

async function measure(db: Kysely<Database>, options: Options): Promise<void> {
  const seedStart = performance.now();
  const teamId = await seed(db, options);
  const seedMs = Math.round(performance.now() - seedStart);

  const timings: Timing[] = [];
  for (const request of reviewRequests(new ReviewService(db), teamId)) {
    timings.push(await time(request));
  }

  const others = `${options.otherTeams} other teams × ${OTHER_TEAM_DECISIONS}`;
  console.log(`Decision-log review queries on ${options.backend} ${await serverVersion(db)}`);
  console.log(`${options.decisions} decisions in the team, ${others}; seeded in ${seedMs} ms`);
  console.log(`${describeMachine()}, ${new Date().toISOString()}`);
  console.log(`ms, median / min / max of ${RUNS} runs after one warm-up\n`);
  console.log(formatTable(timings));
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const scratch = await createScratchDatabase(options.backend);
  try {
    const handle = await openDatabase({
      databaseUrl: scratch.databaseUrl,
      dataDir: scratch.dataDir,
    });
    try {
      await measure(handle.db, options);
    } finally {
      await handle.close();
    }
  } finally {
    await scratch.drop();
  }
}

await main();
