// One person in front of the preview: who they are, whether they installed the add-on, and what
// they do (type in a cell, click a cell, run a menu item or a sidebar call, answer a question).
// The workbook and the runtime are shared; switching the user re-opens the file as that user.
import {
  AwaitingAnswer,
  type DialogAnswer,
  type PendingQuestion,
  type Runtime,
} from 'gas-emulator';
import { gridSheet, type GridSheet } from './sheetState.ts';
import { previewUsers, type PreviewUser } from './users.ts';

export type RunResult =
  | { ok: true; value: unknown; follow: Follow | null }
  | { ok: false; error: string; follow: Follow | null }
  | { ok: false; ask: PendingQuestion };

/** Where the grid should go after an action: the sheet and range the script activated. */
export interface Follow {
  sheet: string;
  a1: string;
}

export interface EditOutcome {
  applied: boolean;
  /** Why it was refused, in Vietnamese, as Sheets says it. */
  message?: string;
  follow: Follow | null;
}

export interface PreviewState {
  title: string;
  locale: string;
  sheets: Array<{ name: string; hidden: boolean; tabColor?: string }>;
  /** The sheet the script or the user activated last. */
  active: Follow | null;
  shown: GridSheet | null;
  menus: Runtime['ui']['menus'];
  sidebar: { title: string } | null;
  alerts: { total: number; items: Runtime['ui']['alerts'] };
  toasts: { total: number; items: Runtime['ui']['toasts'] };
  user: PreviewUser;
  installed: boolean;
  users: PreviewUser[];
  /** MailApp's emulated outbox (reminder emails), oldest first. */
  outbox: Array<{ at: string; to: string[]; subject: string; body: string }>;
}

const PROTECTED =
  'Bạn đang cố chỉnh sửa một ô hoặc đối tượng được bảo vệ. Hãy liên hệ với chủ sở hữu bảng tính để xóa chế độ bảo vệ nếu bạn cần chỉnh sửa.';
const VIEW_ONLY = 'Bạn chỉ có quyền xem bảng tính này, không sửa được.';

/**
 * The emulator words a rejecting validation as Sheets does in English ("There was a problem: "
 * and the rule's help text, or a default sentence); the file is Vietnamese, so is its refusal.
 */
const VALIDATION_DEFAULTS: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [
    /^Input must be a number between (.+) and (.+)\.$/,
    (m) => `Hãy nhập một số từ ${m[1] ?? ''} đến ${m[2] ?? ''}.`,
  ],
  [/^Input must be an item on the specified list\.$/, () => 'Hãy chọn một mục trong danh sách.'],
  [/^Input must be a checkbox value\.$/, () => 'Ô này là hộp kiểm: chỉ tích hoặc bỏ tích.'],
  [/^Input must fall within the specified range\.$/, () => 'Giá trị nằm ngoài phạm vi cho phép.'],
];

export function invalidInputMessage(a1: string, reason: string): string {
  const help = reason.replace(/^There was a problem:\s*/, '');
  for (const [pattern, say] of VALIDATION_DEFAULTS) {
    const m = help.match(pattern);
    if (m) return `Dữ liệu nhập vào ô ${a1} không hợp lệ. ${say(m)}`;
  }
  return `Dữ liệu nhập vào ô ${a1} không hợp lệ. ${help}`;
}

export class PreviewSession {
  private current: PreviewUser;
  private installed = true;

  constructor(readonly runtime: Runtime) {
    const owner = runtime.workbook.owner ?? '';
    this.current = { email: owner, role: 'coordinator', label: owner, units: [] };
  }

  get user(): PreviewUser {
    return this.current;
  }

  private get readOnly(): boolean {
    return this.current.role === 'viewer';
  }

