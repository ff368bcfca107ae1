// What an officer types in a result cell, judged against the targets the plans write: every
// expected status, ratio and message below is counted by hand from the rules of docs/KPI.md.
import { describe, expect, it } from 'vitest';
import { evaluate, KpiStatus, progress } from '../../src/core/kpi/kpiEvaluate.ts';
import { parseTarget } from '../../src/core/kpi/target.ts';

const judge = (target: string, actual: unknown) => evaluate(parseTarget(target), actual);
const share = (target: string, actual: unknown) => progress(parseTarget(target), actual);
const YES_NO = 'Chỉ tiêu dạng Có/Không: hãy ghi “Có” hoặc “Không”.';

describe('a reduction entered in a cell formatted as %', () => {
  it('-0.07 shows "-7%": a reduction of 7 points, past "Giảm 5%"', () => {
    expect(judge('Giảm 5%', -0.07)).toStrictEqual({ status: KpiStatus.exceeded, ratio: 1.4 });
    expect(judge('Giảm 5%', -0.05)).toStrictEqual({ status: KpiStatus.met, ratio: 1 });
    expect(judge('Giảm 5%', -0.03)).toStrictEqual({ status: KpiStatus.notMet, ratio: 0.6 });
    expect(judge('-5%', -0.07).status).toBe(KpiStatus.exceeded);
    expect(judge('Giảm 20-25%', -0.22)).toStrictEqual({ status: KpiStatus.met, ratio: 1.1 });
  });

  it('-1 shows "-100%"; -7 typed in a plain cell is 7 points', () => {
    expect(judge('Giảm 5%', -1)).toStrictEqual({ status: KpiStatus.exceeded, ratio: 20 });
    expect(judge('Giảm 5%', -7)).toStrictEqual({ status: KpiStatus.exceeded, ratio: 1.4 });
    expect(judge('Giảm 5%', -3)).toStrictEqual({ status: KpiStatus.notMet, ratio: 0.6 });
  });

  it('the minus is a reduction only for a reduction target', () => {
    const negative = {
      status: KpiStatus.invalid,
      ratio: null,
      message: 'Kết quả là số âm, không hợp lệ.',
    };
    expect(judge('≥ 60%', -0.07)).toStrictEqual(negative);
    expect(judge('≥ 2% GRDP', '-3%')).toStrictEqual(negative);
    expect(judge('Tăng 10%', -0.05)).toStrictEqual(negative);
    expect(judge('Giảm 5%', '−7%').status).toBe(KpiStatus.exceeded); // a typographic minus
    expect(judge('Giảm 30% so với năm 2025', '-35%').status).toBe(KpiStatus.exceeded);
  });
});

describe('numbers inside a result written as text', () => {
  it('"phần trăm" is a % sign; the figure with % wins over the count before it', () => {
    expect(judge('≥ 60%', 'đạt 75 phần trăm')).toStrictEqual({
      status: KpiStatus.exceeded,
      ratio: 1.25,
    });
    expect(judge('≥ 80%', '12 thôn, đạt 60%')).toStrictEqual({
      status: KpiStatus.notMet,
      ratio: 0.75,
    });
    expect(judge('≥ 60%', 'Nộp 70%').status).toBe(KpiStatus.exceeded);
  });

  it('without %, the first number is the result', () => {
    expect(judge('≥ 02 mô hình', 'Đã có 1 mô hình, 3 đang làm')).toStrictEqual({
      status: KpiStatus.notMet,
      ratio: 0.5,
    });
  });

  it('a % result of a fraction target is taken of the whole: 80 % of 15 thôn is 12', () => {
    expect(judge('đạt 12/15 thôn', '80%')).toStrictEqual({ status: KpiStatus.met, ratio: 1 });
    expect(judge('đạt 12/15 thôn', '60%')).toStrictEqual({ status: KpiStatus.notMet, ratio: 0.75 });
    expect(share('đạt 12/15 thôn', '60%')).toBe(0.75);
    expect(judge('đạt 12/15 thôn', 9)).toStrictEqual({ status: KpiStatus.notMet, ratio: 0.75 });
  });

  it('a % result of a count target is refused, of a target without a unit read as is', () => {
    expect(judge('≥ 2 mô hình', '50%')).toStrictEqual({
      status: KpiStatus.invalid,
      ratio: null,
      message: 'Chỉ tiêu tính bằng “mô hình” nhưng kết quả ghi theo %.',
    });
    expect(judge('≥ 80', '40%')).toStrictEqual({ status: KpiStatus.notMet, ratio: 0.5 });
  });

  it('a result without a number says what to enter, with an example in the target’s unit', () => {
    expect(judge('≥ 60%', '  chưa   có ')).toStrictEqual({
      status: KpiStatus.invalid,
      ratio: null,
      message: 'Chỉ tiêu “≥ 60%” cần số liệu (ví dụ 75%), không đọc được “chưa có”.',
    });
    expect(judge('≥ 01 mô hình', 'đang làm').message).toBe(
      'Chỉ tiêu “≥ 1 mô hình” cần số liệu (ví dụ 5 mô hình), không đọc được “đang làm”.',
    );
    expect(judge('≥ 60', 'chưa rõ').message).toBe(
      'Chỉ tiêu “≥ 60” cần số liệu (ví dụ 5), không đọc được “chưa rõ”.',
    );
  });

  it('cells that hold no result say so', () => {
    expect(judge('≥ 60%', new Date(2026, 0, 1))).toStrictEqual({
      status: KpiStatus.invalid,
      ratio: null,
      message: 'Ô kết quả đang là ngày tháng, không phải số liệu.',
    });
    expect(judge('≥ 60%', Number.NaN).message).toBe('Kết quả không phải số hợp lệ.');
    expect(judge('≥ 60%', Number.POSITIVE_INFINITY).message).toBe('Kết quả không phải số hợp lệ.');
    expect(judge('≥ 60%', [1]).message).toBe('Kết quả phải là một ô có số liệu hoặc chữ.');
  });
});

