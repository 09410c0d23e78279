/**
 * Issue 7, S4 and S5's storage figures: how fast a document with many edits opens cold from
 * Postgres, compacted plus a short log (a) and as a long log (b), against a bare
 * `Y.applyUpdate` of the same state; and how many bytes the log and the compacted state
 * hold per edit. The document is typed by simulated editors (see storage/typingSession) and
 * stored through the server's own queries and Compactor.
 *
 * `npm run bench:storage [-- --short]`: 100,000 edits (20,000 with --short). Postgres from
 * BENCH_DATABASE_URL, else TEST_DATABASE_URL, else the local server: a fresh database of its
 * own, dropped at the end. Writes results/storage.json and results/storage.md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Kysely } from 'kysely';
import { openDatabase } from '../db/openDatabase';
import type { Database } from '../db/schema';
import { Compactor } from '../server/persistence/Compactor';
import { createLogger } from '../server/logger';
import { createBenchDatabase } from './peers/benchDatabase';
import {
  bareApply,
  coldLoad,
  type LoadTiming,
  medianTiming,
  statementOf,
} from './storage/coldLoad';
import { type StorageResults, storageMarkdown } from './storage/report';
import {
  appendToLog,
  type BenchDocument,
  createBenchDocument,
  measureLog,
  measureLogTable,
  measureState,
  vacuumLog,
} from './storage/storedFixtures';
import { growthExponent, median } from './storage/timing';
import { simulateTyping } from './storage/typingSession';

const EDITORS = 10;
/** Log entries left after the compacted state in S4 (a). */
const SHORT_LOG = 100;
const RESULTS_DIR = path.join(import.meta.dirname, 'results');

const { values } = parseArgs({ options: { short: { type: 'boolean', default: false } } });
const edits = values.short ? 20_000 : 100_000;
const runs = values.short ? 5 : 15;
const logLengths = [edits / 8, edits / 4, edits / 2, edits];

/** A stored document to open, with the state it must load to. */
interface Case {
  document: BenchDocument;
  state: Uint8Array;
  timings: LoadTiming[];
  bareMs: number[];
}

async function compact(db: Kysely<Database>, document: BenchDocument): Promise<void> {
  const compactor = new Compactor(db, createLogger('silent'));
  await compactor.compactNow(document.name, document.teamId);
}

/** Opens every case `runs` times after one warm-up, round-robin, each beside its bare apply. */
async function measureCases(db: Kysely<Database>, cases: Case[]): Promise<void> {
  for (const item of cases) {
    const loaded = await coldLoad(db, item.document.name);
    if (loaded.statement !== statementOf(item.state)) {
      throw new Error(`${item.document.name} loaded to different content`);
    }
    bareApply(item.state);
  }
  for (let run = 0; run < runs; run++) {
    for (const item of cases) {
      item.bareMs.push(bareApply(item.state));
      item.timings.push((await coldLoad(db, item.document.name)).timing);
    }
  }
}

function newCase(document: BenchDocument, state: Uint8Array): Case {
  return { document, state, timings: [], bareMs: [] };
}

function figures(item: Case) {
  const load = medianTiming(item.timings);
  const bareMs = median(item.bareMs);
  // The fastest of the runs too: on a busy machine it is the better estimate of the cost.
  const minTotalMs = Math.min(...item.timings.map((t) => t.totalMs));
  const minBareMs = Math.min(...item.bareMs);
  return {
    ...load,
    bareMs,
    ratio: load.totalMs / bareMs,
    minTotalMs,
    minBareMs,
    minRatio: minTotalMs / minBareMs,
  };
}

async function main(): Promise<void> {
  const startedAt = new Date();
  console.log(`Typing ${edits} edits with ${EDITORS} simulated editors…`);
  const session = simulateTyping(edits, EDITORS, [...logLengths, edits - SHORT_LOG]);
  const finalState = session.statesAt.get(edits)!;
  const database = await createBenchDatabase();
  const handle = await openDatabase({ databaseUrl: database.url });
  const { db } = handle;
  try {
    console.log('Storing the logs…');
    // The longest log first, alone in the table, so the table's size is its size.
    const longLogs = new Map<number, BenchDocument>();
    const longest = await createBenchDocument(db);
    await appendToLog(db, longest, session.updates);
    longLogs.set(edits, longest);
    const table = await measureLogTable(db);
    const log = await measureLog(db, longest.name);
    for (const length of logLengths.slice(0, -1)) {
      const document = await createBenchDocument(db);
      await appendToLog(db, document, session.updates.slice(0, length));
      longLogs.set(length, document);
    }
    const shortLog = await createBenchDocument(db);
    await appendToLog(db, shortLog, session.updates.slice(0, edits - SHORT_LOG));
    await compact(db, shortLog);
    await appendToLog(db, shortLog, session.updates.slice(edits - SHORT_LOG));

    await vacuumLog(db);
    console.log(`Opening each document ${runs} times…`);
    const compactedCase = newCase(shortLog, finalState);
    const logCases = logLengths.map((n) => newCase(longLogs.get(n)!, session.statesAt.get(n)!));
    await measureCases(db, [compactedCase, ...logCases]);

    // S5: the whole log compacted, and how that opens.
    await compact(db, longest);
    await vacuumLog(db);
    const state = await measureState(db, longest.name);
    const fullyCompacted = newCase(longest, finalState);
    await measureCases(db, [fullyCompacted]);

    const logRows = logCases.map((item, i) => ({
      entries: logLengths[i]!,
      ...figures(item),
      usPerEntry: (medianTiming(item.timings).totalMs * 1000) / logLengths[i]!,
    }));
    const results: StorageResults = {
      startedAt: startedAt.toISOString(),
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}`,
      loadAverage: os.loadavg()[0]!,
      edits,
      editors: EDITORS,
      runs,
      finalCharacters: session.finalCharacters,
      finalStateBytes: finalState.length,
      compacted: { shortLog: SHORT_LOG, ...figures(compactedCase) },
      fullyCompacted: figures(fullyCompacted),
      longLog: {
        rows: logRows,
        totalExponent: growthExponent(logRows.map((r) => ({ x: r.entries, y: r.totalMs }))),
        applyExponent: growthExponent(logRows.map((r) => ({ x: r.entries, y: r.applyMs }))),
        readExponent: growthExponent(logRows.map((r) => ({ x: r.entries, y: r.readMs }))),
        minTotalExponent: growthExponent(logRows.map((r) => ({ x: r.entries, y: r.minTotalMs }))),
      },
      storage: { log, table, state },
    };
    const markdown = storageMarkdown(results);
    console.log(markdown);
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(path.join(RESULTS_DIR, 'storage.json'), JSON.stringify(results, null, 2));
    await writeFile(path.join(RESULTS_DIR, 'storage.md'), markdown);
  } finally {
    await handle.close();
    await database.drop();
  }
}

await main();
