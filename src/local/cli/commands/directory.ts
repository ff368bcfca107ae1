// minimal: `sauro directory` belongs to the roles work; this stand-in only sets a unit's
// editor emails in the "Đơn vị" sheet so that reminders can be tried from the command line. It
// types into the sheet through the Apps Script API, as a person would.
import { createRuntime } from 'gas-emulator';
import { normalizeUnitName } from '../../../core/unit/unit.ts';
import { allowFlags, requireFlag, workbookFlag } from '../args.ts';
import { json, type Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { withWorkbookFile } from '../workbookFile.ts';

const EDITOR_SCRIPT = `
function unitNames() {
  var s = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Đơn vị');
  if (!s) return null;
  return s.getDataRange().getValues();
}
function setCell(row, col, text) {
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Đơn vị').getRange(row, col).setNumberFormat('@').setValue(text);
}
`;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const directory: Command = {
  name: 'directory',
  usage: 'sauro directory --workbook <file.xlsx> --unit "<đơn vị>" --editors <email>[,<email>]',
  summary:
    'Ghi email người nhập liệu của một đơn vị vào trang "Đơn vị" / set a unit’s editor emails',
  async run(args, io) {
    allowFlags(args, ['workbook', 'unit', 'editors']);
    const unit = requireFlag(args, 'unit', 'đơn vị', 'unit');
    const editors = requireFlag(args, 'editors', 'email', 'emails')
      .split(/[,;]/)
      .map((e) => e.trim())
      .filter((e) => e !== '');
    const bad = editors.find((e) => !EMAIL.test(e));
    if (bad !== undefined)
      throw new CliError(`"${bad}" không phải là email.`, `"${bad}" is not an email.`);
    const result = await withWorkbookFile(
      workbookFlag(args),
      { create: false, save: true },
      (rt) => {
        const look = createRuntime({ workbook: rt.workbook, bundleCode: EDITOR_SCRIPT });
        const values = look.runFunction<unknown[][] | null>('unitNames');
        if (values === null)
          throw new CliError(
            'Bảng tính chưa có trang "Đơn vị" (tạo bảng hoặc nhập kế hoạch trước).',
            'The workbook has no "Đơn vị" sheet yet.',
          );
        const header = (values[0] ?? []).map((v) => String(v));
        const col = header.indexOf('Email người nhập liệu');
        const key = normalizeUnitName(unit);
        const row = values.findIndex(
          (r, i) =>
            i > 0 &&
            [r[0], r[1], ...String(r[2] ?? '').split(';')].some(
              (n) => String(n ?? '').trim() !== '' && normalizeUnitName(String(n)) === key,
            ),
        );
        if (col < 0 || row < 0)
          throw new CliError(
            `Không có đơn vị "${unit}" trong trang "Đơn vị".`,
            `No unit "${unit}" in the "Đơn vị" sheet.`,
          );
        look.runFunction('setCell', row + 1, col + 1, editors.join('; '));
        return { unit: String(values[row]?.[0] ?? unit), editors };
      },
    );
    io.out(json(result));
  },
};
