import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where `vite build` puts the client. */
export const clientDistDir = join(root, 'dist', 'client');

/** Newest modification time of the files below a folder (0 if it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Whether the built client is missing or older than its sources. */
export function isClientBuildStale(): boolean {
  const index = join(clientDistDir, 'index.html');
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  const sources = Math.max(
    newestMtime(join(root, 'client')),
    newestMtime(join(root, 'shared')),
    statSync(join(root, 'vite.config.ts')).mtimeMs,
  );
  return sources > built;
}

/** Builds the client with Vite when it is missing or stale. */
export async function ensureClientBuilt(log: (message: string) => void): Promise<void> {
  if (!isClientBuildStale()) return;
  log('Building the client…');
  const { build } = await import('vite');
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
}
