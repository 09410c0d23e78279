import * as Y from 'yjs';
import type { DocumentKindSpec, TeamDocument } from './documentKind';

/**
 * Every document carries the version of its kind's layout: the root map `layout`, key
 * `version`. A document without it is at version 1, the layout every document had before
 * layouts were versioned, so documents written before this module need no rewrite.
 */
export const LAYOUT_ROOT = 'layout';
const VERSION_KEY = 'version';

type Migratable = Pick<DocumentKindSpec<string, TeamDocument>, 'kind' | 'layout' | 'migrations'>;

/** The layout version a document was last written at. */
export function layoutVersionOf(doc: Y.Doc): number {
  const version = doc.getMap(LAYOUT_ROOT).get(VERSION_KEY);
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : 1;
}

/** Why a document cannot be read by this code: it was written by a newer layout. */
export class NewerLayoutError extends Error {
  constructor(
    readonly kind: string,
    readonly found: number,
    readonly known: number,
  ) {
    super(`This ${kind} document has layout ${found}; this server knows up to ${known}`);
  }
}

/**
 * Whether `spec` declares one migration for every step from version 1 to its layout's
 * version (the registry test checks every kind with it).
 */
export function missingMigrations(spec: Migratable): number[] {
  const missing: number[] = [];
  for (let from = 1; from < spec.layout.version; from++) {
    if (typeof spec.migrations[from] !== 'function') missing.push(from);
  }
  return missing;
}

/**
 * Upgrades `doc` to its kind's current layout, one step at a time, in one transaction with
 * `origin` (the server logs its own changes like any other), and stamps the new version.
 * Returns the steps applied: none when the document is current. A document written by a
 * newer layout is left alone and refused (`NewerLayoutError`): this code would misread it.
 */
export function migrateDocument(doc: Y.Doc, spec: Migratable, origin?: unknown): number {
  const from = layoutVersionOf(doc);
  const to = spec.layout.version;
  if (from > to) throw new NewerLayoutError(spec.kind, from, to);
  if (from === to) return 0;
  doc.transact(() => {
    for (let version = from; version < to; version++) {
      const step = spec.migrations[version];
      if (!step) throw new Error(`${spec.kind}: no migration from layout ${version}`);
      step(doc);
    }
    doc.getMap(LAYOUT_ROOT).set(VERSION_KEY, to);
  }, origin);
  return to - from;
}

/** A document's state read into a fresh document at the current layout (a version's, say). */
export function readMigrated(state: Uint8Array, spec: Migratable): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  migrateDocument(doc, spec);
  return doc;
}
