// Makes sure dist/ is the build of the current sources before any test runs: it rebuilds when a
// file of dist/ is missing or older than anything it is built from. A build that cannot be made
// (a module src/main.ts imports is missing, a template is broken…) fails the whole run, so no
// test can skip, or run against a stale bundle.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { TestProject } from 'vitest/node';
import { build, ROOT } from '../scripts/build.ts';

export interface RealBuild {
  /** `built`: rebuilt for this run; `fresh`: dist/ was already newer than every source. */
  status: 'built' | 'fresh';
  reason: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    realBuild: RealBuild;
  }
}

/** What dist/ is made of: a change to any of these makes it stale. */
export const BUILD_SOURCES = ['src', 'templates', 'scripts', 'appsscript.json'];
/** What the build writes; every one must exist. */
export const BUILD_OUTPUTS = ['Code.js', 'Sidebar.html', 'appsscript.json', 'globals.json'];

/** Relative modules that src/main.ts imports or re-exports but that don't exist. */
export function missingEntryModules(entry = path.join(ROOT, 'src/main.ts')): string[] {
  if (!existsSync(entry)) return [path.relative(ROOT, entry)];
  const source = ts.createSourceFile(entry, readFileSync(entry, 'utf8'), ts.ScriptTarget.Latest);
  const missing: string[] = [];
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const specifier = statement.moduleSpecifier;
    if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
    const file = path.resolve(path.dirname(entry), specifier.text);
    if (!existsSync(file)) missing.push(path.relative(ROOT, file));
  }
  return missing;
}

/** The newest modification time of a file or of any file below a folder (0 when absent). */
function newestMtime(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(file))
    newest = Math.max(newest, newestMtime(path.join(file, entry)));
  return newest;
}

/** Why dist/ must be rebuilt, or null when it is newer than every source. */
export function staleReason(root = ROOT): string | null {
  const dist = path.join(root, 'dist');
  const missing = BUILD_OUTPUTS.filter((f) => !existsSync(path.join(dist, f)));
  if (missing.length > 0) return `dist/ lacks ${missing.join(', ')}`;
  const built = Math.min(...BUILD_OUTPUTS.map((f) => statSync(path.join(dist, f)).mtimeMs));
  const newer = BUILD_SOURCES.filter((s) => newestMtime(path.join(root, s)) > built);
  return newer.length > 0 ? `${newer.join(', ')} changed after dist/ was built` : null;
}

export default async function setup(project: TestProject): Promise<void> {
  const missing = missingEntryModules();
  if (missing.length > 0)
    throw new Error(
      `Cannot build dist/: src/main.ts imports missing modules: ${missing.join(', ')}`,
    );
  const stale = staleReason();
  if (stale === null) {
    project.provide('realBuild', { status: 'fresh', reason: 'dist/ is newer than its sources' });
    return;
  }
  // A BuildError propagates: vitest reports it and runs no test.
  const result = await build();
  project.provide('realBuild', { status: 'built', reason: `${stale}: ${result.summary}` });
}
