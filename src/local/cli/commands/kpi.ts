// sauro target / check / extract-kpi: the KPI actions, run through the bundle.
import { allowFlags, asFlag, optionalFlag, workbookFlag } from '../args.ts';
import { json, readerCommand, type Command } from '../command.ts';
import { readTextFlag } from '../textFile.ts';
import { scratchRuntime, withWorkbookFile } from '../workbookFile.ts';
import type {
  CheckResponse,
  KpiExtractView,
  TargetView,
  WriteKpiResponse,
} from '../../../gas/api.ts';

export const target = readerCommand({
  name: 'target',
  usage: 'sauro target "<chỉ tiêu>"',
  summary: 'Phân tích một chỉ tiêu, in JSON / parse one KPI target to JSON',
  missing: {
    vi: 'Hãy ghi chỉ tiêu cần phân tích, ví dụ: sauro target "≥ 60%".',
    en: 'Give the target text to parse, e.g. sauro target "≥ 60%".',
  },
  read: (rt, text) => {
    const { normalized: _normalized, ...rest } = rt.runFunction<TargetView>(
      'parseTargetText',
      text,
    );
    return rest;
  },
});

export const check: Command = {
  name: 'check',
  usage: 'sauro check --workbook <file.xlsx>',
  summary:
    'Kiểm tra chỉ tiêu (và 6 rõ), đánh dấu ô sai, in JSON / check tables, mark cells, print JSON',
  async run(args, io) {
    allowFlags(args, ['workbook', 'as']);
    const report = await withWorkbookFile(
      workbookFlag(args),
      { create: false, save: true, as: asFlag(args) },
      (rt) => rt.runFunction<CheckResponse>('checkWorkbook'),
    );
    io.out(json(report.problems));
  },
};

export const extractKpi: Command = {
  name: 'extract-kpi',
  usage: 'sauro extract-kpi --text <file.txt> [--workbook <file.xlsx>] [--sheet <name>] [--accept]',
  summary:
    'Tách chỉ tiêu từ đoạn "Mục tiêu cụ thể" (văn xuôi hoặc bảng) / KPI rows from plan prose or a KPI table',
  async run(args, io) {
    allowFlags(args, ['text', 'workbook', 'sheet', 'accept', 'as']);
    const { text } = readTextFlag(args);
    const workbook = args.flags.get('workbook');
    if (workbook === undefined) {
      io.out(json((await scratchRuntime()).runFunction<KpiExtractView>('extractKpiRows', text)));
      return;
    }
    const result = await withWorkbookFile(
      workbook,
      { create: true, save: true, as: asFlag(args) },
      (rt) =>
        rt.runFunction<WriteKpiResponse>('writeKpiRows', {
          text,
          ...optionalFlag(args, 'sheet', 'sheetName'),
          ...(args.flags.has('accept') ? { accept: true } : {}),
        }),
    );
    io.out(
      `Đã ghi ${result.written} chỉ tiêu vào trang "${result.sheetName}" từ dòng ${result.firstRow} (mã ${result.codes[0] ?? ''} … ${result.codes[result.codes.length - 1] ?? ''}); bỏ qua ${result.skipped} ý không đo lường được${result.accepted > 0 ? `; đã chấp nhận ${result.accepted} vấn đề` : ''}.`,
    );
  },
};
