// Runs the real build (src/main.ts → dist/) once before all tests, and tells the tests how it went.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { TestProject } from 'vitest/node';
import { build, ROOT } from '../scripts/build.ts';

export interface RealBuild {
  /** `skipped`: a module src/main.ts imports doesn't exist yet. */
  status: 'built' | 'skipped' | 'failed';
  reason: string;
  durationMs: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    realBuild: RealBuild;
  }
}

/** Relative modules that src/main.ts imports or re-exports but that don't exist yet. */
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

export default async function setup(project: TestProject): Promise<void> {
  const missing = missingEntryModules();
  if (missing.length > 0) {
    project.provide('realBuild', {
      status: 'skipped',
      reason: `src/main.ts imports modules that don't exist yet: ${missing.join(', ')}`,
      durationMs: 0,
    });
    return;
  }
  try {
    const result = await build();
    project.provide('realBuild', {
      status: 'built',
      reason: result.summary,
      durationMs: result.durationMs,
    });
  } catch (error) {
    project.provide('realBuild', {
      status: 'failed',
      reason: error instanceof Error ? error.message : String(error),
      durationMs: 0,
    });
  }
}
