// extractKpis on any text: it never throws, and every row it gives has a readable target.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractKpis } from '../../src/core/kpi/kpiExtract.ts';

describe('extractKpis never throws', () => {
  const words = fc.constantFrom(
    '- ',
    '+ ',
    '• ',
    'a) ',
    '2.1. ',
    '(1) ',
    '## **',
    '**',
    '\n',
    '\n\n',
    '; ',
    '. ',
    ', ',
    ':',
    'Tỷ lệ',
    'hồ sơ',
    'đạt',
    'tối thiểu',
    'trên',
    'Giảm',
    '90%',
    '20-25%',
    '01',
    'mô hình',
    'năm 2026',
    '4G',
    'Nghị quyết 57',
    '(',
    ')',
    'Về hạ tầng số:',
    'và',
    'Phấn đấu',
    '$\\geq 10\\%$',
  );
  const prose = fc.array(words, { maxLength: 40 }).map((w) => w.join(' '));

  it('on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), prose), (text) => {
        const r = extractKpis(text);
        for (const row of r.rows) {
          expect(row.target).not.toBe('');
          expect(row.parsed.kind).not.toBe('invalid');
        }
      }),
      { numRuns: 3000 },
    );
  });
});
