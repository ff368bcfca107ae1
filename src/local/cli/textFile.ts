// The text file named by --text, for the commands that read plan prose.
import { readFileSync } from 'node:fs';
import { requireFlag, type ParsedArgs } from './args.ts';
import { CliError } from './errors.ts';

export function readTextFlag(args: ParsedArgs): { file: string; text: string } {
  const file = requireFlag(args, 'text', 'tệp.txt', 'file.txt');
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch {
    throw new CliError(`Không đọc được tệp văn bản "${file}".`, `Cannot read text file "${file}".`);
  }
}
