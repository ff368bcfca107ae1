// sauro: the add-on's actions on .xlsx workbooks, run through the built bundle.
import { parseArgs } from './args.ts';
import type { Io } from './command.ts';
import { COMMANDS } from './commands/index.ts';
import { CliError, errorLine } from './errors.ts';

function usage(): string {
  return [
    'Sáu Rõ — dùng: sauro <lệnh> [tham số]   (usage: sauro <command> [options])',
    ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`),
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
    await command.run(args, io);
    return 0;
  } catch (error) {
    process.stderr.write(errorLine(error) + '\n');
    if (process.env.SAURO_DEBUG && error instanceof Error)
      process.stderr.write(String(error.stack) + '\n');
    return 1;
  }
}
