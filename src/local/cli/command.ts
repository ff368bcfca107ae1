// What every sauro command looks like.
import type { ParsedArgs } from './args.ts';

export interface Io {
  out: (line: string) => void;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(args: ParsedArgs, io: Io): Promise<void>;
}
