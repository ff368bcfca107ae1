// sauro scaffold: add a table from a template to a workbook (created when missing).
import { allowFlags, asFlag, optionalFlag, requireFlag, workbookFlag } from '../args.ts';
import type { Command } from '../command.ts';
import { withWorkbookFile } from '../workbookFile.ts';
import type { ScaffoldResponse } from '../../../gas/api.ts';

export const scaffold: Command = {
  name: 'scaffold',
  usage:
    'sauro scaffold --template <id> --workbook <file.xlsx> [--sheet <name>] [--plan <text>] [--commune <name>]',
  summary: 'Tạo bảng theo mẫu / add a table from a template',
  async run(args, io) {
    allowFlags(args, ['template', 'workbook', 'sheet', 'plan', 'commune', 'as']);
    const templateId = requireFlag(args, 'template', 'mã mẫu', 'template id');
    const workbook = workbookFlag(args);
    const request = {
      templateId,
      ...optionalFlag(args, 'sheet', 'sheetName'),
      ...optionalFlag(args, 'plan', 'planName'),
      ...optionalFlag(args, 'commune', 'commune'),
    };
    const result = await withWorkbookFile(
      workbook,
      { create: true, save: true, as: asFlag(args) },
      (rt) => rt.runFunction<ScaffoldResponse>('scaffoldTemplate', request),
    );
    io.out(
      `Đã tạo trang tính "${result.sheetName}" (${result.columns.length} cột, tiêu đề ở dòng ${result.headerRow}) trong ${workbook}.`,
    );
  },
};
