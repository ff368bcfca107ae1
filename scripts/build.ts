// `npm run build`: templates/*.json checked, src/main.ts bundled into a lazy Code.js with one
// top-level wrapper per export, the manifest written, and the sidebar inlined into one HTML file.
//
//   dist/Code.js          wrappers + the bundle (the bundle's body runs on first call, not on load)
//   dist/appsscript.json  the manifest (scripts/manifest.ts)
//   dist/Sidebar.html     src/sidebar/index.html with style.css and the bundled main.ts inlined
//   dist/globals.json     the generated globals, for tests (not pushed: see .claspignore)
//
// SAURO_BUNDLE_REPORT=1 also prints what Code.js's bundle is made of (esbuild's metafile: bytes
// in the output by folder and by file), to see where its size comes from.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { templateSchema } from '../src/core/sheet/template.ts';
import {
  BUNDLE_ACCESSOR,
  BUNDLE_CACHE,
  generateGlobals,
  GlobalsError,
  type GlobalFunction,
} from './globals.ts';
import { renderManifest } from './manifest.ts';
import { lazyUnicodeRegExps } from './regexps.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface BuildOptions {
  /** Server entry point. Default `src/main.ts`. Relative paths are resolved against the repo root. */
  entry?: string;
  /** Output directory. Default `dist`. */
  outDir?: string;
  /** Folder of table layouts to validate. Default `templates`. */
  templatesDir?: string;
  /** Folder holding the sidebar's index.html, style.css and main.ts. Default `src/sidebar`. */
  sidebarDir?: string;
  /** Don't print the summary line. */
  silent?: boolean;
}

export interface BuildResult {
  /** Absolute output directory. */
  outDir: string;
  /** Absolute paths of the files written. */
  files: { code: string; manifest: string; sidebar: string; globals: string };
  /** Sizes in bytes (UTF-8). */
  sizes: { code: number; sidebar: number };
  /** One entry per top-level Apps Script function, in the entry's export order. */
  globals: GlobalFunction[];
  /** How many of the globals are custom functions (`@customfunction`). */
  customFunctions: number;
  /** Ids of the validated templates, in file name order. */
  templates: string[];
  durationMs: number;
  /** The line printed at the end of the build. */
  summary: string;
}

/** A build failure with a message meant for people (no stack trace needed). */
export class BuildError extends Error {
  override name = 'BuildError';
}

/** The bundle's array of regular expressions made on first use (scripts/regexps.ts). */
const REGEXP_CACHE = '__sauro_re';

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now();
  const at = (p: string): string => path.resolve(ROOT, p);
  const entry = at(options.entry ?? 'src/main.ts');
  const outDir = at(options.outDir ?? 'dist');
  const templatesDir = at(options.templatesDir ?? 'templates');
  const sidebarDir = at(options.sidebarDir ?? 'src/sidebar');

  // esbuild works in its own process: start both bundles, then do the synchronous checks.
  const serverBundle = bundleServer(entry);
  const sidebarScript = bundleSidebar(path.join(sidebarDir, 'main.ts'));
  // Don't leave a rejection unhandled if a synchronous step below throws first.
  serverBundle.catch(() => undefined);
  sidebarScript.catch(() => undefined);

  const templates = await validateTemplates(templatesDir);

  let generated: ReturnType<typeof generateGlobals>;
  try {
    generated = generateGlobals(entry, ROOT);
  } catch (error) {
    if (error instanceof GlobalsError) throw new BuildError(error.message);
    throw error;
  }

  const manifest = renderManifest();
  const server = await serverBundle;
  const code = renderCode(generated.code, server.text, rel(entry));
  const sidebar = renderSidebar(
    await readSource(path.join(sidebarDir, 'index.html')),
    await readSource(path.join(sidebarDir, 'style.css')),
    await sidebarScript,
  );

  const files = {
    code: path.join(outDir, 'Code.js'),
    manifest: path.join(outDir, 'appsscript.json'),
    sidebar: path.join(outDir, 'Sidebar.html'),
    globals: path.join(outDir, 'globals.json'),
  };
  await mkdir(outDir, { recursive: true });
  await Promise.all([
    writeFile(files.code, code),
    writeFile(files.manifest, manifest),
    writeFile(files.sidebar, sidebar),
    writeFile(files.globals, `${JSON.stringify(generated.globals, null, 2)}\n`),
  ]);

  const sizes = { code: Buffer.byteLength(code), sidebar: Buffer.byteLength(sidebar) };
  const customFunctions = generated.globals.filter((g) => g.isCustomFunction).length;
  const durationMs = Math.round(performance.now() - started);
  const summary =
    `built ${rel(outDir)}: Code.js ${kB(sizes.code)}, Sidebar.html ${kB(sizes.sidebar)}, ` +
    `${generated.globals.length} globals (${customFunctions} custom functions), ` +
    `${templates.length} templates, in ${durationMs} ms`;
  if (!options.silent) console.log(summary);
  if (!options.silent && process.env.SAURO_BUNDLE_REPORT === '1') {
    console.log(bundleReport(server.inputs));
  }
  return {
    outDir,
    files,
    sizes,
    globals: generated.globals,
    customFunctions,
    templates,
    durationMs,
    summary,
  };
}

