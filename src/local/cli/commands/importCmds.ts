// sauro import / deadline / unit: the appendix import and the two readers, run through the bundle.
import { allowFlags, asFlag, optionalFlag } from '../args.ts';
import { json, readerCommand, type Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { readTextFlag } from '../textFile.ts';
import { scratchRuntime, withWorkbookFile } from '../workbookFile.ts';
import type { DeadlineView, ImportPreview, ImportResponse, UnitView } from '../../../gas/api.ts';

const LAYOUTS = ['phu-luc', 'sau-ro'];

export const importPlan: Command = {
  name: 'import',
  usage:
    'sauro import --text <file.txt> [--template phu-luc|sau-ro] [--workbook <file.xlsx>] [--sheet <name>] [--mode update|new] [--accept]',
  summary:
    'Nhập phụ lục nhiệm vụ từ văn bản kế hoạch (JSON, hoặc ghi vào bảng tính) / import a plan appendix',
  async run(args, io) {
    allowFlags(args, ['text', 'template', 'workbook', 'sheet', 'mode', 'accept', 'as']);
    const { file, text } = readTextFlag(args);
    if (text.trim() === '') {
      throw new CliError(
        `Tệp "${file}" không có nội dung; hãy dán văn bản kế hoạch hoặc bảng phụ lục vào tệp.`,
        `"${file}" is empty; put the plan text or its appendix table in it.`,
      );
    }
    const template = optionalFlag(args, 'template', 'template');
    if (template.template !== undefined && !LAYOUTS.includes(template.template)) {
      throw new CliError(
        `Mẫu "${template.template}" không dùng để nhập phụ lục; chọn phu-luc hoặc sau-ro.`,
        `Template "${template.template}" cannot take an appendix; use phu-luc or sau-ro.`,
      );
    }
    const mode = optionalFlag(args, 'mode', 'mode');
    if (mode.mode !== undefined && mode.mode !== 'update' && mode.mode !== 'new') {
      throw new CliError(
        `--mode "${mode.mode}" không có; chọn update (cập nhật bảng đã có) hoặc new (tạo bảng mới).`,
        `--mode "${mode.mode}" is unknown; use update or new.`,
      );
    }
    const workbook = args.flags.get('workbook');
    if (workbook === undefined) {
      for (const flag of ['sheet', 'mode', 'accept'])
        if (args.flags.has(flag))
          throw new CliError(`--${flag} chỉ dùng cùng --workbook.`, `--${flag} needs --workbook.`);
      const preview = (await scratchRuntime()).runFunction<ImportPreview>('previewImport', {
        text,
        ...template,
      });
      io.out(json(preview));
      return;
    }
    const result = await withWorkbookFile(
      workbook,
      { create: true, save: true, as: asFlag(args) },
      (rt) =>
        rt.runFunction<ImportResponse>('importPlanText', {
          text,
          ...template,
          ...optionalFlag(args, 'sheet', 'sheetName'),
          ...mode,
          ...(args.flags.has('accept') ? { accept: true } : {}),
        }),
    );
    const lines: string[] = [];
    const u = result.updated;
    if (u)
      lines.push(
        `Đã cập nhật trang "${result.sheetName}" theo kế hoạch nhập lại: ${result.sections} mục, ${result.tasks} nhiệm vụ (giữ số liệu theo dõi của ${u.carried}, thêm ${u.added} mã mới, giữ ${u.kept.length} nhiệm vụ cũ đã có số liệu, bỏ ${u.dropped.length}); ${result.repairs.length} chỗ đã sửa, ${result.warnings.length} cảnh báo.`,
      );
    else if (result.tasks > 0)
      lines.push(
        `Đã nhập ${result.sections} mục và ${result.tasks} nhiệm vụ (dạng ${result.layout}) vào trang "${result.sheetName}" từ dòng ${result.firstRow}; ${result.repairs.length} chỗ đã sửa, ${result.warnings.length} cảnh báo.`,
      );
    if (result.kpis)
      lines.push(
        `Đã ghi ${result.kpis.written} chỉ tiêu vào trang "${result.kpis.sheetName}" từ dòng ${result.kpis.firstRow}${result.kpis.accepted > 0 ? `; đã chấp nhận ${result.kpis.accepted} vấn đề` : ''}.`,
      );
    for (const w of result.warnings.filter((x) => x.kind === 'duplicateCode'))
      lines.push(`Cảnh báo: ${w.message}`);
    io.out(lines.join('\n'));
  },
};

export const deadline = readerCommand({
  name: 'deadline',
  usage: 'sauro deadline "<thời hạn>" [--issued YYYY-MM-DD]',
  summary: 'Đọc một thời hạn, in JSON / read one deadline to JSON',
  flags: ['issued'],
  missing: {
    vi: 'Hãy ghi thời hạn cần đọc, ví dụ: sauro deadline "Quý II/2026".',
    en: 'Give the deadline to read, e.g. sauro deadline "Quý II/2026".',
  },
  read: (rt, text, args) =>
    rt.runFunction<DeadlineView>('parseDeadlineText', {
      text,
      ...optionalFlag(args, 'issued', 'issued'),
    }),
});

export const unit = readerCommand({
  name: 'unit',
  usage: 'sauro unit "<tên đơn vị>"',
  summary: 'Đọc tên đơn vị theo danh mục, in JSON / resolve unit names to JSON',
  missing: {
    vi: 'Hãy ghi tên đơn vị cần đọc, ví dụ: sauro unit "Phòng VH-XH".',
    en: 'Give the unit name to read, e.g. sauro unit "Phòng VH-XH".',
  },
  read: (rt, text) => rt.runFunction<UnitView>('resolveUnitText', text),
});
