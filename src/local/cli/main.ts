// sauro: the add-on's actions on .xlsx workbooks, run through the built bundle.
import { parseArgs } from './args.ts';
import type { Io } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { CliError, errorLine } from './errors.ts';
import { collectStats } from '../addonRuntime.ts';

function usage(): string {
  return [
    'Sáu Rõ — dùng: sauro <lệnh> [tham số]   (usage: sauro <command> [options])',
    ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`),
    'Mọi lệnh nhận thêm --stats: in ra stderr số lần gọi dịch vụ và thời gian ước tính (50 ms một lần gọi)',
    '    (every command takes --stats: {"calls","byMethod","projectedSeconds"} as JSON on stderr)',
  ].join('\n');
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args.command === undefined || args.command === 'help' || args.flags.has('help')) {
      io.out(usage());
      return args.command === undefined ? 1 : 0;
    }
    const command = COMMANDS.find((c) => c.name === args.command);
    if (!command) {
      const names = COMMANDS.map((c) => c.name).join(', ');
      throw new CliError(
        `Không có lệnh "${args.command}". Các lệnh: ${names}.`,
        `Unknown command "${args.command}". Commands: ${names}.`,
      );
    }
    // --stats, on any command: service calls by method and the projected real time at 50 ms a
    // call, as one JSON line on stderr (after the command's own output, also when it fails).
    if (args.flags.has('stats')) {
      if (args.flags.get('stats') !== 'true') {
        throw new CliError('--stats không nhận giá trị.', '--stats takes no value.');
      }
      args.flags.delete('stats');
      await collectStats(
        () => command.run(args, io),
        (stats) => process.stderr.write(JSON.stringify(stats) + '\n'),
      );
    } else await command.run(args, io);
    return 0;
  } catch (error) {
    process.stderr.write(errorLine(error) + '\n');
    if (process.env.SAURO_DEBUG && error instanceof Error)
      process.stderr.write(String(error.stack) + '\n');
    return 1;
  }
}
