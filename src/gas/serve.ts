// Every server function runs through serve(). A UserError goes to the user as it is: its
// Vietnamese message is all google.script.run passes on. Anything else is a bug: it is logged
// with its stack (Apps Script keeps console.error in the Executions page) and the user gets a
// short Vietnamese line with a reference to quote, which finds the log entry.
import { UserError } from '../core/userError.ts';

export function serve<T>(name: string, action: () => T): T {
  try {
    return action();
  } catch (e) {
    if (e instanceof UserError) throw e;
    const ref = logUnexpected(name, e);
    throw new UserError({
      vi: `Đã có lỗi ngoài dự kiến (mã ${ref}). Bảng tính không bị thay đổi dở dang; hãy thử lại, và nếu vẫn lỗi, gửi mã này cho người quản trị Sáu Rõ.`,
      en: `Unexpected error (reference ${ref}) in ${name}: ${e instanceof Error ? e.message : String(e)}`,
    });
  }
}

/**
 * Logs an error the add-on did not expect, with its stack, under a reference the user can quote;
 * returns the reference. (The all-or-nothing wrapper, tx/transaction.ts, logs a failed service
 * call the same way before saying that nothing changed.)
 */
export function logUnexpected(name: string, e: unknown): string {
  // Milliseconds in base 36: short enough to read over the phone, unique enough to find.
  const ref = Date.now().toString(36).toUpperCase();
  const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
  console.error(`[${ref}] ${name}: ${detail}`);
  return ref;
}
