// Every comparison word a plan puts before a figure, and every word that ends a unit: each read by
// hand ("không quá 5%" is at most 5 %, "01 mô hình đã vận hành" counts models). docs/KPI.md.
import { describe, expect, it } from 'vitest';
import { parseTarget } from '../../src/core/kpi/target.ts';

describe('the word before the figure decides the comparison', () => {
  it.each<[string, string, string?]>([
    ['giảm xuống dưới', '<'],
    ['xuống dưới', '<'],
    ['thấp hơn', '<'],
    ['ít hơn', '<'],
    ['nhỏ hơn', '<'],
    ['dưới', '<'],
    ['không vượt quá', '<='],
    ['không quá', '<='],
    ['không cao hơn', '<='],
    ['không lớn hơn', '<='],
    ['không nhiều hơn', '<='],
    ['tối đa', '<='],
    ['nhiều nhất', '<='],
    ['giảm xuống còn', '<='],
    ['giảm xuống', '<='],
    ['giảm còn', '<='],
    ['xuống còn', '<='],
    ['còn', '<='],
    ['xuống', '<='],
    ['không dưới', '>='],
    ['không thấp hơn', '>='],
    ['không ít hơn', '>='],
    ['không nhỏ hơn', '>='],
    ['tối thiểu', '>='],
    ['ít nhất', '>='],
    ['từ', '>='],
    ['cao hơn', '>'],
    ['nhiều hơn', '>'],
    ['lớn hơn', '>'],
    ['vượt trên', '>'],
    ['hơn', '>'],
    ['trên', '>'],
    ['phấn đấu', '>='],
    ['phần đầu', '>='],
    ['khuyến khích', '>='],
    ['đạt được', '>='],
    ['đạt mức', '>='],
    ['đạt tỷ lệ', '>='],
    ['đạt tỉ lệ', '>='],
    ['đạt', '>='],
    ['ở mức', '>='],
    ['mức', '>='],
    ['bảo đảm', '>='],
    ['đảm bảo', '>='],
    ['tăng lên', '>='],
    ['nâng lên', '>='],
    ['lên', '>='],
    ['khoảng', '>='],
    ['chiếm', '>='],
    ['là', '>='],
    ['có', '>='],
    ['cắt giảm', '>=', 'giảm'],
    ['giảm', '>=', 'giảm'],
    ['tăng', '>=', 'tăng'],
  ])('"%s 5%%" → %s 5 %%', (word, op, note) => {
    expect(parseTarget(`${word} 5%`)).toStrictEqual({
      kind: 'compare',
      op,
      value: 5,
      unit: '%',
      ...(note !== undefined ? { note } : {}),
    });
  });
});

describe('a comparison symbol as typed', () => {
  it.each([
    ['>= 70%', '>=', 70],
    ['=> 70%', '>=', 70],
    ['≥ 70%', '>=', 70],
    ['<= 5%', '<=', 5],
    ['=< 5%', '<=', 5],
    ['≤ 5%', '<=', 5],
    ['> 70%', '>', 70],
    ['< 5%', '<', 5],
    ['= 100%', '=', 100],
  ])('%s', (cell, op, value) => {
    expect(parseTarget(cell)).toStrictEqual({ kind: 'compare', op, value, unit: '%' });
  });
});

// A unit is at most five words: each rest below is short enough that only the stop word ends it.
describe('a unit ends at the first word that is not part of it', () => {
  it.each([
    ['01 mô hình được nhân rộng', 'được nhân rộng'],
    ['01 mô hình đã vận hành', 'đã vận hành'],
    ['01 mô hình đang vận hành', 'đang vận hành'],
    ['01 mô hình sẽ nhân rộng', 'sẽ nhân rộng'],
    ['01 mô hình có hiệu quả', 'có hiệu quả'],
    ['01 mô hình tại mỗi thôn', 'tại mỗi thôn'],
    ['01 mô hình trong năm', 'trong năm'],
    ['01 mô hình của xã', 'của xã'],
    ['01 mô hình cho thanh niên', 'cho thanh niên'],
    ['01 mô hình trên địa bàn', 'trên địa bàn'],
    ['01 mô hình dưới chân núi', 'dưới chân núi'],
    ['01 mô hình về nông nghiệp', 'về nông nghiệp'],
    ['01 mô hình theo hướng dẫn', 'theo hướng dẫn'],
    ['01 mô hình đạt hiệu quả', 'đạt hiệu quả'],
    ['01 mô hình và nhóm', 'và nhóm'],
    ['01 mô hình hoặc nhóm', 'hoặc nhóm'],
    ['01 mô hình với thanh niên', 'với thanh niên'],
    ['01 mô hình từ ngân sách', 'từ ngân sách'],
    ['01 mô hình đến cuối năm', 'đến cuối năm'],
    ['01 mô hình tới cuối năm', 'tới cuối năm'],
    ['01 mô hình trở thành điểm sáng', 'trở thành điểm sáng'],
    ['01 mô hình để nhân rộng', 'để nhân rộng'],
    ['01 mô hình thuộc lĩnh vực', 'thuộc lĩnh vực'],
    ['01 mô hình ở mỗi thôn', 'ở mỗi thôn'],
    ['01 mô hình là điểm sáng', 'là điểm sáng'],
    ['01 mô hình mỗi thôn', 'mỗi thôn'],
    ['01 mô hình không dùng giấy', 'không dùng giấy'],
    ['01 mô hình so với năm trước', 'so với năm trước'],
    ['01 mô hình khi có kinh phí', 'khi có kinh phí'],
    ['01 mô hình nhằm hỗ trợ', 'nhằm hỗ trợ'],
    ['01 mô hình bằng vốn xã', 'bằng vốn xã'],
    ['01 mô hình do Đoàn lập', 'do Đoàn lập'],
    ['01 mô hình vào cuối năm', 'vào cuối năm'],
    ['01 mô hình đều hoạt động', 'đều hoạt động'],
    ['01 mô hình phải hoạt động', 'phải hoạt động'],
    ['01 mô hình cần nhân rộng', 'cần nhân rộng'],
    ['01 mô hình gồm các thôn', 'gồm các thôn'],
    ['01 mô hình như năm trước', 'như năm trước'],
    ['01 mô hình hơn năm trước', 'hơn năm trước'],
    ['01 mô hình trừ vùng cao', 'trừ vùng cao'],
  ])('%s: the unit is "mô hình", the rest a note', (cell, note) => {
    expect(parseTarget(cell)).toStrictEqual({
      kind: 'compare',
      op: '>=',
      value: 1,
      unit: 'mô hình',
      note,
    });
  });
});
