// How extractKpis reads the less tidy pastes: indented or markdown lines, two-digit and deep
// heading numbers, labels, brackets, abbreviations, and tables of odd shapes. Each expected row
// is read off the small text by hand.
import { describe, expect, it } from 'vitest';
import { extractKpis, SKIP_REASON } from '../../src/core/kpi/kpiExtract.ts';

/** [line, group, indicator, target] of each row. */
const rows = (text: string) =>
  extractKpis(text).rows.map((r) => [r.source.line, r.group, r.indicator, r.target]);
const skipped = (text: string) => extractKpis(text).skipped.map((s) => [s.line, s.text, s.reason]);

describe('lines as converters leave them', () => {
  it('indented headings and bullets, markdown around a heading, a dash without a space', () => {
    const text = [
      '   ## 2. Mục tiêu cụ thể',
      '  - Tỷ lệ thôn có 4G đạt 100%',
      '*a) Về dữ liệu*',
      '-Tỷ lệ hồ sơ số hóa đạt 90%',
    ].join('\n');
    expect(rows(text)).toEqual([
      [2, '2. Mục tiêu cụ thể', 'Tỷ lệ thôn có 4G', '100%'],
      [4, '2. Mục tiêu cụ thể › a) Về dữ liệu', 'Tỷ lệ hồ sơ số hóa', '90%'],
    ]);
  });

  it('heading numbers with two digits, three levels, or no space after a bracket', () => {
    const text = [
      '10. Về dữ liệu',
      '- 90% hồ sơ số hóa',
      '2.9. Về A',
      '2.10. Về B',
      '- 80% hộ có 4G',
      '10.1 Về C',
      '- 70% hộ có ví',
      '2.1.3 Về D',
      '- 60% hộ có thẻ',
      '(10) Về E',
      '- 50% hộ',
      '(1)Hạ tầng số',
      '- 40% thôn',
    ].join('\n');
    expect(rows(text).map((r) => r[1])).toEqual([
      '10. Về dữ liệu',
      '10. Về dữ liệu › 2.10. Về B',
      '10. Về dữ liệu › 10.1 Về C',
      '10. Về dữ liệu › 10.1 Về C › 2.1.3 Về D',
      '10. Về dữ liệu › 10.1 Về C › 2.1.3 Về D › (10) Về E',
      '10. Về dữ liệu › 10.1 Về C › 2.1.3 Về D › (1) Hạ tầng số',
    ]);
  });

  it('a number or a bracket inside a sentence is no heading', () => {
    const text = [
      'Theo mục 1.2 của kế hoạch, 80% hộ có 4G.',
      'Nhóm chỉ tiêu (1) về hạ tầng:',
      '- 70% thôn có loa.',
    ].join('\n');
    expect(rows(text)).toEqual([
      [1, '', 'Theo mục 1.2 của kế hoạch, hộ có 4G', '80%'],
      [3, 'Nhóm chỉ tiêu (1) về hạ tầng', 'Thôn có loa', '70%'],
    ]);
  });

  it('a line after a bullet that only has ":" inside continues it', () => {
    const text = '- 90% hộ có cáp quang ở thôn: Nà Pồng\nBản Mới và Bản Cũ';
    expect(rows(text)).toEqual([
      [1, '', 'Hộ có cáp quang ở thôn: Nà Pồng Bản Mới và Bản Cũ', '90%'],
    ]);
    expect(skipped(text)).toEqual([]);
  });
});