/** Parses every templates/*.json against the Template schema; all problems are reported at once. */
async function validateTemplates(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    throw new BuildError(`${rel(dir)}: templates folder not found`);
  }
  const problems: string[] = [];
  const ids = new Map<string, string>();
  for (const name of names) {
    const file = rel(path.join(dir, name));
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path.join(dir, name), 'utf8'));
    } catch (error) {
      problems.push(
        `${file}: not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      );
      continue;
    }
    const parsed = templateSchema().safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
        problems.push(`${file}: ${where}: ${issue.message}`);
      }
      continue;
    }
    const other = ids.get(parsed.data.id);
    if (other) problems.push(`${file}: id: "${parsed.data.id}" is already used by ${other}`);
    ids.set(parsed.data.id, file);
  }
  if (problems.length > 0) {
    throw new BuildError(`invalid template:\n  ${problems.join('\n  ')}`);
  }
  return [...ids.keys()];
}

async function bundleServer(entry: string): Promise<EsbuildOutput> {
  const output = await runEsbuild(entry, {
    // An ES module, whose closing `export { … }` renderCode turns into the object the lazy
    // accessor returns (esbuild's IIFE would build it with getters and helpers when it starts).
    format: 'esm',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // Every recalculation of a custom function loads the whole file: keep it small (≤ 200 KiB).
    // Local names are shortened; function and class names are kept (keepNames sets their `name`,
    // which is what V8 — so Apps Script — prints in a stack trace).
    // SAURO_MINIFY=0 keeps it readable whole (for profiling).
    minify: process.env.SAURO_MINIFY !== '0',
    keepNames: true,
    metafile: true,
  });
  // Property escapes (\p{L}…) cost V8 an ICU look-up each time it parses the code around them.
  const result = lazyUnicodeRegExps(output.text, REGEXP_CACHE).code;
  const forbidden: [RegExp, string][] = [
    [/(?<![\w$.])require\s*\(/, 'require('],
    [/(?<![\w$.])process\.[A-Za-z_$]/, 'process.'],
    [/\btypeof\s+(?:process|require)\b/, 'typeof process/require'],
  ];
  for (const [pattern, label] of forbidden) {
    const match = pattern.exec(result);
    if (match) {
      const line = result.slice(0, match.index).split('\n').length;
      throw new BuildError(
        `${rel(entry)}: the bundle references ${label} (bundle line ${line}); Apps Script has no Node globals — ` +
          `an import pulls in Node-only code`,
      );
    }
  }
  return { ...output, text: result };
}

async function bundleSidebar(entry: string): Promise<string> {
  return (await runEsbuild(entry, { format: 'iife', target: 'es2019', platform: 'browser' })).text;
}

interface EsbuildOutput {
  text: string;
  /** Bytes each input file contributes to the output (with `metafile: true`; else empty). */
  inputs: Record<string, number>;
}

async function runEsbuild(entry: string, options: esbuild.BuildOptions): Promise<EsbuildOutput> {
  let result: esbuild.BuildResult<{ write: false }>;
  try {
    result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      write: false,
      charset: 'utf8',
      legalComments: 'none',
      minify: false,
      logLevel: 'silent',
      ...options,
    });
  } catch (error) {
    const failure = error as Partial<esbuild.BuildFailure>;
    const messages = failure.errors
      ? await esbuild.formatMessages(failure.errors, { kind: 'error' })
      : [String(error)];
    throw new BuildError(`bundling ${rel(entry)} failed:\n${messages.join('\n')}`);
  }
  if (result.warnings.length > 0) {
    const messages = await esbuild.formatMessages(result.warnings, { kind: 'warning' });
    console.warn(messages.join('\n'));
  }
  const output = result.outputFiles[0];
  if (!output) throw new BuildError(`bundling ${rel(entry)} produced no output`);
  const inputs: Record<string, number> = {};
  for (const meta of Object.values(result.metafile?.outputs ?? {})) {
    for (const [file, { bytesInOutput }] of Object.entries(meta.inputs))
      inputs[file] = bytesInOutput;
  }
  return { text: output.text, inputs };
}

/** The bundle's bytes by folder (two levels under src/, the package under node_modules/) and its largest files. */
function bundleReport(inputs: Record<string, number>, top = 25): string {
  const total = Object.values(inputs).reduce((a, b) => a + b, 0);
  const folders = new Map<string, number>();
  for (const [file, bytes] of Object.entries(inputs)) {
    const parts = file.split('/');
    const depth = parts[0] === 'node_modules' ? (parts[1]?.startsWith('@') ? 3 : 2) : 3;
    const folder = parts.length > depth ? parts.slice(0, depth).join('/') : file;
    folders.set(folder, (folders.get(folder) ?? 0) + bytes);
  }
  const line = ([name, bytes]: [string, number]): string =>
    `  ${bytes.toLocaleString('en-US').padStart(8)}  ${((100 * bytes) / total).toFixed(1).padStart(5)} %  ${name}`;
  const bySize = (a: [string, number], b: [string, number]): number => b[1] - a[1];
  return [
    `bundle of Code.js: ${total.toLocaleString('en-US')} bytes from ${Object.keys(inputs).length} files (wrappers not counted)`,
    'by folder:',
    ...[...folders].sort(bySize).map(line),
    `largest ${top} files:`,
    ...Object.entries(inputs).sort(bySize).slice(0, top).map(line),
  ].join('\n');
}

/**
 * Code.js: the wrappers, then the bundle (an ES module) inside a memoised accessor, so that loading
 * the file (which Apps Script does before every call) runs nothing. The module's closing
 * `export { local as name, … }` becomes `return { name: local, … }` (functions never reassigned,
 * so plain properties are the same as esbuild's live bindings).
 */
function renderCode(wrappers: string, module: string, entry: string): string {
  const exportClause = /\bexport\s*\{([^{}]*)\}\s*;?\s*$/.exec(module);
  if (!exportClause) {
    throw new BuildError('unexpected esbuild output: it does not end with one "export { … }"');
  }
  const properties = (exportClause[1] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((specifier) => {
      const m = /^([\w$]+)(?:\s+as\s+([\w$]+))?$/.exec(specifier);
      if (!m) throw new BuildError(`unexpected export in esbuild output: ${specifier}`);
      const [, local, exported = local] = m;
      return exported === local ? local : `${exported}:${local}`;
    });
  const body = module.slice(0, exportClause.index).trimEnd();
  const expression = `(()=>{${body}\nreturn{${properties.join(',')}}})()`;
  return [
    `// Generated by scripts/build.ts from ${entry}. Do not edit: change the source and rebuild.`,
    '',
    wrappers,
    '',
    `var ${BUNDLE_CACHE};`,
    '',
    '/** The bundle, evaluated on first use and memoised. Private (trailing underscore). */',
    `function ${BUNDLE_ACCESSOR}() {`,
    "  'use strict';",
    `  if (${BUNDLE_CACHE} === undefined) ${BUNDLE_CACHE} = ${expression};`,
    `  return ${BUNDLE_CACHE};`,
    '}',
    '',
  ].join('\n');
}

