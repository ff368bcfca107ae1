// The CLI runs the built bundle; rebuild it first when the sources are newer.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BUNDLE_PATH = join(REPO_ROOT, 'dist', 'Code.js');

function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

export async function ensureBundle(): Promise<string> {
  const sources = ['src/core', 'src/gas', 'src/sidebar', 'src/main.ts', 'templates'].map((p) =>
    join(REPO_ROOT, p),
  );
  const newestSource = Math.max(
    ...sources.map((p) =>
      existsSync(p) && statSync(p).isDirectory()
        ? newestMtime(p)
        : existsSync(p)
          ? statSync(p).mtimeMs
          : 0,
    ),
  );
  const built = existsSync(BUNDLE_PATH) ? statSync(BUNDLE_PATH).mtimeMs : 0;
  if (built < newestSource) {
    const { build } = (await import('../../../scripts/build.ts')) as {
      build: (opts?: { silent?: boolean }) => Promise<unknown>;
    };
    await build({ silent: true });
  }
  return BUNDLE_PATH;
}