describe('labels', () => {
  it('a paragraph label and a bullet label are at the same level; the last ":" goes', () => {
    const text = [
      'Về hạ tầng:',
      '- 90% hộ có cáp quang.',
      '- Về dữ liệu:',
      '- 80% hồ sơ số hóa.',
      'Về hạ tầng: mạng và dữ liệu:',
      '- 70% thôn có 4G.',
      'Hạ tầng số :',
      '- 60% hộ có ví.',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([
      [2, 'Về hạ tầng'],
      [4, 'Về dữ liệu'],
      [6, 'Về hạ tầng: mạng và dữ liệu'],
      [8, 'Hạ tầng số'],
    ]);
  });

  it('"Về …" of 15 words is a label; ":" inside, "mục tiêu" inside, "về" inside are not', () => {
    const fifteen = 'Về hạ tầng số của xã gồm mạng di động cáp quang truyền hình loa';
    expect(fifteen.split(' ')).toHaveLength(15);
    expect(rows(`${fifteen}\n- 50% hộ có ví.`)).toEqual([[2, fifteen, 'Hộ có ví', '50%']]);
    const text = [
      '- Ghi chú: nội dung này không có số liệu.',
      '- Các mục tiêu chung.',
      '- Mục tiêu phát triển.',
      '- Nâng cao chất lượng về dịch vụ.',
      '- 50% hộ có ví.',
    ].join('\n');
    expect(skipped(text)).toEqual([
      [1, 'Ghi chú: nội dung này không có số liệu', SKIP_REASON.noNumber],
      [2, 'Các mục tiêu chung', SKIP_REASON.noNumber],
      [3, 'Mục tiêu phát triển', SKIP_REASON.noNumber],
      [4, 'Nâng cao chất lượng về dịch vụ', SKIP_REASON.noNumber],
    ]);
    expect(rows(text)).toEqual([[5, '', 'Hộ có ví', '50%']]);
  });
});

describe('clauses and pieces', () => {
  it('brackets: a stray ")" opens nothing, a ";" inside brackets cuts nothing, "(…)" is no piece', () => {
    const text = [
      '- Tỷ lệ hộ có 4G đạt 80%; (…)',
      '- Nhóm 1) hộ có cáp quang đạt 80%; còn lại dùng 4G',
      '- 80% hộ có cáp quang (thôn A; thôn B)',
    ].join('\n');
    expect(rows(text)).toEqual([
      [1, '', 'Tỷ lệ hộ có 4G', '80%'],
      [2, '', 'Nhóm 1) hộ có cáp quang', '80%'],
      [3, '', 'Hộ có cáp quang (thôn A; thôn B)', '80%'],
    ]);
    expect(skipped(text)).toEqual([[2, 'còn lại dùng 4G', SKIP_REASON.partOfBullet]]);
  });

  it('"TP." at the start and "P." after a word are abbreviations, not sentence ends', () => {
    const text = '- TP. Hồ Chí Minh hỗ trợ 30% kinh phí\n- Trụ sở P. Tân Định có 80% hồ sơ số hóa';
    expect(rows(text)).toEqual([
      [1, '', 'TP. Hồ Chí Minh hỗ trợ kinh phí', '30%'],
      [2, '', 'Trụ sở P. Tân Định hồ sơ số hóa', 'có 80%'],
    ]);
    expect(skipped(text)).toEqual([]);
  });

  it('each of two targets of one bullet keeps the line it starts on', () => {
    const text = '- Tỷ lệ A đạt 90%\ntỷ lệ B đạt 80%\n- Tỷ lệ C đạt 70%,\ntỷ lệ D đạt 60%';
    expect(rows(text)).toEqual([
      [1, '', 'Tỷ lệ A', '90%'],
      [2, '', 'Tỷ lệ B', '80%'],
      [3, '', 'Tỷ lệ C', '70%'],
      [4, '', 'Tỷ lệ D', '60%'],
    ]);
  });

  it('soft and linking words count only at the start', () => {
    const text = [
      '- Tỷ lệ hộ được bảo đảm an ninh mạng đạt 80%',
      '- Tỷ lệ hộ có cáp quang phấn đấu đạt 90%',
    ].join('\n');
    expect(rows(text)).toEqual([
      [1, '', 'Tỷ lệ hộ được bảo đảm an ninh mạng', '80%'],
      [2, '', 'Tỷ lệ hộ có cáp quang', 'phấn đấu đạt 90%'],
    ]);
  });
});

describe('tables of other shapes', () => {
  it('without a unit-of-measure column: the unit of the target; without sections: no group', () => {
    const ex = extractKpis(
      'STT\tNội dung chỉ tiêu\tChỉ tiêu\tĐơn vị chủ trì\tGhi chú\t\n1\tHộ có cáp quang\t≥ 80%\tPhòng Kinh tế\tvùng cao\tnăm 2027',
    );
    expect(ex.rows.map((r) => [r.group, r.measureUnit, r.notes])).toEqual([
      ['', '%', 'Ghi chú: vùng cao; Cột 6: năm 2027'],
    ]);
  });

  it('a tab inside a prose line is no table', () => {
    expect(rows('- 80% hộ\tcó 4G\n- 70% thôn có loa')).toEqual([
      [1, '', 'Hộ có 4G', '80%'],
      [2, '', 'Thôn có loa', '70%'],
    ]);
  });

  it('a task table header without rows leaves the prose after it', () => {
    expect(
      rows('TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n- 80% hộ có 4G'),
    ).toEqual([[2, '', 'Hộ có 4G', '80%']]);
  });

  it('a KPI table right after a task table, or after a blank line, is read', () => {
    const task =
      'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\n1\tSố hóa hồ sơ\tPhòng Kinh tế\t\tQuý II/2026';
    const kpi = 'STT\tNội dung chỉ tiêu\tĐơn vị tính\tChỉ tiêu\n1\tHộ có cáp quang\t%\t≥ 80%';
    expect(rows(`${task}\n${kpi}\n2\tThôn có 4G\t%\t100%`)).toEqual([
      [4, '', 'Hộ có cáp quang', '≥ 80%'],
      [5, '', 'Thôn có 4G', '100%'],
    ]);
    expect(rows(`${task}\n\n${kpi}`)).toEqual([[5, '', 'Hộ có cáp quang', '≥ 80%']]);
  });
});
