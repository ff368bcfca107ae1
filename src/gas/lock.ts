// One document lock around every action that writes, so two people never interleave.
import { UserError } from '../core/userError.ts';

const WAIT_MS = 20000;

export function withDocumentLock<T>(action: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(WAIT_MS)) {
    throw new UserError({
      vi: 'Một người khác đang cập nhật bảng tính này. Vui lòng thử lại sau ít phút.',
      en: 'Someone else is updating this spreadsheet. Please try again in a minute.',
    });
  }
  try {
    return action();
  } finally {
    try {
      lock.releaseLock();
    } catch {
      // Apps Script releases the lock when the execution ends anyway; the action's outcome stands.
    }
  }
}
