// sauro directory / distribute / remind / deadline as a coordinator runs them: real processes on
// a real .xlsx made from seed 001 by `sauro import`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, loadXlsx } from 'gas-emulator';
import { sauro } from '../helpers/cli.ts';

const SEED = new URL('../fixtures/appendix/seed-001-plan.txt', import.meta.url).pathname;

interface RemindOutput {
  date: string;
  dryRun: boolean;
  emails: Array<{
    unit: string;
    to: string[];
    subject: string;
    items: Array<{ kind: string; due: string; daysLeft: number }>;
  }>;
  noEmail: Array<{ unit: string; items: unknown[] }>;
  leftOut: string[];
}

describe('sauro remind', () => {
  let file: string;

  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'sauro-remind-')), 'cam-giang.xlsx');
    const steps = [
      ['import', '--text', SEED, '--workbook', file],
      ['directory', '--workbook', file, '--unit', 'CA xã', '--editors', 'ca@camgiang.vn'],
      [
        'directory',
        '--workbook',
        file,
        '--unit',
        'Phòng Kinh tế',
        '--editors',
        'kt@camgiang.vn,kt2@camgiang.vn',
      ],
      ['distribute', '--workbook', file, '--period', '2026-Q2'],
    ];
    for (const step of steps) {
      const r = await sauro(...step);
      expect(r.code, r.stderr).toBe(0);
    }
  }, 120_000);

  it('--dry-run 5 days before the deadline: one email per lead unit with an email, none for the others', async () => {
    // Q2/2026 is due "ngày 20 tháng cuối quý" = Saturday 20/06/2026; 5 days before: Monday 15/06.
    const r = await sauro('remind', '--workbook', file, '--date', '2026-06-15', '--dry-run');
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as RemindOutput;
    expect(out).toMatchObject({ date: '2026-06-15', dryRun: true, leftOut: [] });
    expect(out.emails.map((e) => [e.unit, e.to])).toEqual([
      ['Phòng Kinh tế', ['kt@camgiang.vn', 'kt2@camgiang.vn']],
      ['Công an xã', ['ca@camgiang.vn']],
    ]);
    for (const e of out.emails) {
      expect(e.subject).toBe(`[Sáu Rõ] Nhắc việc 15/06/2026 – ${e.unit}: 1 việc cần làm`);
      expect(e.items).toEqual([
        expect.objectContaining({ kind: 'report', due: '2026-06-20', daysLeft: 5 }),
      ]);
    }
    // The three other lead units have no email in "Đơn vị": listed for the coordinator, not mailed.
    expect(out.noEmail.map((n) => n.unit)).toEqual([
      'Phòng Văn hóa - Xã hội',
      'Trung tâm Văn hóa - Thể thao và Truyền thông',
      'Văn phòng HĐND và UBND',
    ]);
    const wb = await loadXlsx(file);
    expect(wb.outbox).toEqual([]);
  }, 60_000);

  it('without --dry-run the emails go to the outbox, once a day, and "Nhật ký" has the run', async () => {
    const first = await sauro('remind', '--workbook', file, '--date', '2026-06-15');
    expect(first.code, first.stderr).toBe(0);
    expect((JSON.parse(first.stdout) as RemindOutput).emails.map((e) => e.unit)).toEqual([
      'Phòng Kinh tế',
      'Công an xã',
    ]);
    const again = await sauro('remind', '--workbook', file, '--date', '2026-06-15');
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({
      emails: [],
      alreadySent: ['Phòng Kinh tế', 'Công an xã'],
    });
    const wb = await loadXlsx(file);
    expect(wb.outbox.map((m) => m.to)).toEqual([
      ['kt@camgiang.vn', 'kt2@camgiang.vn'],
      ['ca@camgiang.vn'],
    ]);
    const reader = createRuntime({
      workbook: wb,
      bundleCode: `function actions() {
        return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Nhật ký').getDataRange().getValues()
          .map(function (r) { return [r[2], r[5]]; });
      }`,
    });
    const runs = reader.call<string[][]>('actions').filter((r) => r[0] === 'Nhắc việc (gửi ngay)');
    expect(runs).toEqual([
      ['Nhắc việc (gửi ngay)', 'Đã gửi 2 thư tới 3 người nhận; hạn mức email còn 97'],
      ['Nhắc việc (gửi ngay)', 'Không gửi thư nào'],
    ]);
  }, 60_000);

  it('a bad date is refused in Vietnamese and English', async () => {
    const r = await sauro('remind', '--workbook', file, '--date', '2026-02-30', '--dry-run');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Ngày "2026-02-30" không hợp lệ');
  });
});

describe('sauro deadline in working days', () => {
  it('"trong 5 ngày làm việc" from 27/04/2026 gives 06/05/2026 (after 30/4–1/5)', async () => {
    const r = await sauro('deadline', 'trong 5 ngày làm việc', '--issued', '2026-04-27');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ kind: 'date', due: '2026-05-06' });
  });

  it('"trong 3 ngày làm việc" from 13/02/2026 skips Tết 2026 (lunar New Year 17/02)', async () => {
    const r = await sauro('deadline', 'trong 3 ngày làm việc', '--issued', '2026-02-13');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ kind: 'date', due: '2026-02-25' });
  });
});
