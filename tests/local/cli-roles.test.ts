// Roles through the CLI, on the seed-001 workbook: one coordinator and one email per unit set with
// `sauro settings` and `sauro directory`; a unit that types stamp-like text everywhere it can
// changes nothing, cannot close the period, and submits by ticking its box. Bad files are refused
// and left as they were.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadXlsx } from 'gas-emulator';
import { sauro } from '../helpers/cli.ts';

const SEED = new URL('../fixtures/appendix/seed-001-plan.txt', import.meta.url).pathname;
const OFFICE = 'vanphong@camgiang.vn';
const EDITORS: Array<[string, string]> = [
  ['Phòng Văn hóa - Xã hội', 'vhxh@camgiang.vn'],
  ['Trung tâm Văn hóa - Thể thao và Truyền thông', 'ttvh@camgiang.vn'],
  ['Văn phòng HĐND và UBND', 'vp@camgiang.vn'],
  ['Phòng Kinh tế', 'kt@camgiang.vn'],
  ['Công an xã', 'ca@camgiang.vn'],
];
const CA = 'ca@camgiang.vn';

interface Distributed {
  sheets: Array<{ sheet: string; unit: string; submitCell: string }>;
}

async function submitted(file: string): Promise<number> {
  const r = await sauro('merge', '--workbook', file, '--period', '2025-Q3', '--as', OFFICE);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { submitted: number }).submitted;
}

describe('sauro settings / directory / edit / --as on seed 001', () => {
  let file: string;
  let caSheet: { sheet: string; submitCell: string };

  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'sauro-roles-')), 'cam-giang.xlsx');
    const imported = await sauro('import', '--text', SEED, '--workbook', file);
    expect(imported.code, imported.stderr).toBe(0);
    const settings = await sauro('settings', '--workbook', file, '--coordinator', OFFICE);
    expect(settings.code, settings.stderr).toBe(0);
    expect(JSON.parse(settings.stdout)).toMatchObject({ coordinators: [OFFICE] });
    for (const [unit, email] of EDITORS) {
      const r = await sauro('directory', '--workbook', file, '--unit', unit, '--editors', email);
      expect(r.code, r.stderr).toBe(0);
    }
    const distributed = await sauro('distribute', '--workbook', file, '--period', '2025-Q3');
    expect(distributed.code, distributed.stderr).toBe(0);
    const view = JSON.parse(distributed.stdout) as Distributed;
    for (const s of view.sheets) expect(s.submitCell).toBe('B7');
    const ca = view.sheets.find((s) => s.unit === 'Công an xã');
    if (!ca) throw new Error('no sheet for Công an xã');
    caSheet = ca;
  }, 600_000);

  it('a unit typing stamp-like text into every cell of its sheet leaves submitted at 0', async () => {
    const stamp = `Đã nộp lúc 2025-09-01 08:00 bởi ${CA}`;
    const sets = [];
    for (let r = 1; r <= 24; r++)
      for (const c of 'ABCDEFGHIJ') sets.push('--set', `${c}${r}=${stamp}`);
    const r = await sauro(
      'edit',
      '--workbook',
      file,
      '--as',
      CA,
      '--sheet',
      caSheet.sheet,
      ...sets,
    );
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as {
      applied: string[];
      refused: Array<{ cell: string; reason: string }>;
    };
    expect(Object.keys(out)).toEqual(['applied', 'refused']);
    expect(out.applied).toContain('B5');
    expect(out.refused).toContainEqual({ cell: 'A1', reason: expect.stringMatching(/protected/) });
    expect(await submitted(file)).toBe(0);
  }, 300_000);

  it("that unit's close-period exits 1, leaves the file as it was, and makes no Chốt kỳ sheet", async () => {
    const before = readFileSync(file);
    const r = await sauro('close-period', '--workbook', file, '--period', '2025-Q3', '--as', CA);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^Lỗi: Chỉ cơ quan thường trực mới được chốt kỳ .* \| Error: Only the coordinating office/,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    const wb = await loadXlsx(file);
    expect(wb.sheets.map((s) => s.name).filter((n) => n.startsWith('Chốt kỳ'))).toEqual([]);
  }, 120_000);

  it('ticking submitCell on a correctly filled sheet makes the next merge count it', async () => {
    const fill = await sauro(
      'edit',
      '--workbook',
      file,
      '--as',
      CA,
      '--sheet',
      caSheet.sheet,
      ...[
        'E13=Đang thực hiện',
        'E14=Đang thực hiện',
        'E15=Chưa thực hiện',
        'E16=Đang thực hiện',
      ].flatMap((s) => ['--set', s]),
      ...[
        'G13',
        'G14',
        'G15',
        'G16',
        'H13',
        'H14',
        'H15',
        'H16',
        'I13',
        'I14',
        'I15',
        'I16',
        'J13',
        'J14',
        'J15',
        'J16',
      ].flatMap((c) => ['--set', `${c}=`]),
      '--set',
      `${caSheet.submitCell}=TRUE`,
    );
    expect(fill.code, fill.stderr).toBe(0);
    expect((JSON.parse(fill.stdout) as { refused: unknown[] }).refused).toEqual([]);
    expect(await submitted(file)).toBe(1);
  }, 300_000);
});

describe('bad files lose nothing', () => {
  it('check on a zip renamed x.xlsx exits 1 and leaves the file byte-identical', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sauro-bad-'));
    const file = join(dir, 'x.xlsx');
    writeFileSync(file, zipOf('ghi-chu.txt', 'không phải bảng tính'));
    const before = readFileSync(file);
    const r = await sauro('check', '--workbook', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^Lỗi: Tệp .* không phải bảng tính \.xlsx .* \| Error: .* is not an \.xlsx workbook/,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    // Nor is it replaced by a new workbook when a command would create one.
    const text = join(dir, 'ghi-chu.xlsx');
    writeFileSync(text, 'Kế hoạch 2025\n');
    const scaffold = await sauro('scaffold', '--template', 'phu-luc', '--workbook', text);
    expect(scaffold.code).toBe(1);
    expect(readFileSync(text, 'utf8')).toBe('Kế hoạch 2025\n');
  }, 120_000);

  it('a --text that is not text is refused with the reason, and a missing one named', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sauro-bad-'));
    const picture = join(dir, 'anh.png');
    writeFileSync(
      picture,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const r = await sauro('import', '--text', picture);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/không phải văn bản thuần .* \| Error: .* is not a plain text file/);
    const missing = await sauro('import', '--text', join(dir, 'khong-co.txt'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Lỗi: Không tìm thấy tệp văn bản/);
    expect(missing.stderr).not.toMatch(/ENOENT/);
  }, 120_000);
});

/** A minimal zip with one stored file: what a renamed .zip looks like. */
function zipOf(name: string, text: string): Buffer {
  const data = Buffer.from(text, 'utf8');
  const deflated = deflateRawSync(data);
  const nameBytes = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 14);
  local.writeUInt32LE(deflated.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(deflated.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length + deflated.length, 16);
  return Buffer.concat([local, nameBytes, deflated, central, nameBytes, end]);
}
