import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractKpis, SKIP_REASON } from '../../src/core/kpi/kpiExtract.ts';

const fixture = (name: string): string =>
  readFileSync(new URL(`../fixtures/kpi/${name}`, import.meta.url), 'utf8');

/** Every "N%" written in a text: each must end up in some row. */
const percentCount = (text: string): number => text.match(/\d+(?:[.,]\d+)?\s*%/g)?.length ?? 0;

describe('extractKpis on seed 000 (Cỏ Đô), section II.2', () => {
  const text = fixture('seed000-muc-tieu-cu-the.txt');
  const read = () => extractKpis(text);

  it('finds 17 targets and skips nothing', () => {
    const { rows, skipped } = read();
    expect(rows).toHaveLength(17);
    expect(skipped).toHaveLength(0);
  });

  it('splits a bullet with three targets into three rows', () => {
    const { rows } = read();
    const line25 = rows.filter((r) => r.source.line === 25);
    expect(line25.map((r) => [r.indicator, r.target])).toStrictEqual([
      ['Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử', '90%'],
      ['Tỷ lệ số hộ lên POS/QR', '80%'],
      ['Có ghi nhận doanh thu số', '70%'],
    ]);
  });

  it('splits "25% … . Giảm 20-25% …" into two rows, the second a reduction range', () => {
    const { rows } = read();
    const [a, b] = rows.filter((r) => r.source.line === 11);
    expect(a).toMatchObject({ target: '25%', measureUnit: '%' });
    expect(a?.indicator).toMatch(/^Khối lượng công việc hành chính nội bộ được AI hỗ trợ/);
    expect(b).toMatchObject({
      indicator: 'Thời gian xử lý trung bình của các quy trình công việc nội bộ trọng điểm',
      target: 'Giảm 20-25%',
      parsed: { kind: 'range', min: 20, max: 25, unit: '%', note: 'giảm' },
    });
  });

  it('keeps the target as written and the headings as group', () => {
    const { rows } = read();
    expect(rows.find((r) => r.source.line === 27)).toStrictEqual({
      indicator: 'Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số',
      target: 'tối thiểu 60%',
      measureUnit: '%',
      parsed: { kind: 'compare', op: '>=', value: 60, unit: '%' },
      group: '2. Mục tiêu cụ thể › 2.2. Phát triển kinh tế số',
      source: { line: 27 },
    });
    expect(rows[0]?.group).toBe(
      '2. Mục tiêu cụ thể › 2.1. Phát triển chính quyền số › a) Cung cấp dịch vụ số',
    );
  });

  it('loses no percentage', () => {
    const { rows } = read();
    expect(rows).toHaveLength(percentCount(text));
  });
});

describe('extractKpis on seed 002 (Phong Thổ): PDF lines broken mid-sentence', () => {
  const text = fixture('seed002-muc-tieu-cu-the.txt');
  const read = () => extractKpis(text);

  it('finds 12 targets and skips 4 pieces', () => {
    const { rows, skipped } = read();
    expect(rows).toHaveLength(12);
    expect(skipped).toHaveLength(4);
    expect(rows).toHaveLength(percentCount(text));
  });

  it('joins a bullet broken over blank lines', () => {
    const { rows } = read();
    expect(rows[1]).toMatchObject({
      indicator:
        'Cán bộ cấp xã có máy tính đáp ứng cấu hình tối thiểu và có chữ ký số cá nhân để giải quyết công việc trên môi trường điện tử',
      target: '100%',
      group: '2. Mục tiêu cụ thể › 2.1. Về chuyển đổi số › Về hạ tầng số',
      source: { line: 7 + 2 },
    });
  });

  it('reads a paragraph below a heading, and does not read 4G or "Nghị quyết 57"', () => {
    const { rows } = read();
    expect(rows[0]).toMatchObject({
      indicator: 'Phủ sóng 4G cho thôn, bản, tổ dân phố',
      target: '100%',
    });
    expect(rows[11]).toMatchObject({
      target: 'Bảo đảm 100%',
      group: '2. Mục tiêu cụ thể › 2.3. Về theo dõi, giám sát và đánh giá',
    });
    expect(rows[11]?.indicator).toMatch(/Nghị quyết 57$/);
  });

  it('says why each piece was skipped', () => {
    const { skipped } = read();
    expect(skipped.map((s) => [s.line, s.reason])).toStrictEqual([
      [28, SKIP_REASON.wordsOnly],
      [56, SKIP_REASON.partOfBullet],
      [64, SKIP_REASON.noNumber],
      [72, SKIP_REASON.partOfBullet],
    ]);
    expect(skipped[0]?.text).toBe(
      'Tỷ lệ hồ sơ trực tuyến đạt tối thiểu mục tiêu Chính phủ giao hàng năm',
    );
  });
});

