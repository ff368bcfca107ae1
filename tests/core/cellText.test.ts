import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  asData,
  cellString,
  fromData,
  readNumber,
  readPercent,
} from '../../src/core/sheet/cellText.ts';
import { foldText } from '../../src/core/text/text.ts';

describe('asData', () => {
  it('neutralizes text that Sheets would read as a formula or a number', () => {
    expect(asData('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(asData('+84 912 345 678')).toBe("'+84 912 345 678");
    expect(asData('-')).toBe("'-");
    expect(asData('- Đã tổ chức 2 lớp')).toBe("'- Đã tổ chức 2 lớp");
    expect(asData('@x')).toBe("'@x");
  });

  it('leaves ordinary text and non-text values alone', () => {
    expect(asData('Đã hoàn thành 100%')).toBe('Đã hoàn thành 100%');
    expect(asData('')).toBe('');
    expect(asData(null)).toBe('');
    expect(asData(undefined)).toBe('');
    expect(asData(70)).toBe(70);
    expect(asData(true)).toBe(true);
    const d = new Date(Date.UTC(2026, 4, 14, 17));
    expect(asData(d)).toBe(d);
    expect(asData(Number.NaN)).toBe('');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('=1', '+1', '-1', '@1', "'=1")), (s) => {
        expect(asData(asData(s))).toBe(asData(s));
      }),
    );
  });
});

describe('cellString', () => {
  it('gives trimmed display text', () => {
    expect(cellString('  Hoàn thành ')).toBe('Hoàn thành');
    // Decomposed marks (as some PDFs paste them) are composed; composed text is left as it is.
    expect(cellString(' Hoa\u0300n tha\u0300nh')).toBe('Hoàn thành');
    expect(cellString('Ω \u2126')).toBe('Ω Ω');
    expect(cellString(0.1 + 0.2)).toBe('0.3');
    expect(cellString(70)).toBe('70');
    expect(cellString(true)).toBe('TRUE');
    expect(cellString(null)).toBe('');
    expect(cellString('')).toBe('');
  });

  it('reads Dates in Vietnam time (cells give local midnight in Asia/Ho_Chi_Minh)', () => {
    // 15/12/2026 00:00 in Hà Nội is 14/12/2026 17:00 UTC.
    expect(cellString(new Date(Date.UTC(2026, 11, 14, 17, 0)))).toBe('15/12/2026');
    expect(cellString(new Date(Date.UTC(2026, 11, 15, 1, 30)))).toBe('15/12/2026 08:30');
  });
});

describe('foldText', () => {
  it('drops diacritics and case', () => {
    expect(foldText('Hoàn Thành')).toBe('hoan thanh');
    expect(foldText('  Đang  thực hiện ')).toBe('dang thuc hien');
  });
});

describe('readPercent', () => {
  it('reads a %-formatted cell as a fraction', () => {
    expect(readPercent(0.7, '0%')).toEqual({ ok: true, value: 70 });
    expect(readPercent(1, '0.00%')).toEqual({ ok: true, value: 100 });
    expect(readPercent(0.7)).toEqual({ ok: true, value: 70 });
  });

  it('reads typed numbers and text as written', () => {
    expect(readPercent(70)).toEqual({ ok: true, value: 70 });
    expect(readPercent(70, '0')).toEqual({ ok: true, value: 70 });
    expect(readPercent('70%')).toEqual({ ok: true, value: 70 });
    expect(readPercent('70 %')).toEqual({ ok: true, value: 70 });
    expect(readPercent('70,5')).toEqual({ ok: true, value: 70.5 });
    expect(readPercent(' 100 ')).toEqual({ ok: true, value: 100 });
    expect(readPercent(0)).toEqual({ ok: true, value: 0 });
  });

  it('treats blank as no value', () => {
    expect(readPercent('')).toEqual({ ok: true, value: null });
    expect(readPercent(null)).toEqual({ ok: true, value: null });
  });

  it('rejects out of range or unreadable values with a Vietnamese message', () => {
    for (const bad of [120, -5, '150%', 'nhiều', 'khoảng 50', true]) {
      const r = readPercent(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/Tiến độ/);
    }
  });
});

describe('readNumber', () => {
  it('reads KPI actuals in the ways units write them', () => {
    expect(readNumber(95)).toEqual({ ok: true, value: { value: 95, kind: 'number' } });
    expect(readNumber(0.95, '0%')).toEqual({ ok: true, value: { value: 95, kind: 'percent' } });
    expect(readNumber('95%')).toEqual({ ok: true, value: { value: 95, kind: 'percent' } });
    expect(readNumber('1.234,5')).toEqual({ ok: true, value: { value: 1234.5, kind: 'number' } });
    expect(readNumber('12 mô hình')).toEqual({ ok: true, value: { value: 12, kind: 'number' } });
    expect(readNumber('Có')).toEqual({ ok: true, value: { value: 1, kind: 'yesNo' } });
    expect(readNumber('không')).toEqual({ ok: true, value: { value: 0, kind: 'yesNo' } });
    expect(readNumber('')).toEqual({ ok: true, value: null });
  });

  it('rejects text without a number', () => {
    const r = readNumber('đang cập nhật');
    expect(r.ok).toBe(false);
  });
});

describe('fromData', () => {
  it('gives back the text a cell shows for what asData wrote', () => {
    expect(fromData(asData('=SUM(A1)'))).toBe('=SUM(A1)');
    expect(fromData(asData('-'))).toBe('-');
    expect(fromData("'abc")).toBe("'abc");
    expect(fromData(12)).toBe('12');
  });
});
