/** SpreadsheetApp.getUi(): menus, alerts, prompts, sidebars and dialogs, recorded for inspection. */
import { Button, ButtonSet } from '../enums.ts';
import { ServiceObject, enumName } from '../serviceObject.ts';
import { HtmlOutputImpl } from './html.ts';

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';

export interface MenuModel {
  title: string;
  /** true for createAddonMenu (shown under Extensions in Sheets). */
  addon?: boolean;
  items: Array<
    | { caption: string; functionName: string }
    | { separator: true }
    | { caption: string; submenu: MenuModel }
  >;
}
export interface AlertRecord {
  title: string;
  prompt: string;
  buttons: string;
  response: ButtonName;
}
export interface PromptRecord extends AlertRecord {
  text: string;
}
export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number;
}
export interface DialogRecord {
  title: string;
  html: string;
  modal: boolean;
  width: number;
  height: number;
}

/** An answer queued for the next question of an interactive runtime. */
export interface DialogAnswer {
  button: ButtonName;
  /** What the user typed, for a prompt. */
  text?: string;
}

/** A question the script asked and nobody has answered yet (interactive mode). */
export interface PendingQuestion {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  /** ButtonSet name: OK, OK_CANCEL, YES_NO, YES_NO_CANCEL. */
  buttons: string;
}

export interface UiState {
  /** The add-on's name: the title of its menu. */
  addonName: string;
  menus: MenuModel[];
  alerts: AlertRecord[];
  prompts: PromptRecord[];
  toasts: ToastRecord[];
  sidebar: { title: string; html: string } | null;
  dialogs: DialogRecord[];
  /** What ui.alert returns; default OK (or the first button of the set when OK is not offered). */
  nextAlertResponse?: ButtonName;
  /** What ui.prompt returns; default {text: '', button: OK}. */
  nextPromptResponse?: { text: string; button?: ButtonName };
  /** The user's selection after the last setActiveSheet / setActiveRange / activate / insertSheet. */
  active: { sheet: string; a1: string } | null;
  /**
   * Interactive mode (a preview with a person in front of it): a question, that is an alert
   * offering more than OK or any prompt, takes the first of `answers`; when there is none it is
   * kept in `awaiting` and the execution stops with `AwaitingAnswer` (see the README).
   */
  interactive: boolean;
  answers: DialogAnswer[];
  awaiting: PendingQuestion | null;
}

/** Thrown out of an interactive runtime's execution that asked a question nobody has answered. */
export class AwaitingAnswer extends Error {
  constructor(readonly question: PendingQuestion) {
    super(`Waiting for an answer to "${question.prompt}"`);
    this.name = 'AwaitingAnswer';
  }
}

/** `addonName` is the title Sheets shows for createAddonMenu: the add-on's name. */
export function createUiState(addonName: string): UiState {
  return {
    addonName,
    menus: [],
    alerts: [],
    prompts: [],
    toasts: [],
    sidebar: null,
    dialogs: [],
    active: null,
    interactive: false,
    answers: [],
    awaiting: null,
  };
}

const SET_BUTTONS: Record<string, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

function pickResponse(wanted: ButtonName | undefined, set: string): ButtonName {
  const offered = SET_BUTTONS[set] ?? ['OK'];
  if (wanted && (offered.includes(wanted) || wanted === 'CLOSE')) return wanted;
  return offered[0] ?? 'OK';
}

/** (prompt) | (prompt, buttons) | (title, prompt, buttons) */
function dialogArgs(args: unknown[]): { title: string; prompt: string; buttons: string } {
  if (args.length >= 3)
    return { title: String(args[0]), prompt: String(args[1]), buttons: enumName(args[2]) };
  if (args.length === 2) return { title: '', prompt: String(args[0]), buttons: enumName(args[1]) };
  return { title: '', prompt: String(args[0] ?? ''), buttons: 'OK' };
}

