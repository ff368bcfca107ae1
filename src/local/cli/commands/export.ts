// sauro export: the period's long-format rows (docs/EXPORT.md) as CSV (UTF-8 with a BOM, so Excel
// reads the Vietnamese right) or JSON, to a file or to stdout. The workbook is not changed.
import { writeFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import type { ExportView } from '../../../gas/api.ts';
import { allowFlags, asFlag, optionalFlag, workbookFlag } from '../args.ts';
import { json, type Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { withWorkbookFile } from '../workbookFile.ts';

const BOM = '\uFEFF';

/** RFC 4180 CSV (CRLF, quotes doubled) with a header row; blanks are empty fields. */
export function toCsv(view: ExportView): string {
  return (
    BOM +
    stringify(
      view.rows.map((r) => view.columns.map((c) => r[c] ?? '')),
      { header: true, columns: view.columns, record_delimiter: 'windows' },
    )
  );
}

export const exportData: Command = {
  name: 'export',
  usage:
    'sauro export --workbook <file.xlsx> [--period <kỳ>] [--out <file.csv|file.json>] [--format csv|json]',
  summary:
    'Xuất dữ liệu dạng dài (mỗi nhiệm vụ, mỗi chỉ tiêu một dòng) ra CSV hoặc JSON / long-format rows for the levels above',
  async run(args, io) {
    allowFlags(args, ['workbook', 'period', 'out', 'format', 'as']);
    const format = args.flags.get('format') ?? 'csv';
    if (format !== 'csv' && format !== 'json') {
      throw new CliError(
        `--format phải là csv hoặc json, không phải "${format}".`,
        `--format must be csv or json, not "${format}".`,
      );
    }
    const view = await withWorkbookFile(
      workbookFlag(args),
      { create: false, save: false, as: asFlag(args) },
      (rt) => rt.runFunction<ExportView>('exportRows', optionalFlag(args, 'period', 'period')),
    );
    const text = format === 'json' ? json(view.rows) + '\n' : toCsv(view);
    const out = optionalFlag(args, 'out', 'out').out;
    if (out === undefined) io.out(text.replace(/\n$/, ''));
    else {
      writeFileSync(out, text, 'utf8');
      io.out(
        json({
          period: view.period,
          out,
          format,
          rows: view.rows.length,
          columns: view.columns.length,
        }),
      );
    }
  },
};
