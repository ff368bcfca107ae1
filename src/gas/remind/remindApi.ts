// The reminders' part of the sidebar ↔ server contract (types only, so the sidebar and the CLI can
// import them without Apps Script code).

export interface ReminderItemView {
  kind: 'report' | 'task';
  code: string;
  title: string;
  /** 'YYYY-MM-DD'. */
  due: string;
  /** Negative: days overdue. */
  daysLeft: number;
  state: string;
  sheet: string;
  row?: number;
}

export interface ReminderEmailView {
  unit: string;
  to: string[];
  subject: string;
  items: ReminderItemView[];
}

export interface ReminderView {
  /** 'YYYY-MM-DD', Vietnam time. */
  date: string;
  /** What "Cài đặt" says: Bật / Tạm dừng / Tắt. */
  state: 'on' | 'paused' | 'off';
  stateLabel: string;
  /** The current user has the daily trigger installed. */
  triggerInstalled: boolean;
  schedules: { report: string; task: string };
  /** Why nothing goes out today ("Chủ nhật", "Tết Nguyên Đán"…), or null on a working day. */
  dayOff: string | null;
  /** MailApp recipients left today for the current user. */
  quota: number;
  /** The emails of today: to send (preview), or sent (after sending). */
  emails: ReminderEmailView[];
  /** Units with something due today but no email in "Đơn vị". */
  noEmail: Array<{ unit: string; items: ReminderItemView[] }>;
  /** Units the quota could not cover today, most overdue served first. */
  leftOut: string[];
  /** Units already emailed today (one email per unit a day). */
  alreadySent: string[];
  /** True once sent (sendRemindersNow), false for a preview. */
  sent: boolean;
  notes: string[];
}