  /**
   * Re-opens the file as `email`, with or without the add-on. Sheets offers no add-on to people
   * who may only view a file, so a viewer never gets its menu or sidebar.
   */
  switchUser(email: string, installed: boolean): PreviewUser {
    const found = previewUsers(this.runtime).find(
      (u) => u.email.toLowerCase() === email.toLowerCase(),
    );
    if (!found) throw new Error(`Không có người dùng "${email}" trong danh sách.`);
    this.current = found;
    this.installed = installed;
    const rt = this.runtime;
    // A viewer is not one of the file's editors: the runtime keeps the last editor as its user,
    // and every write is refused here before it reaches the emulator.
    if (found.role !== 'viewer') rt.setUser(found.email);
    rt.ui.menus = [];
    rt.ui.sidebar = null;
    rt.setInstalled(installed && found.role !== 'viewer');
    if (installed && found.role !== 'viewer') rt.runTrigger('onOpen', 'FULL');
    return found;
  }

  /**
   * Runs a sidebar call (`page`: google.script.run's rules, plain values and an error's message
   * only) or a menu item (`menu`: run by Sheets itself); a question stops it until `answers`
   * holds its answer.
   */
  run(
    fn: string,
    args: unknown[],
    answers: DialogAnswer[],
    from: 'page' | 'menu' = 'page',
  ): RunResult {
    if (this.readOnly) return { ok: false, error: VIEW_ONLY, follow: null };
    if (!this.installed) {
      return {
        ok: false,
        error: 'Bạn chưa cài Sáu Rõ, nên không chạy được chức năng này.',
        follow: null,
      };
    }
    const ui = this.runtime.ui;
    const before = ui.active;
    ui.interactive = true;
    ui.answers = answers.map((a) => ({ ...a }));
    try {
      const value: unknown =
        from === 'page' ? this.runtime.call(fn, ...args) : this.runtime.runFunction(fn, ...args);
      return { ok: true, value: value ?? null, follow: this.followed(before) };
    } catch (error) {
      if (error instanceof AwaitingAnswer) return { ok: false, ask: error.question };
      return {
        ok: false,
        error: error instanceof Error ? error.message : String(error),
        follow: this.followed(before),
      };
    } finally {
      ui.answers = [];
    }
  }

  private followed(before: Follow | null): Follow | null {
    const after = this.runtime.ui.active;
    return after && after !== before ? { ...after } : null;
  }

  /** Types into a cell as the current user. */
  edit(sheet: string, a1: string, input: string): EditOutcome {
    if (this.readOnly) return { applied: false, message: VIEW_ONLY, follow: null };
    const before = this.runtime.ui.active;
    const result = this.runtime.edit(sheet, a1, input);
    const follow = this.followed(before);
    if (result.applied) return { applied: true, follow };
    const reason = result.reason ?? '';
    const message = /protected cell/i.test(reason) ? PROTECTED : invalidInputMessage(a1, reason);
    return { applied: false, message, follow };
  }

  select(sheet: string, a1: string): boolean {
    return this.runtime.select(sheet, a1);
  }

  state(sheet: string | null, seen: { alerts: number; toasts: number }): PreviewState {
    const rt = this.runtime;
    const wb = rt.workbook;
    const visible = wb.sheets.filter((s) => !s.hidden);
    const active =
      rt.ui.active ?? (wb.activeSheet ? { sheet: wb.activeSheet.name, a1: 'A1' } : null);
    const asked = sheet && wb.sheetByName(sheet) ? sheet : null;
    const shownName = asked ?? active?.sheet ?? visible[0]?.name ?? null;
    const addon = this.installed && !this.readOnly;
    return {
      title: wb.name,
      locale: wb.locale,
      sheets: wb.sheets.map((s) => ({
        name: s.name,
        hidden: s.hidden,
        ...(s.tabColor ? { tabColor: s.tabColor } : {}),
      })),
      active,
      shown: shownName
        ? gridSheet(rt, shownName, { email: this.current.email, readOnly: this.readOnly })
        : null,
      menus: addon ? rt.ui.menus : [],
      sidebar: addon && rt.ui.sidebar ? { title: rt.ui.sidebar.title } : null,
      alerts: { total: rt.ui.alerts.length, items: rt.ui.alerts.slice(seen.alerts) },
      toasts: { total: rt.ui.toasts.length, items: rt.ui.toasts.slice(seen.toasts) },
      user: this.current,
      installed: this.installed,
      users: previewUsers(rt),
      outbox: wb.outbox.map((m) => ({
        at: m.at,
        to: [...m.to],
        subject: m.subject,
        body: m.body,
      })),
    };
  }
}
