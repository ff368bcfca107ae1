// What the coordinator wrote in the previous summary (Nhận xét, Đánh giá…) and what the summary
// writes in a cell: carried by code, never lost, never read by Sheets as a formula.
import { describe, expect, it } from 'vitest';
import {
  carryOver,
  orphanProblem,
  previousFromValues,
} from '../../src/core/report/merge/mergeCarry.ts';
import { dataText, joinLabelled } from '../../src/core/report/merge/mergeText.ts';

const CA = 'Công an xã';
const KT = 'Phòng Kinh tế';

/** The columns a task summary writes, as previousFromValues finds its header row by. */
function produced() {
  return [
    { key: 'code', header: 'Mã' },
    { key: 'content', header: 'Nội dung' },
    { key: 'status', header: 'Trạng thái' },
  ];
}

describe('carryOver: the previous summary’s notes, by code', () => {
  it('gives each plan code the notes of its first previous row, written as data', () => {
    const carried = carryOver(
      [
        { code: 'I.1', coordinator: { 'Nhận xét': 'Tốt', 'Đánh giá': '=A1' } },
        { code: 'i.1 ', coordinator: { 'Nhận xét': 'dòng lặp' } },
        { code: 'I.2', coordinator: { 'Nhận xét': 7, 'Đánh giá': null } },
      ],
      new Set(['I.1', 'I.2']),
    );
    expect([...carried.byCode.entries()]).toEqual([
      ['I.1', { 'Nhận xét': 'Tốt', 'Đánh giá': "'=A1" }],
      ['I.2', { 'Nhận xét': 7, 'Đánh giá': '' }],
    ]);
    expect(carried.orphans).toEqual([]);
  });

  it('a previous row without coordinator columns carries an empty set of notes', () => {
    const carried = carryOver([{ code: 'I.1' }], new Set(['I.1']));
    expect([...carried.byCode.entries()]).toEqual([['I.1', {}]]);
  });

  it('nothing to carry when there is no previous summary', () => {
    const carried = carryOver(undefined, new Set(['I.1']));
    expect([...carried.byCode.entries()]).toEqual([]);
    expect(carried.orphans).toEqual([]);
  });

  it('keeps a code that left the plan once, with its notes, in the previous order', () => {
    const carried = carryOver(
      [
        { code: 'X.9', coordinator: { 'Nhận xét': 'đã bỏ' } },
        { code: "'-1", coordinator: { 'Nhận xét': 'mã âm' } },
        { code: 'x.9.', coordinator: { 'Nhận xét': 'lặp lại' } },
      ],
      new Set(['I.1']),
    );
    expect(carried.orphans).toEqual([
      { code: 'X.9', coordinator: { 'Nhận xét': 'đã bỏ' } },
      { code: '-1', coordinator: { 'Nhận xét': 'mã âm' } },
    ]);
    expect([...carried.byCode.keys()]).toEqual([]);
  });

  it('drops an old row with nothing written beside its code, and a row without a code', () => {
    const carried = carryOver(
      [
        { code: 'X.9', coordinator: { 'Nhận xét': '', 'Đánh giá': '  ' } },
        { code: 'X.8' },
        { code: '  ', coordinator: { 'Nhận xét': 'không mã' } },
        { code: null, coordinator: { 'Nhận xét': 'không mã' } },
      ],
      new Set(['I.1']),
    );
    expect(carried.orphans).toEqual([]);
    expect([...carried.byCode.keys()]).toEqual([]);
  });

  it('an orphan written back and read again is still the one orphan', () => {
    const first = carryOver([{ code: 'X.9', coordinator: { 'Nhận xét': 'cũ' } }], new Set());
    const again = carryOver(
      first.orphans.map((o) => ({ code: o.code, coordinator: o.coordinator })),
      new Set(),
    );
    expect(again.orphans).toEqual([{ code: 'X.9', coordinator: { 'Nhận xét': 'cũ' } }]);
  });
});

describe('orphanProblem', () => {
  it('tells the coordinator where an old KPI note went', () => {
    expect(orphanProblem('CT9', 'chỉ tiêu')).toEqual({
      kind: 'orphanNote',
      code: 'CT9',
      message:
        'Mã chỉ tiêu "CT9" không còn trong Kế hoạch; nhận xét cũ được giữ ở cuối bảng tổng hợp, xoá dòng đó nếu không cần.',
    });
  });
});

