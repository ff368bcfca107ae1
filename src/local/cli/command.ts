// What every sauro command looks like.
import type { ParsedArgs } from './args.ts';

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