export class MenuImpl extends ServiceObject {
  readonly _className = 'Menu';
  readonly _model: MenuModel;
  constructor(
    private readonly state: UiState,
    title: string,
    addon: boolean,
  ) {
    super();
    this._model = addon ? { title, addon: true, items: [] } : { title, items: [] };
  }
  addItem(caption: unknown, functionName: unknown): this {
    this._model.items.push({ caption: String(caption), functionName: String(functionName) });
    return this;
  }
  addSeparator(): this {
    this._model.items.push({ separator: true });
    return this;
  }
  addSubMenu(menu: unknown): this {
    if (!(menu instanceof MenuImpl)) throw new Error('Cannot find method addSubMenu(object).');
    this._model.items.push({ caption: menu._model.title, submenu: menu._model });
    return this;
  }
  addToUi(): void {
    const i = this.state.menus.findIndex(
      (m) => m.title === this._model.title && !!m.addon === !!this._model.addon,
    );
    if (i >= 0) this.state.menus.splice(i, 1, this._model);
    else this.state.menus.push(this._model);
  }
}

class PromptResponseImpl extends ServiceObject {
  readonly _className = 'PromptResponse';
  constructor(
    private readonly text: string,
    private readonly button: ButtonName,
  ) {
    super();
  }
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): unknown {
    return Button._get(this.button);
  }
}

export class UiImpl extends ServiceObject {
  readonly _className = 'Ui';
  constructor(private readonly state: UiState) {
    super();
  }
  override _fields(): Record<string, unknown> {
    return { Button, ButtonSet };
  }
  createMenu(title: unknown): MenuImpl {
    return new MenuImpl(this.state, String(title), false);
  }
  createAddonMenu(): MenuImpl {
    return new MenuImpl(this.state, this.state.addonName, true);
  }
  /** Interactive mode: the queued answer to a question, or stop the execution to ask it. */
  private answer(kind: PendingQuestion['kind'], a: ReturnType<typeof dialogArgs>) {
    if (!this.state.interactive || (kind === 'alert' && a.buttons === 'OK')) return undefined;
    const next = this.state.answers.shift();
    if (next) return next;
    const question = { kind, ...a };
    this.state.awaiting = question;
    throw new AwaitingAnswer(question);
  }
  alert(...args: unknown[]): unknown {
    const a = dialogArgs(args);
    const answered = this.answer('alert', a);
    const response = pickResponse(answered?.button ?? this.state.nextAlertResponse, a.buttons);
    this.state.alerts.push({ ...a, response });
    return Button._get(response);
  }
  prompt(...args: unknown[]): PromptResponseImpl {
    const a = dialogArgs(args);
    const next = this.answer('prompt', a) ?? this.state.nextPromptResponse;
    const response = pickResponse(
      next?.button,
      a.buttons === 'OK' && args.length < 2 ? 'OK' : a.buttons,
    );
    const text = next?.text ?? '';
    this.state.prompts.push({ ...a, response, text });
    return new PromptResponseImpl(text, response);
  }
  showSidebar(out: unknown): void {
    const h = HtmlOutputImpl.from(out);
    this.state.sidebar = { title: h.getTitle(), html: h.getContent() };
  }
  showModalDialog(out: unknown, title: unknown): void {
    const h = HtmlOutputImpl.from(out);
    this.state.dialogs.push({
      title: String(title ?? ''),
      html: h.getContent(),
      modal: true,
      width: h.getWidth(),
      height: h.getHeight(),
    });
  }
  showModelessDialog(out: unknown, title: unknown): void {
    const h = HtmlOutputImpl.from(out);
    this.state.dialogs.push({
      title: String(title ?? ''),
      html: h.getContent(),
      modal: false,
      width: h.getWidth(),
      height: h.getHeight(),
    });
  }
  showDialog(out: unknown): void {
    const h = HtmlOutputImpl.from(out);
    this.state.dialogs.push({
      title: h.getTitle(),
      html: h.getContent(),
      modal: true,
      width: h.getWidth(),
      height: h.getHeight(),
    });
  }
}
