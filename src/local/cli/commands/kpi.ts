// sauro target / check / extract-kpi: the KPI actions, run through the bundle.
import { readFileSync } from 'node:fs';
import { allowFlags, optionalFlag, requireFlag } from '../args.ts';
import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { withWorkbookFile } from '../workbookFile.ts';
import { createRuntime, createWorkbook } from '../../emulator/index.ts';
import { ensureBundle } from '../bundle.ts';
import type {
  CheckResponse,
  KpiExtractView,
  TargetView,
  WriteKpiResponse,
} from '../../../gas/api.ts';

async function scratchRuntime() {
  return createRuntime({ workbook: createWorkbook('sauro'), bundlePath: await ensureBundle() });
}

export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new CliError(`Không đọc được tệp văn bản "${file}".`, `Cannot read text file "${file}".`);
  }
}

export const target: Command = {
  name: 'target',
  usage: 'sauro target "<chỉ tiêu>"',
  summary: 'Phân tích một chỉ tiêu, in JSON / parse one KPI target to JSON',
  async run(args, io) {
    allowFlags(args, []);
    const text = args.positionals.join(' ');
    if (text.trim() === '') {
      throw new CliError(
        'Hãy ghi chỉ tiêu cần phân tích, ví dụ: sauro target "≥ 60%".',
        'Give the target text to parse, e.g. sauro target "≥ 60%".',
      );
    }
    const view = (await scratchRuntime()).call<TargetView>('parseTargetText', text);
    const { normalized: _normalized, ...json } = view;
    io.out(JSON.stringify(json));
  },
};

export const check: Command = {
  name: 'check',
  usage: 'sauro check --workbook <file.xlsx>',
  summary:
    'Kiểm tra chỉ tiêu (và 6 rõ), đánh dấu ô sai, in JSON / check tables, mark cells, print JSON',
  async run(args, io) {
    allowFlags(args, ['workbook']);
    const workbook = requireFlag(args, 'workbook', 'tệp.xlsx', 'file.xlsx');
    const report = await withWorkbookFile(workbook, { create: false, save: true }, (rt) =>
      rt.call<CheckResponse>('checkWorkbook'),
    );
    io.out(JSON.stringify(report.problems, null, 2));
  },
};

export const extractKpi: Command = {
  name: 'extract-kpi',
  usage: 'sauro extract-kpi --text <file.txt> [--workbook <file.xlsx>] [--sheet <name>]',
  summary: 'Tách chỉ tiêu từ đoạn "Mục tiêu cụ thể" / KPI rows from plan prose',
  async run(args, io) {
    allowFlags(args, ['text', 'workbook', 'sheet']);
    const text = readTextFile(requireFlag(args, 'text', 'tệp.txt', 'file.txt'));
    const workbook = args.flags.get('workbook');
    if (workbook === undefined) {
      io.out(
        JSON.stringify(
          (await scratchRuntime()).call<KpiExtractView>('extractKpiRows', text),
          null,
          2,
        ),
      );
      return;
    }
    const result = await withWorkbookFile(workbook, { create: true, save: true }, (rt) =>
      rt.call<WriteKpiResponse>('writeKpiRows', {
        text,
        ...optionalFlag(args, 'sheet', 'sheetName'),
      }),
    );
    io.out(
      `Đã ghi ${result.written} chỉ tiêu vào trang "${result.sheetName}" từ dòng ${result.firstRow}; bỏ qua ${result.skipped} ý không đo lường được.`,
    );
  },
};
