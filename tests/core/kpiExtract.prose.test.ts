// Targets in plan prose, on small pastes written like the seeds' "Mục tiêu cụ thể" sections:
// every row, group, line and skipped piece below is read off the text by hand.
import { describe, expect, it } from 'vitest';
import { extractKpis, SKIP_REASON } from '../../src/core/kpi/kpiExtract.ts';

/** [line, group, indicator, target, unit of measure] of each row. */
const rows = (text: string) =>
  extractKpis(text).rows.map((r) => [r.source.line, r.group, r.indicator, r.target, r.measureUnit]);
const skipped = (text: string) => extractKpis(text).skipped.map((s) => [s.line, s.text, s.reason]);

describe('markers, headings and groups', () => {
  it('reads markdown headings, bullets of every kind and the linking word before a figure', () => {
    const text = [
      '## **2. Mục tiêu cụ thể**',
      '*(1) Hạ tầng số*',
      '+ Tỷ lệ thôn có 4G đạt 100%',
      '• Tỷ lệ hộ có cáp quang là 80%',
      '(a) Dữ liệu',
      '▪ Tỷ lệ hồ sơ số hóa ở mức 90%',
      '► Tỷ lệ người dân dùng VNeID chiếm 70%',
      '— Có 5 điểm phát Wi-Fi công cộng',
    ].join('\n');
    const g1 = '2. Mục tiêu cụ thể › (1) Hạ tầng số';
    const g2 = '2. Mục tiêu cụ thể › (a) Dữ liệu';
    expect(rows(text)).toEqual([
      [3, g1, 'Tỷ lệ thôn có 4G', '100%', '%'],
      [4, g1, 'Tỷ lệ hộ có cáp quang', '80%', '%'],
      [6, g2, 'Tỷ lệ hồ sơ số hóa', '90%', '%'],
      [7, g2, 'Tỷ lệ người dân dùng VNeID', '70%', '%'],
      [
        8,
        g2,
        'Điểm phát Wi-Fi công cộng',
        'Có 5 điểm phát Wi-Fi công cộng',
        'điểm phát Wi-Fi công cộng',
      ],
    ]);
  });

  it('nests headings by style: 2.1, 1), II., đ), (iv); a new "2." closes the ones under it', () => {
    expect(
      rows(
        '2.1 Về hạ tầng\n1) Về dữ liệu\nII. Xã hội số\nđ) Thanh toán\n(iv) Khác\n- Ví điện tử đạt 80%',
      ),
    ).toEqual([
      [
        6,
        '2.1 Về hạ tầng › 1) Về dữ liệu › II. Xã hội số › đ) Thanh toán › (iv) Khác',
        'Ví điện tử',
        '80%',
        '%',
      ],
    ]);
    const text = [
      '1. Mục tiêu chung',
      '- Hỗ trợ 100% hộ',
      '2. Mục tiêu cụ thể',
      'a) Về hạ tầng',
      '- Tỷ lệ thôn có 4G đạt 100%',
      'b) Về dữ liệu',
      '- Số hóa 90% hồ sơ',
      '3. Tổ chức thực hiện',
      '- Có 2 đợt kiểm tra',
    ].join('\n');
    expect(rows(text)).toEqual([
      [2, '1. Mục tiêu chung', 'Hỗ trợ hộ', '100%', '%'],
      [5, '2. Mục tiêu cụ thể › a) Về hạ tầng', 'Tỷ lệ thôn có 4G', '100%', '%'],
      [7, '2. Mục tiêu cụ thể › b) Về dữ liệu', 'Số hóa hồ sơ', '90%', '%'],
      [9, '3. Tổ chức thực hiện', 'Đợt kiểm tra', 'Có 2 đợt kiểm tra', 'đợt kiểm tra'],
    ]);
  });

  it('a heading broken over two lines is one heading; a label ends with ":" or starts with "Về"', () => {
    expect(rows('a) Mục tiêu về hạ tầng\nvà dữ liệu số\n- Thôn có 4G đạt 100%')).toEqual([
      [3, 'a) Mục tiêu về hạ tầng và dữ liệu số', 'Thôn có 4G', '100%', '%'],
    ]);
    // A label replaces the label above it; "Mục tiêu cụ thể" alone is a label too.
    const text = [
      '- 100% thôn có 4G.',
      'Mục tiêu cụ thể',
      '- 95% thôn có loa.',
      'Hạ tầng số:',
      '- 90% hộ có cáp quang.',
      'Về dữ liệu',
      '- Số hóa 80% hồ sơ.',
      'Đối với doanh nghiệp',
      '- 50% doanh nghiệp dùng hóa đơn điện tử.',
      'Lĩnh vực y tế',
      '- 90% người dân có sổ sức khỏe điện tử.',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([
      [1, ''],
      [3, 'Mục tiêu cụ thể'],
      [5, 'Hạ tầng số'],
      [7, 'Về dữ liệu'],
      [9, 'Đối với doanh nghiệp'],
      [11, 'Lĩnh vực y tế'],
    ]);
  });
});

describe('lines, clauses and pieces', () => {
  it('joins a bullet broken over lines, splits at ";" and after a figure, keeps each line', () => {
    const text = [
      '- Tỷ lệ hộ có cáp quang',
      'đạt 80%;',
      '',
      'còn lại dùng 4G.',
      '- 60% hộ dùng ví điện tử, 40% hộ dùng thẻ',
      '- Tỷ lệ hộ có 4G đạt 90%.',
      'Tỷ lệ xã có wifi đạt 60%',
    ].join('\n');
    expect(rows(text)).toEqual([
      [1, '', 'Tỷ lệ hộ có cáp quang', '80%', '%'],
      [5, '', 'Hộ dùng ví điện tử', '60%', '%'],
      [5, '', 'Hộ dùng thẻ', '40%', '%'],
      [6, '', 'Tỷ lệ hộ có 4G', '90%', '%'],
      [7, '', 'Tỷ lệ xã có wifi', '60%', '%'],
    ]);
    expect(skipped(text)).toEqual([[4, 'còn lại dùng 4G', SKIP_REASON.partOfBullet]]);
  });

  it('cuts sentences at ". " before a capital, not after "TP." nor inside brackets', () => {
    const text =
      '- Bảo đảm 100% hồ sơ được số hóa. Khuyến khích 50% doanh nghiệp dùng hóa đơn điện tử. TP. Hồ Chí Minh hỗ trợ 30% kinh phí (theo Kế hoạch. Số 5)';
    expect(rows(text)).toEqual([
      [1, '', 'Hồ sơ được số hóa', 'Bảo đảm 100%', '%'],
      [1, '', 'Doanh nghiệp dùng hóa đơn điện tử', 'Khuyến khích 50%', '%'],
      [1, '', 'TP. Hồ Chí Minh hỗ trợ kinh phí (theo Kế hoạch. Số 5)', '30%', '%'],
    ]);
  });

  it('says why text without a figure is left out, with its line', () => {
    const text = [
      '- Nâng cao chất lượng dịch vụ.',
      '- Đạt tối thiểu mục tiêu tỉnh giao.',
      '- Thời gian xử lý không quá mức quy định.',
      '- Giảm thời gian chờ, không vượt quá quy định',
    ].join('\n');
    expect(skipped(text)).toEqual([
      [1, 'Nâng cao chất lượng dịch vụ', SKIP_REASON.noNumber],
      [2, 'Đạt tối thiểu mục tiêu tỉnh giao', SKIP_REASON.wordsOnly],
      [3, 'Thời gian xử lý không quá mức quy định', SKIP_REASON.wordsOnly],
      [4, 'Giảm thời gian chờ, không vượt quá quy định', SKIP_REASON.wordsOnly],
    ]);
    expect(rows(text)).toEqual([]);
  });
});

describe('what the whole paste holds', () => {
  it('only tables when asked: the prose is left alone', () => {
    const text = '- Tỷ lệ hộ có cáp quang đạt 80%';
    expect(extractKpis(text, { tablesOnly: true }).rows).toEqual([]);
    expect(extractKpis(text, { tablesOnly: false }).rows).toHaveLength(1);
  });

  it('never throws on a paste that is not text', () => {
    const nothing = { rows: [], skipped: [], sections: [], problems: [], repairs: [], tables: 0 };
    expect(extractKpis(undefined as unknown as string)).toEqual(nothing);
    expect(extractKpis(42 as unknown as string)).toEqual(nothing);
  });
});

describe('the noun a count measures', () => {
  it('stays in the indicator once', () => {
    expect(
      rows(
        '- Số thôn được phủ sóng 4G đạt 12/15 thôn\n- Xây dựng tối thiểu 02 mô hình thôn thông minh',
      ),
    ).toEqual([
      [1, '', 'Số thôn được phủ sóng 4G', '12/15 thôn', 'thôn'],
      [
        2,
        '',
        'Xây dựng mô hình thôn thông minh',
        'tối thiểu 02 mô hình thôn thông minh',
        'mô hình thôn thông minh',
      ],
    ]);
  });
});

describe('more ways plans write their targets', () => {
  it('a line after an unfinished bullet continues it, even with a capital', () => {
    expect(rows('- 90% hộ có cáp quang\nVề dữ liệu số của xã')).toEqual([
      [1, '', 'Hộ có cáp quang Về dữ liệu số của xã', '90%', '%'],
    ]);
  });

  it('a target starting a joined line is on that line', () => {
    expect(rows('- Tỷ lệ hộ có cáp quang đạt 80%;\ntỷ lệ hộ có 4G đạt 90%')).toEqual([
      [1, '', 'Tỷ lệ hộ có cáp quang', '80%', '%'],
      [2, '', 'Tỷ lệ hộ có 4G', '90%', '%'],
    ]);
  });

  it('two targets with nothing between them are cut before the second figure or after the first', () => {
    expect(rows('- 60% hộ dùng ví 40% hộ dùng thẻ\n- Tỷ lệ A đạt 90% tỷ lệ B đạt 80%')).toEqual([
      [1, '', 'Hộ dùng ví', '60%', '%'],
      [1, '', 'Hộ dùng thẻ', '40%', '%'],
      [2, '', 'Tỷ lệ A', '90%', '%'],
      [2, '', 'Tỷ lệ B', '80%', '%'],
    ]);
  });

  it('drops the soft words before an indicator and the linking words before a figure', () => {
    const text = [
      '- Phấn đấu tỷ lệ hộ có cáp quang đạt 80%',
      '- Đảm bảo tỷ lệ hồ sơ số hóa đạt 100%',
      '- Khuyến khích doanh nghiệp dùng hóa đơn điện tử đạt 50%',
      '- Phần đầu tỷ lệ thôn có 4G là 100%',
      '- Bảo đảm tỷ lệ xã có wifi đạt 100%',
      '- Số hộ dùng điện mặt trời đạt được 120 hộ',
    ].join('\n');
    expect(rows(text)).toEqual([
      [1, '', 'Tỷ lệ hộ có cáp quang', '80%', '%'],
      [2, '', 'Tỷ lệ hồ sơ số hóa', '100%', '%'],
      [3, '', 'Doanh nghiệp dùng hóa đơn điện tử', '50%', '%'],
      [4, '', 'Tỷ lệ thôn có 4G', '100%', '%'],
      [5, '', 'Tỷ lệ xã có wifi', '100%', '%'],
      [6, '', 'Số hộ dùng điện mặt trời', '120 hộ', 'hộ'],
    ]);
  });

  it('"Mục tiêu chung" and "Mục tiêu" are labels; a "Về …" sentence of more than 15 words is not', () => {
    const text = [
      'Mục tiêu chung',
      '- 90% hộ có cáp quang.',
      'Mục tiêu',
      '- 80% hộ có 4G.',
      'Về việc nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn xã theo hướng hiện đại.',
      '- 70% hộ có ví điện tử.',
    ].join('\n');
    expect(rows(text).map((r) => [r[0], r[1]])).toEqual([
      [2, 'Mục tiêu chung'],
      [4, 'Mục tiêu'],
      [6, 'Mục tiêu'],
    ]);
    expect(skipped(text)).toEqual([
      [
        5,
        'Về việc nâng cao chất lượng phục vụ người dân và doanh nghiệp trên địa bàn xã theo hướng hiện đại',
        SKIP_REASON.noNumber,
      ],
    ]);
  });
});
