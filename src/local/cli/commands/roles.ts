// sauro settings / directory / edit: who holds the roles, and typing into a sheet as a given
// person would (protections, validation and the installed edit trigger apply).
import type { RolesView, CoordinatorsView, UnitEditorsView } from '../../../gas/api.ts';
import { allowFlags, asFlag, emailList, requireFlag, workbookFlag } from '../args.ts';
import { json, type Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { withWorkbookFile } from '../workbookFile.ts';

export const settings: Command = {
  name: 'settings',
  usage: 'sauro settings --workbook <file.xlsx> [--coordinator <email>[,<email>]] [--as <email>]',
  summary:
    'Đặt email cơ quan thường trực (không có --coordinator: xem ai đang giữ) / set the coordinating office',
  async run(args, io) {
    allowFlags(args, ['workbook', 'coordinator', 'as']);
    const coordinator = args.flags.get('coordinator');
    const save = coordinator !== undefined;
    const view = await withWorkbookFile(
      workbookFlag(args),
      { create: false, save, as: asFlag(args) },
      (rt) =>
        save
          ? rt.runFunction<CoordinatorsView>('setCoordinators', {
              coordinators: coordinator === 'true' ? [] : emailList(coordinator),
            })
          : rt.runFunction<RolesView>('getRoles'),
    );
    io.out(json(view));
  },
};

export const directory: Command = {
  name: 'directory',
  usage:
    'sauro directory --workbook <file.xlsx> --unit "<đơn vị>" --editors <email>[,<email>] [--as <email>]',
  summary: 'Đặt email người nhập liệu của một đơn vị / set a unit’s editors',
  async run(args, io) {
    allowFlags(args, ['workbook', 'unit', 'editors', 'as']);
    const unit = requireFlag(args, 'unit', 'đơn vị', 'unit');
    const editors = args.flags.get('editors');
    if (editors === undefined) {
      throw new CliError(
        'Thiếu --editors <email>[,<email>] (để trống: --editors "").',
        'Missing --editors <email>[,<email>].',
      );
    }
    const view = await withWorkbookFile(
      workbookFlag(args),
      { create: false, save: true, as: asFlag(args) },
      (rt) =>
        rt.runFunction<UnitEditorsView>('setUnitEditors', {
          unit,
          editors: editors === 'true' ? [] : emailList(editors),
        }),
    );
    io.out(json(view));
  },
};

export const edit: Command = {
  name: 'edit',
  usage:
    'sauro edit --workbook <file.xlsx> --sheet "<trang>" --set A1=<nội dung> [--set …] [--as <email>]',
  summary:
    'Gõ vào ô như một người dùng (bảo vệ, kiểm tra dữ liệu và trình kích hoạt đều áp dụng) / type into cells as a user',
  async run(args, io) {
    allowFlags(args, ['workbook', 'sheet', 'set', 'as']);
    const sheet = requireFlag(args, 'sheet', 'trang', 'sheet');
    const sets = (args.lists.get('set') ?? []).map((s) => {
      const eq = s.indexOf('=');
      const cell = eq > 0 ? s.slice(0, eq).trim() : '';
      if (!/^[A-Za-z]{1,3}[1-9]\d*$/.test(cell)) {
        throw new CliError(
          `--set "${s}" cần dạng Ô=nội dung, ví dụ --set B7=TRUE.`,
          `--set "${s}" must be CELL=text, e.g. --set B7=TRUE.`,
        );
      }
      return { cell: cell.toUpperCase(), text: s.slice(eq + 1) };
    });
    if (sets.length === 0) {
      throw new CliError('Thiếu --set Ô=nội dung.', 'Missing --set CELL=text.');
    }
    const result = await withWorkbookFile(
      workbookFlag(args),
      { create: false, save: true, as: asFlag(args) },
      (rt) => {
        const applied: string[] = [];
        const refused: Array<{ cell: string; reason: string }> = [];
        const triggerErrors: string[] = [];
        for (const { cell, text } of sets) {
          const r = rt.edit(sheet, cell, text);
          if (r.applied) applied.push(cell);
          else refused.push({ cell, reason: r.reason ?? '' });
          triggerErrors.push(...(r.triggerErrors ?? []));
        }
        return { applied, refused, triggerErrors };
      },
    );
    for (const e of result.triggerErrors) process.stderr.write(`Trình kích hoạt lỗi: ${e}\n`);
    io.out(JSON.stringify({ applied: result.applied, refused: result.refused }));
  },
};