describe('extractKpis on seed 004 (Cỏ Lễ): markdown headings', () => {
  const text = fixture('seed004-muc-tieu-cu-the.txt');
  const read = () => extractKpis(text);

  it('finds 14 targets and skips 10 pieces', () => {
    const { rows, skipped } = read();
    expect(rows).toHaveLength(14);
    expect(skipped).toHaveLength(10);
    expect(rows).toHaveLength(percentCount(text));
  });

  it('reads "Phần đầu … năm 2026 đạt tối thiểu 15%" without taking the year', () => {
    const { rows } = read();
    expect(rows[0]).toMatchObject({
      indicator: 'Tỷ trọng kinh tế số trong cơ cấu kinh tế của xã năm 2026',
      target: 'tối thiểu 15%',
      group: '2. Mục tiêu cụ thể › a) Mục tiêu đóng góp cho tăng trưởng',
      source: { line: 5 },
    });
  });

  it('splits a bullet on ";" and keeps the unmeasured part in skipped', () => {
    const { rows, skipped } = read();
    const line25 = rows.filter((r) => r.source.line === 25);
    expect(line25.map((r) => r.target)).toStrictEqual(['100%', 'phấn đấu trên 90%']);
    expect(line25[1]?.parsed).toStrictEqual({ kind: 'compare', op: '>', value: 90, unit: '%' });
    expect(skipped.find((s) => s.line === 25)?.text).toBe(
      'sử dụng chữ ký số chuyên dùng công vụ trong xử lý, phát hành văn bản điện tử',
    );
  });

  it('nests "(1)", dash labels and "(2)" headings', () => {
    const { rows } = read();
    expect(rows[1]?.group).toBe(
      '2. Mục tiêu cụ thể › c) Về chuyển đổi số › (1) Chuyển đổi số trong hoạt động của cơ quan hành chính nhà nước › Về hạ tầng, nền tảng, dữ liệu số',
    );
    expect(rows.find((r) => r.source.line === 45)?.group).toBe(
      '2. Mục tiêu cụ thể › c) Về chuyển đổi số › (2) Kinh tế số',
    );
    expect(rows[13]?.group).toBe('2. Mục tiêu cụ thể › đ. Về theo dõi, giám sát và đánh giá');
  });
});

