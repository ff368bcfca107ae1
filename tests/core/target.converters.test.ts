// Targets as PDF/Word-to-text converters leave them: LaTeX commands ("$\geq 80\%$", as seed 003's
// appendix has them), markdown bold, full-width and look-alike symbols, invisible characters. A
// reader sees the plain text; the target means what the plain text says.
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/core/kpi/target.ts';
import { normalizeTarget } from '../../src/core/kpi/targetWrite.ts';
import { cleanInline, cleanTarget } from '../../src/core/text/inline.ts';

describe('what a converter left, and what a reader sees', () => {
  it.each([
    ['$\\geq 80\\%$', '≥ 80%', '≥ 80%'],
    ['$\\geqslant 90\\%$', '≥ 90%', '≥ 90%'],
    ['$\\ge 90\\%$', '≥ 90%', '≥ 90%'],
    ['$\\leqslant 5\\%$', '≤ 5%', '≤ 5%'],
    ['$\\leq 5\\%$', '≤ 5%', '≤ 5%'],
    ['$\\le 5$ ngày', '≤ 5 ngày', '≤ 5 ngày'],
    ['$\\gt 50\\%$', '> 50%', '> 50%'],
    ['$\\lt 3\\%$', '< 3%', '< 3%'],
    ['$\\geq 80\\text{ hộ}$', '≥ 80 hộ', '≥ 80 hộ'],
    ['$\\geq 2\\mathrm{ km}$', '≥ 2 km', '≥ 2 km'],
    ['$\\ge 2 \\textrm{km}$', '≥ 2 km', '≥ 2 km'],
    ['$\\geq 10 \\mbox{ máy}$', '≥ 10 máy', '≥ 10 máy'],
    ['$\\geq 60\\,\\%$', '≥ 60 %', '≥ 60%'],
    ['$\\geq 60\\;\\%$', '≥ 60 %', '≥ 60%'],
    ['$\\geq 60\\:\\%$', '≥ 60 %', '≥ 60%'],
    ['$\\geq 60\\ \\%$', '≥ 60 %', '≥ 60%'],
    ['$\\{\\geq 60\\}\\%$', '≥ 60%', '≥ 60%'],
    ['⩾ 70%', '≥ 70%', '≥ 70%'],
    ['≧ 70%', '≥ 70%', '≥ 70%'],
    ['≦ 5%', '≤ 5%', '≤ 5%'],
    ['⩽ 5%', '≤ 5%', '≤ 5%'],
    ['70％', '70%', '≥ 70%'],
    ['70﹪', '70%', '≥ 70%'],
    ['＞70%', '>70%', '> 70%'],
    ['＜5%', '<5%', '< 5%'],
    ['＝100%', '=100%', '= 100%'],
    ['**90%** số hộ', '90% số hộ', '≥ 90% (số hộ)'],
    ['__90%__ số hộ', '90% số hộ', '≥ 90% (số hộ)'],
    ['9\u200b0%', '90%', '≥ 90%'],
    ['đạt 90\u00ad%', 'đạt 90%', '≥ 90%'],
    ['\ufeffđạt\u00a0 90%', 'đạt 90%', '≥ 90%'],
  ])('%s reads as "%s" and means %s', (converted, plain, canonical) => {
    expect(cleanInline(converted)).toBe(plain);
    expect(normalizeTarget(parseTarget(converted))).toBe(canonical);
  });

  it('cleaning twice changes nothing more', () => {
    for (const t of ['$\\geq 80\\%$ **số hộ**', '＞70％', 'a\\_b', '**90%**'])
      expect(cleanInline(cleanInline(t))).toBe(cleanInline(t));
  });

  it('an escaped character stands for itself', () => {
    expect(cleanInline('tỷ lệ 90\\% hộ\\_gia đình')).toBe('tỷ lệ 90% hộ_gia đình');
  });
});

describe('bullets and stray punctuation around a target', () => {
  it.each([
    ['- 90%', '90%'],
    ['+ 90%', '90%'],
    ['* 90%', '90%'],
    ['– 90%', '90%'],
    ['• 90%', '90%'],
    ['·90%', '90%'],
    ['● 90%', '90%'],
    ['▪ ≥ 01 mô hình', '≥ 01 mô hình'],
    ['►Có', 'Có'],
    [': 90%', '90%'],
    ['; ≥ 80%;', '≥ 80%'],
    ['90% .', '90%'],
    ['90%…', '90%'],
    ['- - 90% ,', '90%'],
  ])('%j → %j', (cell, target) => {
    expect(cleanTarget(cell)).toBe(target);
  });

  it('a minus sign right against its number stays: it is a decrease', () => {
    expect(cleanTarget('-5%')).toBe('-5%');
    expect(normalizeTarget(parseTarget('-5%'))).toBe('Giảm 5%');
  });
});
