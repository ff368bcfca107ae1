// The CLI runs the built bundle; rebuild it first when the sources are newer.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const BUNDLE_PATH = join(REPO_ROOT, 'dist', 'Code.js');

/** The newest modification time of a file, or of any file below a directory; 0 when missing. */
function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export async function ensureBundle(): Promise<string> {
  const sources = ['src/core', 'src/gas', 'src/sidebar', 'src/main.ts', 'templates'];
  const newestSource = Math.max(...sources.map((p) => newestMtime(join(REPO_ROOT, p))));
  const built = existsSync(BUNDLE_PATH) ? statSync(BUNDLE_PATH).mtimeMs : 0;
  if (built < newestSource) {
    const { build } = (await import('../../../scripts/build.ts')) as {
      build: (opts?: { silent?: boolean }) => Promise<unknown>;
    };
    await build({ silent: true });
  }
  return BUNDLE_PATH;
}
