// sauro remind: today's reminder emails on an .xlsx workbook, through the bundle. --dry-run prints
// them; without it they go into the emulator's outbox (workbook.outbox, saved with the file) and
// one row into "Nhật ký". --date runs the day as if it were that date, at 07:00 Vietnam time.
import { isIsoDate } from '../../../core/text/calendar.ts';
import type { ReminderView } from '../../../gas/remind/remindApi.ts';
import { allowFlags, asFlag, workbookFlag } from '../args.ts';
import { json, type Command } from '../command.ts';
import { CliError } from '../errors.ts';
import { withWorkbookFile } from '../workbookFile.ts';

/** 07:00 in Vietnam on a 'YYYY-MM-DD' day, when the daily trigger runs. */
function morningOf(day: string): Date {
  if (!isIsoDate(day)) {
    throw new CliError(
      `Ngày "${day}" không hợp lệ; ghi dạng YYYY-MM-DD, ví dụ 2026-06-15.`,
      `Invalid date "${day}"; use YYYY-MM-DD.`,
    );
  }
  return new Date(`${day}T07:00:00+07:00`);
}

export const remind: Command = {
  name: 'remind',
  usage: 'sauro remind --workbook <file.xlsx> [--date YYYY-MM-DD] [--dry-run] [--as <email>]',
  summary:
    'Nhắc việc hôm nay: in các email (JSON), không có --dry-run thì gửi vào hộp thư mô phỏng và ghi Nhật ký / today’s reminder emails',
  async run(args, io) {
    allowFlags(args, ['workbook', 'date', 'dry-run', 'as']);
    const dryRun = args.flags.has('dry-run');
    if (dryRun && args.flags.get('dry-run') !== 'true')
      throw new CliError('--dry-run không nhận giá trị.', '--dry-run takes no value.');
    const date = args.flags.get('date');
    const at = date !== undefined ? morningOf(date) : undefined;
    const view = await withWorkbookFile(
      workbookFlag(args),
      {
        create: false,
        save: !dryRun,
        as: asFlag(args),
        ...(at !== undefined ? { now: () => at } : {}),
      },
      (rt) =>
        // Sent as the first coordinator (or --as): only the coordinating office sends reminders.
        rt.runFunction<ReminderView>(dryRun ? 'getReminders' : 'sendRemindersNow'),
    );
    io.out(
      json({
        date: view.date,
        dryRun,
        state: view.stateLabel,
        dayOff: view.dayOff,
        quota: view.quota,
        emails: view.emails.map((e) => ({
          unit: e.unit,
          to: e.to,
          subject: e.subject,
          items: e.items,
        })),
        noEmail: view.noEmail,
        leftOut: view.leftOut,
        alreadySent: view.alreadySent,
        notes: view.notes,
      }),
    );
  },
};
