// An error meant for the person at the keyboard: Sheets shows its Vietnamese message, the CLI and
// the logs its English one, and a check says where in the workbook it is.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/userError.ts';

describe('UserError', () => {
  it('carries the Vietnamese message, the English one and the place', () => {
    const e = new UserError({
      vi: 'Trang "Đơn vị" không có cột Email người nhập liệu.',
      en: 'Sheet "Đơn vị" has no editor email column.',
      where: { sheet: 'Đơn vị', row: 1, column: 'D' },
    });
    expect(e).toBeInstanceOf(Error);
    expect([e.name, e.message, e.en, e.where]).toEqual([
      'UserError',
      'Trang "Đơn vị" không có cột Email người nhập liệu.',
      'Sheet "Đơn vị" has no editor email column.',
      { sheet: 'Đơn vị', row: 1, column: 'D' },
    ]);
    expect(String(e)).toBe('UserError: Trang "Đơn vị" không có cột Email người nhập liệu.');
  });
});
