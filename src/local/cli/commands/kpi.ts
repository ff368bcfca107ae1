// sauro target / check / extract-kpi: the KPI actions, run through the bundle.
import { allowFlags, optionalFlag, positionalText, workbookFlag } from '../args.ts';
import { json, type Command } from '../command.ts';
import { readTextFlag } from '../textFile.ts';
import { scratchRuntime, withWorkbookFile } from '../workbookFile.ts';
import type {
  CheckResponse,
  KpiExtractView,
  TargetView,
  WriteKpiResponse,
} from '../../../gas/api.ts';

export const target: Command = {
  name: 'target',
  usage: 'sauro target "<chỉ tiêu>"',
  summary: 'Phân tích một chỉ tiêu, in JSON / parse one KPI target to JSON',
  async run(args, io) {
    allowFlags(args, []);
    const text = positionalText(
      args,
      'Hãy ghi chỉ tiêu cần phân tích, ví dụ: sauro target "≥ 60%".',
      'Give the target text to parse, e.g. sauro target "≥ 60%".',
    );
    const view = (await scratchRuntime()).call<TargetView>('parseTargetText', text);
    const { normalized: _normalized, ...rest } = view;
    io.out(JSON.stringify(rest));
  },
};

export const check: Command = {
  name: 'check',
  usage: 'sauro check --workbook <file.xlsx>',
  summary:
    'Kiểm tra chỉ tiêu (và 6 rõ), đánh dấu ô sai, in JSON / check tables, mark cells, print JSON',
  async run(args, io) {
    allowFlags(args, ['workbook']);
    const report = await withWorkbookFile(workbookFlag(args), { create: false, save: true }, (rt) =>
      rt.call<CheckResponse>('checkWorkbook'),
    );
    io.out(json(report.problems));
  },
};

export const extractKpi: Command = {
  name: 'extract-kpi',
  usage: 'sauro extract-kpi --text <file.txt> [--workbook <file.xlsx>] [--sheet <name>]',
  summary: 'Tách chỉ tiêu từ đoạn "Mục tiêu cụ thể" / KPI rows from plan prose',
  async run(args, io) {
    allowFlags(args, ['text', 'workbook', 'sheet']);
    const { text } = readTextFlag(args);
    const workbook = args.flags.get('workbook');
    if (workbook === undefined) {
      io.out(json((await scratchRuntime()).call<KpiExtractView>('extractKpiRows', text)));
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