describe('ratios of each kind of target', () => {
  it('a sum computed by the sheet (0.1 + 0.2) meets "0,3" exactly, floor or ceiling', () => {
    expect(judge('≥ 0,3 tỷ đồng', 0.1 + 0.2).status).toBe(KpiStatus.met);
    expect(judge('không quá 0,3 tỷ đồng', 0.1 + 0.2).status).toBe(KpiStatus.met);
    expect(judge('= 0,3 tỷ đồng', 0.1 + 0.2).status).toBe(KpiStatus.met);
    expect(judge('từ 0,3 đến 0,5 tỷ đồng', 0.1 + 0.2).status).toBe(KpiStatus.met);
    expect(judge('từ 0,1 đến 0,3 tỷ đồng', 0.1 + 0.2).status).toBe(KpiStatus.met);
  });

  it('57 % of a 100-million budget, computed by the sheet, meets "57.000.000 đồng"', () => {
    // 0.57 × 100000000 is 56999999.99999999 in floating point.
    expect(judge('≥ 57.000.000 đồng', 0.57 * 100_000_000).status).toBe(KpiStatus.met);
  });

  it('a range: actual ÷ its minimum; none when the minimum is 0', () => {
    expect(judge('60 - 80%', 0.66)).toStrictEqual({ status: KpiStatus.met, ratio: 1.1 });
    expect(judge('60 - 80%', 0.3)).toStrictEqual({ status: KpiStatus.notMet, ratio: 0.5 });
    expect(judge('60 - 80%', 0.9)).toStrictEqual({ status: KpiStatus.exceeded, ratio: 1.5 });
    expect(judge('0 - 5 vụ', 3)).toStrictEqual({ status: KpiStatus.met, ratio: null });
  });

  it('"trên", "dưới", "=": ratios both ways', () => {
    expect(judge('trên 80%', 0.88)).toStrictEqual({ status: KpiStatus.met, ratio: 1.1 });
    expect(judge('trên 80%', 0.4)).toStrictEqual({ status: KpiStatus.notMet, ratio: 0.5 });
    expect(judge('dưới 5%', '5%')).toStrictEqual({ status: KpiStatus.notMet, ratio: 1 });
    expect(share('dưới 5%', '5%')).toBe(0.99);
    expect(judge('dưới 5%', '4%')).toStrictEqual({ status: KpiStatus.met, ratio: 1.25 });
    expect(judge('dưới 5%', '10%')).toStrictEqual({ status: KpiStatus.notMet, ratio: 0.5 });
    expect(judge('= 100%', 0.9)).toStrictEqual({ status: KpiStatus.notMet, ratio: 0.9 });
    expect(judge('= 5 ngày', 10)).toStrictEqual({ status: KpiStatus.notMet, ratio: 0.5 });
    expect(judge('= 5 ngày', 5)).toStrictEqual({ status: KpiStatus.met, ratio: 1 });
    expect(judge('≤ 5 ngày', 0)).toStrictEqual({ status: KpiStatus.exceeded, ratio: null });
    expect(judge('≥ 0 vụ', 0)).toStrictEqual({ status: KpiStatus.met, ratio: null });
    expect(judge('≥ 0 vụ', 2)).toStrictEqual({ status: KpiStatus.exceeded, ratio: null });
  });
});

