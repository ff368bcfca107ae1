// A small, strict argv parser: positionals and --flag value pairs, nothing clever.
import { CliError } from './errors.ts';

export interface ParsedArgs {
  command: string | undefined;
  positionals: string[];
  flags: Map<string, string>;
  /** Every value of a flag that may be given several times (--set). */
  lists: Map<string, string[]>;
}

/** Flags that may be repeated, each value kept: `--set A1=x --set B2=y`. */
const REPEATABLE = new Set(['set']);

export function parseArgs(argv: string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string>();
  const lists = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
      const next = argv[i + 1];
      let value: string;
      if (eq > 0) value = arg.slice(eq + 1);
      else if (next === undefined || next.startsWith('--')) value = 'true';
      else {
        value = next;
        i++;
      }
      if (REPEATABLE.has(name)) {
        lists.set(name, [...(lists.get(name) ?? []), value]);
        if (!flags.has(name)) flags.set(name, value);
        continue;
      }
      if (flags.has(name)) {
        throw new CliError(`Tham số --${name} bị lặp lại.`, `Option --${name} is given twice.`);
      }
      flags.set(name, value);
    } else {
      positionals.push(arg);
    }
  }
  const [command, ...rest] = positionals;
  return { command, positionals: rest, flags, lists };
}

/** Rejects flags the command does not know, so a typo never passes silently. */
export function allowFlags(args: ParsedArgs, allowed: string[]): void {
  for (const name of args.flags.keys()) {
    if (!allowed.includes(name)) {
      const list = allowed.map((a) => '--' + a).join(', ') || '(không có)';
      throw new CliError(
        `Không hiểu tham số --${name}. Lệnh "${args.command}" nhận: ${list}.`,
        `Unknown option --${name}. "${args.command}" accepts: ${allowed.map((a) => '--' + a).join(', ') || '(none)'}.`,
      );
    }
  }
}

export function requireFlag(args: ParsedArgs, name: string, what: string, whatEn: string): string {
  const value = args.flags.get(name);
  if (value === undefined || value === 'true' || value.trim() === '') {
    throw new CliError(`Thiếu --${name} <${what}>.`, `Missing --${name} <${whatEn}>.`);
  }
  return value;
}

/** --workbook, which every command on a file needs. */
export function workbookFlag(args: ParsedArgs): string {
  return requireFlag(args, 'workbook', 'tệp.xlsx', 'file.xlsx');
}

/** The words after the command as one text; the messages say what to write when there are none. */
export function positionalText(args: ParsedArgs, vi: string, en: string): string {
  const text = args.positionals.join(' ');
  if (text.trim() === '') throw new CliError(vi, en);
  return text;
}

/** `--flag value` copied into a request under `key`, or nothing when the flag is absent. */
export function optionalFlag(args: ParsedArgs, flag: string, key: string): Record<string, string> {
  const v = args.flags.get(flag);
  if (v === undefined) return {};
  if (v === 'true' || v.trim() === '') {
    throw new CliError(`Tham số --${flag} cần một giá trị.`, `Option --${flag} needs a value.`);
  }
  return { [key]: v };
}

/**
 * `--as <email>`: the user the command acts as (`--as ""` is a user Google gives no email for).
 * Undefined when absent: the command's default (the first coordinator).
 */
export function asFlag(args: ParsedArgs): string | undefined {
  const v = args.flags.get('as');
  if (v === undefined) return undefined;
  if (v === 'true') {
    throw new CliError(
      'Tham số --as cần một email (hoặc "" cho người dùng Google không cho biết email).',
      'Option --as needs an email (or "" for a user without one).',
    );
  }
  return v.trim();
}

/** "a@x.vn,b@x.vn" (or ";") → the list; '' → none. */
export function emailList(value: string): string[] {
  return value
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
