// What every sauro command looks like.
import type { Runtime } from 'gas-emulator';
import { allowFlags, positionalText, type ParsedArgs } from './args.ts';
import { scratchRuntime } from './workbookFile.ts';

export interface Io {
  out: (line: string) => void;
}

/** A result as commands print it: indented JSON. */
export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(args: ParsedArgs, io: Io): Promise<void>;
}

/** A command that reads one quoted text (a target, a deadline, a unit name) and prints JSON. */
export function readerCommand(spec: {
  name: string;
  usage: string;
  summary: string;
  flags?: string[];
  /** What to say when the text is missing. */
  missing: { vi: string; en: string };
  read: (runtime: Runtime, text: string, args: ParsedArgs) => unknown;
}): Command {
  return {
    name: spec.name,
    usage: spec.usage,
    summary: spec.summary,
    async run(args, io) {
      allowFlags(args, spec.flags ?? []);
      const text = positionalText(args, spec.missing.vi, spec.missing.en);
      io.out(JSON.stringify(spec.read(await scratchRuntime(), text, args)));
    },
  };
}
