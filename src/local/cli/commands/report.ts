// sauro distribute / submit / merge / close-period / send-back: the periodic reports on an .xlsx
// workbook, through the bundle. Each prints JSON and saves the workbook only when it succeeds.
import { normalizeUnitName } from '../../../core/unit.ts';
import type {
  ClosePeriodView,
  DistributeView,
  MergeView,
  ReportSetupView,
  SendBackView,
  SubmitView,
} from '../../../gas/api.ts';
import { allowFlags, optionalFlag, requireFlag, type ParsedArgs } from '../args.ts';
import type { Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { withWorkbookFile } from '../workbookFile.ts';

function workbookOf(args: ParsedArgs): string {
  return requireFlag(args, 'workbook', 'tệp.xlsx', 'file.xlsx');
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

export const distribute: Command = {
  name: 'distribute',
  usage: 'sauro distribute --workbook <file.xlsx> [--period <kỳ>]',
  summary:
    'Tạo phiếu báo cáo cho từng đơn vị, in JSON / make one submission sheet per unit, print JSON',
  async run(args, io) {
    allowFlags(args, ['workbook', 'period']);
    const view = await withWorkbookFile(workbookOf(args), { create: false, save: true }, (rt) =>
      rt.call<DistributeView>('distributeReports', optionalFlag(args, 'period', 'period')),
    );
    io.out(json(view));
  },
};

export const submit: Command = {
  name: 'submit',
  usage: 'sauro submit --workbook <file.xlsx> --unit "<đơn vị>" [--period <kỳ>] [--sheet <trang>]',
  summary:
    'Nộp báo cáo của một đơn vị (với tư cách người nhập liệu đầu tiên của đơn vị) / submit a unit’s sheet as its first editor',
  async run(args, io) {
    allowFlags(args, ['workbook', 'period', 'unit', 'sheet']);
    const unit = requireFlag(args, 'unit', 'đơn vị', 'unit');
    const period = optionalFlag(args, 'period', 'period');
    const view = await withWorkbookFile(workbookOf(args), { create: false, save: true }, (rt) => {
      // Act as the unit: its first editor in the "Đơn vị" sheet, else the default user (the
      // coordinator), who may submit for any unit.
      const setup = rt.call<ReportSetupView>('getReportSetup', period);
      const key = normalizeUnitName(unit);
      const known = setup.units.find((u) => normalizeUnitName(u.name) === key);
      const editor = known?.editors[0];
      if (editor !== undefined) rt.setUser(editor);
      const result = rt.call<SubmitView>('submitReport', {
        ...period,
        unit,
        ...optionalFlag(args, 'sheet', 'sheetName'),
      });
      if (!result.accepted) {
        // Nothing changed: print the problems and leave the file as it was.
        io.out(json(result));
        const n = result.problems.filter((p) => p.severity === 'error').length;
        throw new CliError(
          `Chưa nộp được: phiếu "${result.sheetName}" còn ${n} lỗi.`,
          `Not submitted: sheet "${result.sheetName}" has ${n} problems.`,
        );
      }
      return result;
    });
    io.out(json(view));
  },
};

export const merge: Command = {
  name: 'merge',
  usage: 'sauro merge --workbook <file.xlsx> [--period <kỳ>]',
  summary:
    'Tổng hợp báo cáo vào bảng tổng hợp, in số liệu JSON / merge into the summary, print the stats JSON',
  async run(args, io) {
    allowFlags(args, ['workbook', 'period']);
    const view = await withWorkbookFile(workbookOf(args), { create: false, save: true }, (rt) =>
      rt.call<MergeView>('mergeReports', optionalFlag(args, 'period', 'period')),
    );
    io.out(JSON.stringify(view.stats));
  },
};

export const closePeriod: Command = {
  name: 'close-period',
  usage: 'sauro close-period --workbook <file.xlsx> [--period <kỳ>]',
  summary: 'Chốt kỳ: lưu bảng tổng hợp thành trang chỉ đọc / freeze the period’s summary',
  async run(args, io) {
    allowFlags(args, ['workbook', 'period']);
    const view = await withWorkbookFile(workbookOf(args), { create: false, save: true }, (rt) =>
      rt.call<ClosePeriodView>('closePeriod', optionalFlag(args, 'period', 'period')),
    );
    io.out(json(view));
  },
};

export const sendBack: Command = {
  name: 'send-back',
  usage:
    'sauro send-back --workbook <file.xlsx> --unit "<đơn vị>" --code <mã> --reason "<lý do>" [--period <kỳ>]',
  summary: 'Trả lại một mục cho đơn vị, kèm lý do / send one entry back to its unit',
  async run(args, io) {
    allowFlags(args, ['workbook', 'period', 'unit', 'code', 'reason']);
    const request = {
      ...optionalFlag(args, 'period', 'period'),
      unit: requireFlag(args, 'unit', 'đơn vị', 'unit'),
      code: requireFlag(args, 'code', 'mã', 'code'),
      reason: requireFlag(args, 'reason', 'lý do', 'reason'),
    };
    const view = await withWorkbookFile(workbookOf(args), { create: false, save: true }, (rt) =>
      rt.call<SendBackView>('sendBackEntry', request),
    );
    io.out(json(view));
  },
};
