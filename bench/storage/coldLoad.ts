import { Document } from '@hocuspocus/server';
import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import { loadStoredDocument } from '../../db/queries/documents';
import type { Database } from '../../db/schema';
import { applyStoredDocument } from '../../server/util/storedDocument';
import { PURPOSE_STATEMENT_FIELD } from '../../shared/purpose/purposeDoc';
import { median } from './timing';

/** One cold load, split into the database read and applying what it returned. */
export interface LoadTiming {
  readMs: number;
  applyMs: number;
  totalMs: number;
}

/** Medians of several cold loads (each part's median on its own). */
export type LoadFigures = LoadTiming;

/**
 * Opens a document as the server does on first connection (DurablePersistence.onLoadDocument):
 * a new Hocuspocus Document, loadStoredDocument, then applyStoredDocument into it. Returns the
 * timing and the statement's text, to check the load against the expected content.
 */
export async function coldLoad(
  db: Kysely<Database>,
  documentName: string,
): Promise<{ timing: LoadTiming; statement: string }> {
  const document = new Document(documentName);
  const start = performance.now();
  const stored = await loadStoredDocument(db, documentName);
  const read = performance.now();
  applyStoredDocument(document, stored);
  const end = performance.now();
  const statement = document.getXmlFragment(PURPOSE_STATEMENT_FIELD).toString();
  document.destroy();
  return {
    timing: { readMs: read - start, applyMs: end - read, totalMs: end - start },
    statement,
  };
}

/** `Y.applyUpdate(new Y.Doc(), state)`, the floor a cold load is measured against. */
export function bareApply(state: Uint8Array): number {
  const doc = new Y.Doc();
  const start = performance.now();
  Y.applyUpdate(doc, state);
  const ms = performance.now() - start;
  doc.destroy();
  return ms;
}

/** The statement a state holds, for checking loads. */
export function statementOf(state: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const statement = doc.getXmlFragment(PURPOSE_STATEMENT_FIELD).toString();
  doc.destroy();
  return statement;
}

export function medianTiming(timings: readonly LoadTiming[]): LoadFigures {
  return {
    readMs: median(timings.map((t) => t.readMs)),
    applyMs: median(timings.map((t) => t.applyMs)),
    totalMs: median(timings.map((t) => t.totalMs)),
  };
}