/** Sidebar.html: index.html with style.css and the bundled script inlined. */
export function renderSidebar(html: string, css: string, script: string): string {
  const style = `<style>\n${css.replace(/<\/style/gi, '<\\/style')}\n</style>`;
  const js = `<script>\n${script.replace(/<\/script/gi, '<\\/script')}\n</script>`;
  // Replacer functions, so `$&` and friends in the inlined text stay literal.
  let out = insert(html, '<!-- STYLE -->', '</head>', style);
  out = insert(out, '<!-- SCRIPT -->', '</body>', js);
  return out;
}

function insert(html: string, placeholder: string, fallback: string, content: string): string {
  if (html.includes(placeholder)) return html.replace(placeholder, () => content);
  const at = html.toLowerCase().lastIndexOf(fallback);
  if (at >= 0) return `${html.slice(0, at)}${content}\n${html.slice(at)}`;
  throw new BuildError(`sidebar index.html has neither ${placeholder} nor ${fallback}`);
}

async function readSource(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new BuildError(`${rel(file)} not found`);
  }
}

function rel(p: string): string {
  return path.relative(ROOT, p) || '.';
}

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} kB`;
}

const invokedDirectly =
  process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) {
  try {
    await build();
  } catch (error) {
    console.error(error instanceof BuildError ? `build failed: ${error.message}` : error);
    process.exitCode = 1;
  }
}
