#!/usr/bin/env node
// Entry for `npx sauro`: runs the TypeScript CLI through tsx, offline.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import(new URL('../src/local/cli/main.ts', import.meta.url).href);
const code = await runCli(process.argv.slice(2), {
  out: (line) => process.stdout.write(line + '\n'),
});
process.exitCode = code;