describe('extractKpis: several targets in one bullet', () => {
  it('"Trên 90% … cấp tỉnh; 80% … cấp huyện" gives two rows', () => {
    const { rows } = extractKpis(
      '- Trên 90% hồ sơ được giải quyết trực tuyến ở cấp tỉnh; 80% hồ sơ được giải quyết trực tuyến ở cấp huyện.',
    );
    expect(rows.map((r) => [r.target, r.indicator, r.parsed.kind])).toStrictEqual([
      ['Trên 90%', 'Hồ sơ được giải quyết trực tuyến ở cấp tỉnh', 'compare'],
      ['80%', 'Hồ sơ được giải quyết trực tuyến ở cấp huyện', 'compare'],
    ]);
    expect(rows[0]?.parsed).toMatchObject({ op: '>' });
  });

  it('cuts at commas and "và" when no ";" separates the targets', () => {
    expect(
      extractKpis('+ Tỷ lệ hộ có cáp quang đạt 80%, tỷ lệ hộ dùng 4G đạt 95%').rows.map((r) => [
        r.indicator,
        r.target,
      ]),
    ).toStrictEqual([
      ['Tỷ lệ hộ có cáp quang', '80%'],
      ['Tỷ lệ hộ dùng 4G', '95%'],
    ]);
    expect(
      extractKpis('- 90% thôn có loa thông minh và 70% hộ dùng thanh toán số').rows.map(
        (r) => r.indicator,
      ),
    ).toStrictEqual(['Thôn có loa thông minh', 'Hộ dùng thanh toán số']);
  });

  it('reads counts with units and ranges of counts', () => {
    const { rows } = extractKpis(
      '- Phấn đấu có ít nhất 01 đến 02 sáng kiến, mô hình đổi mới sáng tạo được áp dụng.\n- Xác định và làm chủ tối thiểu 02 công nghệ/sản phẩm chiến lược của xã.',
    );
    expect(rows.map((r) => [r.indicator, r.target, r.measureUnit])).toStrictEqual([
      [
        'Sáng kiến, mô hình đổi mới sáng tạo được áp dụng',
        'Phấn đấu có ít nhất 01 đến 02 sáng kiến',
        'sáng kiến',
      ],
      [
        'Xác định và làm chủ công nghệ/sản phẩm chiến lược của xã',
        'tối thiểu 02 công nghệ/sản phẩm chiến lược',
        'công nghệ/sản phẩm chiến lược',
      ],
    ]);
    expect(rows[0]?.parsed).toMatchObject({ kind: 'range', min: 1, max: 2 });
  });

  it('does not take an age for a target', () => {
    const { rows } = extractKpis(
      '- Dân số từ 15 tuổi trở lên có tài khoản giao dịch tại ngân hàng đạt 30%.',
    );
    expect(rows.map((r) => r.target)).toStrictEqual(['30%']);
  });
});

describe('extractKpis: quoted names are not targets', () => {
  it('seed 000\'s "nguyên tắc “6 rõ”" and "mô hình “4 lớp”" are skipped; a quoted sentence still counts', () => {
    const ex = extractKpis(
      [
        '- Bảo đảm các nhiệm vụ, giải pháp đề ra có trọng tâm, trọng điểm, gắn với nguyên tắc “6 rõ”.',
        '- Duy trì và nâng cao hiệu quả công tác bảo đảm an toàn thông tin theo mô hình “4 lớp”.',
        '- Thực hiện phong trào “Bình dân học vụ số”, phấn đấu 90% người dân trưởng thành có kỹ năng số cơ bản.',
        '- “3 sẵn sàng” trong công tác quân sự địa phương; nguyên tắc “ 5 rõ ” trong chỉ đạo.',
        '- Hưởng ứng phong trào “100% hộ gia đình có tài khoản thanh toán điện tử”.',
        '- Phấn đấu “tỷ lệ hộ có cáp quang đạt 80%” trong năm 2026.',
      ].join('\n'),
    );
    // A long quoted sentence holding a figure is a target: only a short quoted name is not.
    expect(ex.rows.map((r) => [r.source.line, r.target])).toEqual([
      [3, 'phấn đấu 90%'],
      [5, '100%'],
      [6, '80%'],
    ]);
    expect(ex.rows[0]?.indicator).toBe(
      'Thực hiện phong trào “Bình dân học vụ số”, người dân trưởng thành có kỹ năng số cơ bản',
    );
    expect(ex.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, SKIP_REASON.noNumber],
      [2, SKIP_REASON.noNumber],
      [4, SKIP_REASON.noNumber],
    ]);
  });
});
