import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/openDatabase';

/**
 * The environment variable naming a migrated, closed PGlite folder that test databases copy.
 * PGlite's initdb takes seconds per folder (about 6 s on a loaded 2-core machine); copying a
 * folder made once per run takes a tenth of a second.
 */
export const PGLITE_TEMPLATE_ENV = 'ILT_TEST_PGLITE_TEMPLATE';

/** Makes the template folder: a fresh PGlite database brought to the latest schema. */
export async function makePgliteTemplate(): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'ilt-pglite-template-'));
  const handle = await openDatabase({ dataDir: dir });
  await handle.close();
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Fills an empty folder from the run's template, if there is one; false when there is none. */
export function copyPgliteTemplate(into: string): boolean {
  const template = process.env[PGLITE_TEMPLATE_ENV];
  if (!template) return false;
  cpSync(template, into, { recursive: true });
  return true;
}
