// Which rows of a task table are general tasks: they head sub-tasks and carry no work of their
// own, so distribute makes them headings and "Kiểm tra 6 rõ" checks only their wording.
import { describe, expect, it } from 'vitest';
import { headsSubTasks } from '../../src/core/sheet/codes.ts';
import { isGeneralRow, type TaskRowText } from '../../src/core/sixClear.ts';

const row = (over: Partial<TaskRowText>): TaskRowText => ({
  content: '',
  general: '',
  lead: '',
  deadline: '',
  output: '',
  ...over,
});

describe('headsSubTasks', () => {
  it('marks a code whose next row is one of its sub-tasks, however the codes are typed', () => {
    // Seed 003's "6 rõ" codes, and Phụ lục I codes with a lower-case letter and a trailing dot.
    expect(headsSubTasks(['I', 'I.1', 'I.1.a', 'I.2', 'II', 'II.1', 'ii.1.a'])).toEqual([
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
    // "I.10" is not a sub-task of "I.1"; a blank code heads nothing; the last row heads nothing.
    expect(headsSubTasks(['I.1', 'I.10', '', 'I.2.', 'I.2.b', 'I.3'])).toEqual([
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
  });
});

describe('isGeneralRow', () => {
  it('a "6 rõ" row with text only in "Mã nhiệm vụ tổng quát" is general, with or without sub-tasks below', () => {
    const text = row({ general: 'Triển khai Đề án Chuyển đổi số trên địa bàn xã' });
    expect(isGeneralRow(text, false)).toBe(true);
    expect(isGeneralRow(text, true)).toBe(true);
  });

  it('a Phụ lục I task with only its text is general when its sub-tasks follow it', () => {
    const text = row({ content: 'Phủ sóng 4G toàn xã' });
    expect(isGeneralRow(text, true)).toBe(true);
    expect(isGeneralRow(text, false)).toBe(false);
  });

  it('a lead, a deadline or an output of its own makes it a task', () => {
    for (const own of [
      { lead: 'Phòng Kinh tế' },
      { deadline: 'Quý II/2026' },
      { output: 'Báo cáo' },
    ]) {
      expect(isGeneralRow(row({ general: 'Đề án số hóa hồ sơ', ...own }), true)).toBe(false);
      expect(isGeneralRow(row({ content: 'Lắp camera an ninh', ...own }), true)).toBe(false);
    }
  });

  it('a row with text in both columns and nothing below is a task; an empty row is neither', () => {
    expect(isGeneralRow(row({ content: 'Lắp camera', general: 'An ninh số' }), false)).toBe(false);
    // An empty row names no work at all: not a general task.
    expect(isGeneralRow(row({}), false)).toBe(false);
  });
});