describe('previousFromValues: the previous summary read from its sheet', () => {
  it('reads the rows below the header found among title rows; rows without a code are skipped', () => {
    const values = [
      ['BIỂU TỔNG HỢP QUÝ II/2026', '', '', ''],
      ['Kèm theo Kế hoạch số 03/KH-UBND', '', '', ''],
      ['Mã', 'Nội dung', 'Trạng thái', 'Nhận xét'],
      ['I', 'Nâng cao nhận thức', '', 'Mục I chậm'],
      ['I.1', 'Nhiệm vụ I.1', 'Hoàn thành', 'Tốt'],
      ['  ', 'dòng trống mã', '', 'bỏ qua'],
      ['I.2', 'Nhiệm vụ I.2', '', ''],
    ];
    expect(previousFromValues(values, produced())).toEqual([
      { code: 'I', coordinator: { 'Nhận xét': 'Mục I chậm' } },
      { code: 'I.1', coordinator: { 'Nhận xét': 'Tốt' } },
      { code: 'I.2', coordinator: { 'Nhận xét': '' } },
    ]);
  });

  it('a sheet whose header has no code column gives no previous rows', () => {
    const values = [
      ['Nội dung', 'Trạng thái', 'Nhận xét'],
      ['Nhiệm vụ I.1', 'Hoàn thành', 'Tốt'],
    ];
    expect(previousFromValues(values, produced())).toEqual([]);
  });

  it('a sheet without the summary’s header gives no previous rows', () => {
    expect(
      previousFromValues(
        [
          ['Mã', 'Ghi chú'],
          ['I.1', 'x'],
        ],
        produced(),
      ),
    ).toEqual([]);
    expect(previousFromValues([], produced())).toEqual([]);
  });

  it('a summary with only the produced columns carries codes with no notes', () => {
    const values = [
      ['Mã', 'Nội dung', 'Trạng thái'],
      ['I.1', 'Nhiệm vụ I.1', 'Hoàn thành'],
    ];
    expect(previousFromValues(values, produced())).toEqual([{ code: 'I.1', coordinator: {} }]);
  });
});

describe('dataText: a value as the summary writes it', () => {
  it('trimmed text, numbers as their text, blanks as empty', () => {
    expect(dataText('  Đăng 5 tin bài  ')).toBe('Đăng 5 tin bài');
    expect(dataText(12.5)).toBe('12.5');
    expect(dataText(null)).toBe('');
    expect(dataText(undefined)).toBe('');
    expect(dataText(true)).toBe('TRUE');
  });

  it('text Sheets would read as a formula is kept as text', () => {
    expect(dataText('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(dataText(' +84 912 345 678')).toBe("'+84 912 345 678");
    expect(dataText('-1')).toBe("'-1");
  });
});

describe('joinLabelled: the lead’s words, then each other unit’s labelled', () => {
  it('one line each, the lead unlabelled first', () => {
    expect(
      joinLabelled('Đã họp triển khai', [
        { unit: CA, value: '2 buổi' },
        { unit: KT, value: 3 },
      ]),
    ).toBe(`Đã họp triển khai\n[${CA}] 2 buổi\n[${KT}] 3`);
  });

  it('blank texts leave no line, neither the lead’s nor another unit’s', () => {
    expect(
      joinLabelled('  ', [
        { unit: CA, value: '' },
        { unit: KT, value: 'Tập huấn' },
      ]),
    ).toBe(`[${KT}] Tập huấn`);
    expect(joinLabelled('Xong', [{ unit: CA, value: null }])).toBe('Xong');
    expect(joinLabelled(undefined, [])).toBe('');
  });

  it('only a lead text starting like a formula needs the quote', () => {
    expect(joinLabelled('=Đã triển khai', [{ unit: CA, value: '=1' }])).toBe(
      `'=Đã triển khai\n[${CA}] =1`,
    );
    expect(joinLabelled('', [{ unit: CA, value: '=1' }])).toBe(`[${CA}] =1`);
  });
});
