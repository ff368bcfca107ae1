import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import type { HeaderColumn } from '../../src/core/sheet/headerMatch.ts';

type HeaderMatchModule = typeof import('../../src/core/sheet/headerMatch.ts');
let findHeaderRow: HeaderMatchModule['findHeaderRow'];
let matchHeaders: HeaderMatchModule['matchHeaders'];
let normalizeHeaderKey: HeaderMatchModule['normalizeHeaderKey'];
let stripHints: HeaderMatchModule['stripHints'];

// Each test starts from a fresh module: headerMatch.ts remembers what it worked out per heading
// and per list of columns, and one test must not lean on what another left there.
beforeEach(async () => {
  vi.resetModules();
  ({ findHeaderRow, matchHeaders, normalizeHeaderKey, stripHints } =
    await import('../../src/core/sheet/headerMatch.ts'));
});

interface TemplateJson {
  columns: HeaderColumn[];
}
const load = (id: string): HeaderColumn[] =>
  (
    JSON.parse(
      readFileSync(new URL(`../../templates/${id}.json`, import.meta.url), 'utf8'),
    ) as TemplateJson
  ).columns;
const phuLuc = load('phu-luc');
const sauRo = load('sau-ro');

/** The phu-luc columns without their aliases, to test the rules on their own. */
const bare: HeaderColumn[] = phuLuc.map(({ key, header }) => ({ key, header }));

describe('normalizeHeaderKey', () => {
  it('folds case, spaces, line breaks, trailing punctuation', () => {
    expect(normalizeHeaderKey('  Tiến độ\n(%) :')).toBe('tiến độ (%)');
    expect(normalizeHeaderKey('GHI CHÚ.')).toBe('ghi chú');
    expect(normalizeHeaderKey(null)).toBe('');
  });

  it('folds old and new tone placement', () => {
    expect(normalizeHeaderKey('Văn hoá')).toBe(normalizeHeaderKey('Văn hóa'));
    expect(normalizeHeaderKey('Hoà')).toBe(normalizeHeaderKey('Hòa'));
    expect(normalizeHeaderKey('Uỷ ban')).toBe(normalizeHeaderKey('Ủy ban'));
    expect(normalizeHeaderKey('khoẻ')).toBe(normalizeHeaderKey('khỏe'));
    // Closed syllables never vary; "qu" is a consonant.
    expect(normalizeHeaderKey('hoàn')).toBe('hoàn');
    expect(normalizeHeaderKey('quý')).toBe('quý');
  });

  it('folds dashes and their spacing', () => {
    expect(normalizeHeaderKey('Văn hóa – Xã hội')).toBe('văn hóa - xã hội');
    expect(normalizeHeaderKey('Văn hóa-Xã hội')).toBe('văn hóa - xã hội');
  });

  it('is idempotent and NFC/NFD-blind', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const k = normalizeHeaderKey(s);
        expect(normalizeHeaderKey(k)).toBe(k);
        expect(normalizeHeaderKey(s.normalize('NFD'))).toBe(normalizeHeaderKey(s.normalize('NFC')));
      }),
    );
  });

  it('stripHints removes parenthesised hints', () => {
    expect(stripHints('đơn vị chủ trì (rõ người)')).toBe('đơn vị chủ trì');
  });
});

describe('matchHeaders', () => {
  it('matches the template headings exactly, in any order', () => {
    const headers = [...phuLuc].reverse().map((c) => c.header);
    const m = matchHeaders(headers, phuLuc);
    expect(m.missing).toEqual([]);
    expect(m.extra).toEqual([]);
    expect(m.duplicates).toEqual([]);
    phuLuc.forEach((c, i) => expect(m.index[c.key]).toBe(phuLuc.length - 1 - i));
  });

  it('matches renamed headings, never by position', () => {
    const headers = ['Mã', 'Trang thai', 'Tiến độ', 'Kết quả', 'Nội dung', 'Cơ quan chủ trì'];
    const m = matchHeaders(headers, bare);
    expect(m.index).toMatchObject({
      code: 0,
      status: 1,
      progress: 2,
      actual: 3,
      content: 4,
      leadUnit: 5,
    });
    expect(m.missing.map((x) => x.key)).toEqual([
      'ordinal',
      'partnerUnits',
      'deadline',
      'evidence',
      'notes',
      'dueDate',
      'deadlineStatus',
    ]);
  });

  it('uses aliases and tone/dash variants', () => {
    const m = matchHeaders(['Mã NV', 'Đơn vị chủ trì', 'Tình trạng', '% hoàn thành'], phuLuc);
    expect(m.index).toMatchObject({ code: 0, leadUnit: 1, status: 2, progress: 3 });
    const s = matchHeaders(['Đơn vị chủ trì', 'Thời hạn hoàn thành'], sauRo);
    expect(s.index).toMatchObject({ leadUnit: 0, deadline: 1 });
  });

  it('accepts conservative renames: extra words or a small typo', () => {
    const m = matchHeaders(
      ['Kết quả thực hiện đến kỳ báo cáo', 'Minh chung', 'Thoi gian hoan thanh', 'Ghi chus'],
      bare,
    );
    expect(m.index).toMatchObject({ actual: 0, evidence: 1, deadline: 2, notes: 3 });
  });

  it('reports extra, missing and duplicate columns', () => {
    const m = matchHeaders(['Mã', 'Nhận xét', '', 'Ghi chú', 'Ghi chú', 'Trạng thái'], phuLuc);
    expect(m.extra).toEqual([{ header: 'Nhận xét', column: 1 }]);
    expect(m.duplicates).toEqual([{ key: 'notes', columns: [3, 4] }]);
    expect(m.index.notes).toBe(3);
    expect(m.missing.map((x) => x.key)).toContain('progress');
  });

  it('does not guess when a rename fits two columns', () => {
    const cols: HeaderColumn[] = [
      { key: 'a', header: 'Kết quả thực hiện' },
      { key: 'b', header: 'Kết quả đánh giá' },
    ];
    const m = matchHeaders(['Kết quả'], cols);
    expect(m.index).toEqual({});
    expect(m.extra).toEqual([{ header: 'Kết quả', column: 0 }]);
  });

  it('never matches unrelated headings', () => {
    const m = matchHeaders(['Số điện thoại', 'Email', 'Năm'], bare);
    expect(m.index).toEqual({});
    expect(m.extra).toHaveLength(3);
  });
});

describe('findHeaderRow', () => {
  it('skips title rows', () => {
    const rows = [
      ['PHỤ LỤC I: DANH MỤC NHIỆM VỤ', '', ''],
      ['Kế hoạch số 03/KH-UBND', '', ''],
      ['', '', ''],
      ['TT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      ['I', 'Nâng cao nhận thức', '', '', ''],
    ];
    expect(findHeaderRow(rows, phuLuc)).toBe(3);
  });

  it('needs at least two matching headings and stays within maxScan', () => {
    expect(findHeaderRow([['Nội dung', 'x']], phuLuc)).toBe(-1);
    const rows = [...Array.from({ length: 5 }, () => ['']), ['Mã', 'Nội dung', 'Trạng thái']];
    expect(findHeaderRow(rows, phuLuc, 5)).toBe(-1);
    expect(findHeaderRow(rows, phuLuc)).toBe(5);
  });
});
