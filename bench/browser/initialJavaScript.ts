import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Where `vite build` writes the client (vite.config.ts `build.outDir`). */
export const builtClientDir = fileURLToPath(new URL('../../dist/client', import.meta.url));

/**
 * Issue 7's budget for the JavaScript a browser fetches before any route renders: 250 kB of
 * gzip, in Vite's units (1 kB = 1,000 bytes).
 */
export const INITIAL_JS_BUDGET_BYTES = 250_000;

/** One script the built index.html loads up front. */
export interface InitialScript {
  /** As written in index.html, e.g. `/assets/index-abc123.js`. */
  path: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * The entry script and every module it preloads, as listed in the built index.html, with
 * their size and gzip size (default level, as a server would compress them). Throws when
 * the build is missing, so a guard on it cannot pass by reading nothing.
 */
export function readInitialScripts(clientDir = builtClientDir): InitialScript[] {
  const html = readFileSync(join(clientDir, 'index.html'), 'utf8');
  const paths = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  if (!paths.some((path) => path.endsWith('.js')))
    throw new Error(`${clientDir}/index.html loads no script: is it a Vite build?`);
  return paths.map((path) => {
    const content = readFileSync(join(clientDir, path));
    return { path, bytes: content.length, gzipBytes: gzipSync(content).length };
  });
}

/** Sum of the gzip sizes. */
export function totalGzipBytes(scripts: InitialScript[]): number {
  return scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
}
