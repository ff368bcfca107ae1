// sauro distribute / submit / merge / close-period / send-back: the periodic reports on an .xlsx
// workbook, through the bundle. Each prints JSON and saves the workbook only when it succeeds.
import { normalizeUnitName } from '../../../core/unit/unit.ts';
import type {
  ClosePeriodView,
  DashboardView,
  PeriodReportView,
  DistributeView,
  MergeView,
  ReportSetupView,
  SendBackView,
  SubmitView,
} from '../../../gas/api.ts';
import { allowFlags, asFlag, optionalFlag, requireFlag, workbookFlag } from '../args.ts';
import { json, type Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { withWorkbookFile } from '../workbookFile.ts';

/** A command that runs one server action on the workbook for a period and prints what it gives. */
function periodCommand<View>(
  name: string,
  summary: string,
  action: string,
  print: (view: View) => string,
): Command {
  return {
    name,
    usage: `sauro ${name} --workbook <file.xlsx> [--period <kỳ>] [--as <email>]`,
    summary,
    async run(args, io) {
      allowFlags(args, ['workbook', 'period', 'as']);
      const view = await withWorkbookFile(
        workbookFlag(args),
        { create: false, save: true, as: asFlag(args) },
        (rt) => rt.runFunction<View>(action, optionalFlag(args, 'period', 'period')),
      );
      io.out(print(view));
    },
  };
}

export const distribute = periodCommand<DistributeView>(
  'distribute',
  'Tạo phiếu báo cáo cho từng đơn vị, in JSON / make one submission sheet per unit, print JSON',
  'distributeReports',
  json,
);

export const submit: Command = {
  name: 'submit',
  usage:
    'sauro submit --workbook <file.xlsx> --unit "<đơn vị>" [--period <kỳ>] [--sheet <trang>] [--as <email>]',
  summary:
    'Nộp báo cáo của một đơn vị (với tư cách người nhập liệu đầu tiên của đơn vị) / submit a unit’s sheet as its first editor',
  async run(args, io) {
    allowFlags(args, ['workbook', 'period', 'unit', 'sheet', 'as']);
    const unit = requireFlag(args, 'unit', 'đơn vị', 'unit');
    const period = optionalFlag(args, 'period', 'period');
    const view = await withWorkbookFile(
      workbookFlag(args),
      { create: false, save: true, as: asFlag(args) },
      (rt) => {
        // Without --as, act as the unit: its first editor in the "Đơn vị" sheet, else the default
        // user (the first coordinator), who may submit for any unit.
        if (asFlag(args) === undefined) {
          const setup = rt.runFunction<ReportSetupView>('getReportSetup', period);
          const key = normalizeUnitName(unit);
          const known = setup.units.find((u) => normalizeUnitName(u.name) === key);
          const editor = known?.editors[0];
          if (editor !== undefined) rt.setUser(editor);
        }
        const result = rt.runFunction<SubmitView>('submitReport', {
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
      },
    );
    io.out(json(view));
  },
};

export const merge = periodCommand<MergeView>(
  'merge',
  'Tổng hợp báo cáo vào bảng tổng hợp, in số liệu JSON / merge into the summary, print the stats JSON',
  'mergeReports',
  (view) => JSON.stringify(view.stats),
);

export const closePeriod = periodCommand<ClosePeriodView>(
  'close-period',
  'Chốt kỳ: lưu bảng tổng hợp thành trang chỉ đọc / freeze the period’s summary',
  'closePeriod',
  json,
);

export const sendBack: Command = {
  name: 'send-back',
  usage:
    'sauro send-back --workbook <file.xlsx> --unit "<đơn vị>" --code <mã> --reason "<lý do>" [--period <kỳ>] [--as <email>]',
  summary: 'Trả lại một mục cho đơn vị, kèm lý do / send one entry back to its unit',
  async run(args, io) {
    allowFlags(args, ['workbook', 'period', 'unit', 'code', 'reason', 'as']);
    const request = {
      ...optionalFlag(args, 'period', 'period'),
      unit: requireFlag(args, 'unit', 'đơn vị', 'unit'),
      code: requireFlag(args, 'code', 'mã', 'code'),
      reason: requireFlag(args, 'reason', 'lý do', 'reason'),
    };
    const view = await withWorkbookFile(
      workbookFlag(args),
      { create: false, save: true, as: asFlag(args) },
      (rt) => rt.runFunction<SendBackView>('sendBackEntry', request),
    );
    io.out(json(view));
  },
};

export const dashboard = periodCommand<DashboardView>(
  'dashboard',
  'Cập nhật trang "Bảng điều khiển" (biểu đồ, xếp hạng đơn vị), in JSON / rebuild the dashboard sheet, print its charts, units and four-way counts',
  'updateDashboard',
  ({ charts, units, fourWay, ...rest }) => json({ charts, units, fourWay, ...rest }),
);

export const report = periodCommand<PeriodReportView>(
  'report',
  'Lập trang "Báo cáo kỳ <kỳ>" theo mẫu báo cáo gửi cấp trên, in JSON / write the period report sheet',
  'buildPeriodReport',
  json,
);
