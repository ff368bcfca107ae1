// The sauro CLI as a user runs it: real processes, real .xlsx files read back with ExcelJS.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sauro } from '../helpers/cli.ts';
import { describe, expect, it } from 'vitest';
import { containsInOrder, SEED_HEADINGS } from '../helpers/seedHeadings.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'sauro-cli-'));

async function rowsOf(file: string, sheet: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    rows[n - 1] = (row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)));
  });
  return rows;
}

describe('sauro CLI', () => {
  it('lists the templates', async () => {
    const r = await sauro('templates');
    expect(r.code).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => l.split('\t')[0]),
    ).toEqual(['phu-luc', 'sau-ro', 'chi-tieu']);
  });

  it('scaffolds each template into a new workbook with the seed headings in order', async () => {
    const file = join(tmp(), 'a.xlsx');
    for (const [id, [sheet, headings]] of Object.entries(SEED_HEADINGS)) {
      const r = await sauro('scaffold', '--template', id, '--workbook', file);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`"${sheet}"`);
      expect((await rowsOf(file, sheet)).some((row) => containsInOrder(row, headings))).toBe(true);
    }
  });

  it('refuses bad input with one line in Vietnamese and English, and writes nothing', async () => {
    const dir = tmp();
    const file = join(dir, 'b.xlsx');
    const bad = await sauro('scaffold', '--template', 'phu-luc-x', '--workbook', file);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(
      /^Lỗi: Không có mẫu bảng "phu-luc-x".* \| Error: Unknown template "phu-luc-x"/,
    );
    expect(existsSync(file)).toBe(false);

    expect((await sauro('scaffold', '--template', 'phu-luc')).stderr).toMatch(
      /Thiếu --workbook.*Missing --workbook/,
    );
    expect((await sauro('scafold')).stderr).toMatch(/Không có lệnh "scafold"/);
    expect(
      (await sauro('scaffold', '--template', 'phu-luc', '--workbook', join(dir, 'x.txt'))).code,
    ).toBe(1);

    const notXlsx = join(dir, 'broken.xlsx');
    writeFileSync(notXlsx, 'this is not a workbook');
    const broken = await sauro('scaffold', '--template', 'phu-luc', '--workbook', notXlsx);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/không phải bảng tính \.xlsx/);
    expect(readFileSync(notXlsx, 'utf8')).toBe('this is not a workbook');
  });

  it('leaves an existing workbook byte-for-byte unchanged when the action fails', async () => {
    const file = join(tmp(), 'c.xlsx');
    await sauro(
      'scaffold',
      '--template',
      'chi-tieu',
      '--workbook',
      file,
      '--sheet',
      'Chỉ tiêu 2026',
    );
    const hash = () => createHash('sha1').update(readFileSync(file)).digest('hex');
    const before = hash();
    const r = await sauro('scaffold', '--template', 'nope', '--workbook', file);
    expect(r.code).toBe(1);
    expect(hash()).toBe(before);
  });

  it('prints a target as JSON, and refuses an empty one', async () => {
    const r = await sauro('target', 'Giảm 20-25%');
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'range', min: 20, max: 25, unit: '%' });
    expect(JSON.parse((await sauro('target', '$\\geq 10\\%$')).stdout)).toEqual({
      kind: 'compare',
      op: '>=',
      value: 10,
      unit: '%',
    });
    const empty = await sauro('target', '');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe(
      'Lỗi: Hãy ghi chỉ tiêu cần phân tích, ví dụ: sauro target "≥ 60%". | Error: Give the target text to parse, e.g. sauro target "≥ 60%".\n',
    );
  });

  it('check reports every planted invalid target in a workbook', async () => {
    const file = join(tmp(), 'kpi.xlsx');
    const text = join(tmp(), 'muc-tieu.txt');
    writeFileSync(
      text,
      readFileSync(new URL('../fixtures/kpi/seed000-muc-tieu-cu-the.txt', import.meta.url), 'utf8'),
    );
    const written = await sauro('extract-kpi', '--text', text, '--workbook', file);
    expect(written.code, written.stderr).toBe(0);
    // Plant three errors straight into the file, as a careless edit would.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Chỉ tiêu');
    if (!ws) throw new Error('no Chỉ tiêu');
    const targetRows: number[] = [];
    ws.eachRow((row, n) => {
      if (n > 4 && String(row.getCell(5).value ?? '').trim() !== '') targetRows.push(n);
    });
    const planted = [targetRows[0], targetRows[3], targetRows[5]] as number[];
    ws.getCell(`E${planted[0]}`).value = '≥ %';
    ws.getCell(`E${planted[1]}`).value = 'abc%';
    ws.getCell(`G${planted[2]}`).value = 'chưa rõ';
    await wb.xlsx.writeFile(file);

    const r = await sauro('check', '--workbook', file);
    expect(r.code, r.stderr).toBe(0);
    const problems = JSON.parse(r.stdout) as Array<{
      sheet: string;
      row: number;
      column: string;
      value: string;
    }>;
    expect(problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['Chỉ tiêu', planted[0], 'Chỉ tiêu'],
      ['Chỉ tiêu', planted[1], 'Chỉ tiêu'],
      ['Chỉ tiêu', planted[2], 'Kết quả thực hiện'],
    ]);
  });
});
