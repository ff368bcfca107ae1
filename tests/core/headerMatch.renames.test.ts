// How far a unit's heading may stray from the template's and still be its column: spacing and
// punctuation, hints in parentheses, words reordered or split by "/", ",", "-", one typo in a short
// heading and two in a long one, a heading that says too little; and which row is the header.
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { HeaderColumn } from '../../src/core/sheet/headerMatch.ts';

type HeaderMatchModule = typeof import('../../src/core/sheet/headerMatch.ts');
let H: HeaderMatchModule;

// A fresh module per test: headerMatch.ts remembers keys per heading and per column list.
beforeEach(async () => {
  vi.resetModules();
  H = await import('../../src/core/sheet/headerMatch.ts');
});

const columns = (): HeaderColumn[] => [
  { key: 'code', header: 'Mã số' },
  { key: 'note', header: 'Ghi chú' },
  { key: 'result', header: 'Kết quả thực hiện' },
  { key: 'lead', header: 'Cơ quan chủ trì' },
];

/** The column each heading was read as, by key ('' for none). */
const readAs = (headers: unknown[]) => {
  const { index } = H.matchHeaders(headers, columns());
  return headers.map((_, h) => Object.keys(index).find((k) => index[k] === h) ?? '');
};

describe('a heading as a key', () => {
  it.each([
    ['Phòng Văn hóa-Xã hội', 'phòng văn hóa - xã hội'],
    ['Tiến   độ', 'tiến độ'],
    ['Ghi chú.:', 'ghi chú'],
    ['-Ghi chú', '- ghi chú'],
  ])('%j → %j', (heading, key) => {
    expect(H.normalizeHeaderKey(heading)).toBe(key);
  });

  it.each([
    ['tiến độ(%)thực hiện', 'tiến độ thực hiện'],
    ['tiến độ (%) thực hiện', 'tiến độ thực hiện'],
    ['đơn vị tính: (đvt)', 'đơn vị tính'],
    ['(ghi chú)', ''],
    ['(%) tiến độ', 'tiến độ'],
  ])('without hints, %j → %j', (key, bare) => {
    expect(H.stripHints(key)).toBe(bare);
  });
});

describe('a renamed heading', () => {
  it.each([
    ['Chủ trì', 'lead'],
    ['- Kết quả', 'result'],
    ['Cơ quan - chủ trì', 'lead'],
    ['Cơ quan/chủ trì', 'lead'],
    ['chủ trì, cơ quan', 'lead'],
    ['Ghi chú (nếu có)', 'note'],
    ['Mã sa', 'code'],
    ['Ghi cu', 'note'],
    ['Kết qảu thực hiện', 'result'],
  ])('%j is the column %s', (heading, key) => {
    expect(readAs([heading])).toStrictEqual([key]);
  });

  it.each([
    ['Chú', 'one word says too little'],
    ['Mã', 'one word says too little'],
    ['Mã s', 'four letters are too short for a typo'],
    ['Gih chú', 'two typos in seven letters'],
  ])('%j is no column: %s', (heading) => {
    const m = H.matchHeaders([heading], columns());
    expect(m.index).toStrictEqual({});
    expect(m.extra).toStrictEqual([{ header: heading, column: 0 }]);
  });
});

describe('renames and the columns already taken', () => {
  it('two typos are allowed from ten letters: "Tình trnag"', () => {
    expect(
      H.matchHeaders(['Tình trnag'], [{ key: 'state', header: 'Tình trạng' }]).index,
    ).toStrictEqual({ state: 0 });
  });

  it('a column with an alias is renamed through its heading', () => {
    const cols = [{ key: 'note', header: 'Ghi chú', aliases: ['Chú thích'] }];
    expect(H.matchHeaders(['Ghi chú thêm'], cols).index).toStrictEqual({ note: 0 });
  });

  it('a rename never takes a column another heading already names', () => {
    const m = H.matchHeaders(['Ghi chú', 'Ghi chú thêm'], columns());
    expect(m.index).toStrictEqual({ note: 0 });
    expect(m.extra).toStrictEqual([{ header: 'Ghi chú thêm', column: 1 }]);
  });

  it('two renames of one column: neither is guessed', () => {
    const m = H.matchHeaders(['Ghi chú thêm', 'Ghi chú khác'], columns());
    expect(m.index).toStrictEqual({});
    expect(m.extra).toStrictEqual([
      { header: 'Ghi chú thêm', column: 0 },
      { header: 'Ghi chú khác', column: 1 },
    ]);
  });

  it('a heading named exactly is not also a rename of a longer column', () => {
    const cols = [
      { key: 'result', header: 'Kết quả thực hiện' },
      { key: 'review', header: 'Kết quả thực hiện và đánh giá' },
    ];
    const m = H.matchHeaders(['Kết quả thực hiện'], cols);
    expect(m.index).toStrictEqual({ result: 0 });
    expect(m.missing).toStrictEqual([{ key: 'review', header: 'Kết quả thực hiện và đánh giá' }]);
  });

  it('"Chỉ tiêu phấn đấu", an alias of two KPI columns, goes to the one still open', () => {
    const cols = (
      JSON.parse(
        readFileSync(new URL('../../templates/chi-tieu.json', import.meta.url), 'utf8'),
      ) as { columns: HeaderColumn[] }
    ).columns;
    const m = H.matchHeaders(['Nội dung chỉ tiêu', 'Chỉ tiêu phấn đấu'], cols);
    expect(m.index).toStrictEqual({ content: 0, target: 1 });
    expect(m.duplicates).toStrictEqual([]);
  });

  it('a heading without its diacritics repeats the column it names', () => {
    expect(H.matchHeaders(['Ghi chú', 'Ghi chu'], columns()).duplicates).toStrictEqual([
      { key: 'note', columns: [0, 1] },
    ]);
  });
});

describe('blank and repeated headings', () => {
  it('blank headings are neither columns nor extra', () => {
    const m = H.matchHeaders(['', null, 'Ghi chú'], columns());
    expect(m.index).toStrictEqual({ note: 2 });
    expect(m.extra).toStrictEqual([]);
  });

  it('a heading written three times is one duplicate with its three columns', () => {
    expect(H.matchHeaders(['Ghi chú', 'Ghi chú', 'Ghi chú'], columns()).duplicates).toStrictEqual([
      { key: 'note', columns: [0, 1, 2] },
    ]);
  });

  it('duplicates come in the order of their columns in the template', () => {
    const m = H.matchHeaders(['Mã số', 'Ghi chú', 'Ghi chú', 'Mã số'], columns());
    expect(m.index).toStrictEqual({ code: 0, note: 1 });
    expect(m.duplicates).toStrictEqual([
      { key: 'code', columns: [0, 3] },
      { key: 'note', columns: [1, 2] },
    ]);
  });
});

describe('the header row', () => {
  it('the row matching more columns wins', () => {
    const rows = [
      ['Mã số', 'Ghi chú'],
      ['Mã số', 'Ghi chú', 'Kết quả thực hiện'],
    ];
    expect(H.findHeaderRow(rows, columns())).toBe(1);
  });

  it('blank cells do not count towards a row', () => {
    const rows = [
      ['Mã số', '', null, undefined],
      ['Mã số', 'Ghi chú'],
    ];
    expect(H.findHeaderRow(rows, columns())).toBe(1);
  });

  it('no row is scanned when maxScan is 0 or below', () => {
    expect(H.findHeaderRow([['Mã số', 'Ghi chú']], columns(), 0)).toBe(-1);
    expect(H.findHeaderRow([['Mã số', 'Ghi chú']], columns(), -3)).toBe(-1);
  });
});
