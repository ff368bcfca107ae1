// The sauro commands. Each one runs the bundle's own server function in the emulator.
import { allowFlags, requireFlag, type ParsedArgs } from './args.ts';
import { CliError } from './errors.ts';
import { withWorkbookFile } from './workbookFile.ts';
import { createRuntime, createWorkbook } from '../emulator/index.ts';
import { ensureBundle } from './bundle.ts';
import type { ScaffoldResponse, TemplateSummary } from '../../gas/api.ts';

export interface Io {
  out: (line: string) => void;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  run(args: ParsedArgs, io: Io): Promise<void>;
}

const templates: Command = {
  name: 'templates',
  usage: 'sauro templates',
  summary: 'Liệt kê các mẫu bảng / list table templates',
  async run(args, io) {
    allowFlags(args, []);
    const runtime = createRuntime({ workbook: createWorkbook('templates'), bundlePath: await ensureBundle() });
    for (const t of runtime.call<TemplateSummary[]>('getTemplates')) io.out(`${t.id}\t${t.name}`);
  },
};

const scaffold: Command = {
  name: 'scaffold',
  usage: 'sauro scaffold --template <id> --workbook <file.xlsx> [--sheet <name>]',
  summary: 'Tạo bảng theo mẫu / add a table from a template',
  async run(args, io) {
    allowFlags(args, ['template', 'workbook', 'sheet', 'plan', 'commune']);
    const templateId = requireFlag(args, 'template', 'mã mẫu', 'template id');
    const workbook = requireFlag(args, 'workbook', 'tệp.xlsx', 'file.xlsx');
    const request = {
      templateId,
      ...optionalFlag(args, 'sheet', 'sheetName'),
      ...optionalFlag(args, 'plan', 'planName'),
      ...optionalFlag(args, 'commune', 'commune'),
    };
    const result = await withWorkbookFile(workbook, { create: true, save: true }, (rt) =>
      rt.call<ScaffoldResponse>('scaffoldTemplate', request),
    );
    io.out(
      `Đã tạo trang tính "${result.sheetName}" (${result.columns.length} cột, tiêu đề ở dòng ${result.headerRow}) trong ${workbook}.`,
    );
  },
};

function optionalFlag(args: ParsedArgs, flag: string, key: string): Record<string, string> {
  const v = args.flags.get(flag);
  if (v === undefined) return {};
  if (v === 'true' || v.trim() === '') {
    throw new CliError(`Tham số --${flag} cần một giá trị.`, `Option --${flag} needs a value.`);
  }
  return { [key]: v };
}

export const COMMANDS: Command[] = [templates, scaffold];