describe('yes/no results', () => {
  it.each<[unknown, { status: string; ratio: number | null; message?: string }]>([
    ['100%', { status: KpiStatus.met, ratio: 1 }],
    ['0%', { status: KpiStatus.notMet, ratio: 0 }],
    ['1%', { status: KpiStatus.invalid, ratio: null, message: YES_NO }],
    [100, { status: KpiStatus.invalid, ratio: null, message: YES_NO }],
    [0.5, { status: KpiStatus.invalid, ratio: null, message: YES_NO }],
    ['x', { status: KpiStatus.met, ratio: 1 }],
    ['X', { status: KpiStatus.met, ratio: 1 }],
    ['✓', { status: KpiStatus.met, ratio: 1 }],
    ['✔', { status: KpiStatus.met, ratio: 1 }],
    ['Xong', { status: KpiStatus.invalid, ratio: null, message: YES_NO }],
    ['Rồi', { status: KpiStatus.met, ratio: 1 }],
    ['Đã hoàn thành', { status: KpiStatus.met, ratio: 1 }],
    ['hoàn thành', { status: KpiStatus.met, ratio: 1 }],
    ['TRUE', { status: KpiStatus.met, ratio: 1 }],
    ['yes', { status: KpiStatus.met, ratio: 1 }],
    ['no', { status: KpiStatus.notMet, ratio: 0 }],
    ['False', { status: KpiStatus.notMet, ratio: 0 }],
    ['Không đạt', { status: KpiStatus.notMet, ratio: 0 }],
    ['Vượt', { status: KpiStatus.exceeded, ratio: 1 }],
    ['Co\u0301', { status: KpiStatus.met, ratio: 1 }], // "Có" typed with a combining accent
    ['Note', { status: KpiStatus.invalid, ratio: null, message: YES_NO }],
    ['Cóc', { status: KpiStatus.invalid, ratio: null, message: YES_NO }],
  ])('Có with %j', (actual, result) => {
    expect(judge('Có', actual)).toStrictEqual(result);
  });
});

describe('results of a target a person judges', () => {
  const goal = 'Phấn đấu thuộc nhóm trung bình cao';

  it('only Đạt, Vượt, Chưa đạt, Không đạt decide; Có, Không, TRUE wait for a judgement', () => {
    const waits = { status: KpiStatus.needsReview, ratio: null };
    expect(judge(goal, true)).toStrictEqual(waits);
    expect(judge(goal, 'Không')).toStrictEqual(waits);
    expect(judge(goal, 'Có')).toStrictEqual(waits);
    expect(judge(goal, 'Vượt trội')).toStrictEqual({ status: KpiStatus.exceeded, ratio: null });
    expect(judge(goal, 'chưa đạt')).toStrictEqual({ status: KpiStatus.notMet, ratio: null });
    expect(judge(goal, 'Đạt')).toStrictEqual({ status: KpiStatus.met, ratio: null });
    expect(share(goal, 'chưa đạt')).toBe(0);
    expect(share(goal, 'Vượt')).toBe(1);
    expect(share(goal, 'Có')).toBeNull();
  });
});

describe('verdict words, where they stand', () => {
  const goal = 'Phấn đấu thuộc nhóm trung bình cao';

  it('counts a judgement only at the start of the cell, with its full stop or not', () => {
    const waits = { status: KpiStatus.needsReview, ratio: null };
    expect(judge(goal, 'Chưa đạt.')).toStrictEqual({ status: KpiStatus.notMet, ratio: null });
    expect(judge(goal, 'Đạt.')).toStrictEqual({ status: KpiStatus.met, ratio: null });
    expect(judge(goal, 'Kết quả chưa đạt')).toStrictEqual(waits);
    expect(judge(goal, 'Hoàn thành đạt yêu cầu')).toStrictEqual(waits);
  });

  it('a yes/no cell is read from its first word', () => {
    expect(judge('Có', 'Không.')).toStrictEqual({ status: KpiStatus.notMet, ratio: 0 });
    expect(judge('Có', 'Đã có, không vướng mắc')).toStrictEqual({
      status: KpiStatus.met,
      ratio: 1,
    });
    expect(judge('Có', 'Đã vượt')).toStrictEqual({ status: KpiStatus.met, ratio: 1 });
    expect(judge('Có', 'Thôn có loa').message).toBe(YES_NO);
    expect(judge('Có', 'Xong ✓').message).toBe(YES_NO);
  });

  it('a ticked or unticked box for a measured target has no figure to read, and says so', () => {
    for (const box of [true, false])
      expect(judge('≥ 60%', box).message).toBe(
        'Chỉ tiêu “≥ 60%” cần số liệu (ví dụ 75%), ô kết quả đang là ô đánh dấu, không phải số liệu.',
      );
  });
});

describe('figures written with separators', () => {
  it('"1.250 hộ" is one thousand two hundred and fifty', () => {
    expect(judge('≥ 1.000 hộ', '1.250 hộ')).toStrictEqual({
      status: KpiStatus.exceeded,
      ratio: 1.25,
    });
  });

  it('a section number "1.2.3" is no figure: the next number is the result', () => {
    expect(judge('≥ 2 hộ', 'Theo mục 1.2.3, có 3 hộ')).toStrictEqual({
      status: KpiStatus.exceeded,
      ratio: 1.5,
    });
  });
});

describe('zero and reductions', () => {
  it('"= 0 vụ" met by 0 has no ratio; "Giảm 5%" with no reduction has ratio 0', () => {
    expect(judge('= 0 vụ', 0)).toStrictEqual({ status: KpiStatus.met, ratio: null });
    expect(judge('= 0 vụ', 2)).toStrictEqual({ status: KpiStatus.notMet, ratio: null });
    const none = judge('Giảm 5%', 0);
    expect(none.status).toBe(KpiStatus.notMet);
    expect(none.ratio).toBe(0);
  });

  it('a note that only mentions "giảm" later is no reduction target', () => {
    expect(judge('≥ 2% (chi phí giảm)', '-3%').message).toBe('Kết quả là số âm, không hợp lệ.');
  });
});
