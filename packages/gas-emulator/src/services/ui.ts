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
}

/** `addonName` is the title Sheets shows for createAddonMenu: the add-on's name. */
export function createUiState(addonName: string): UiState {
  return { addonName, menus: [], alerts: [], prompts: [], toasts: [], sidebar: null, dialogs: [] };
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
  alert(...args: unknown[]): unknown {
    const a = dialogArgs(args);
    const response = pickResponse(this.state.nextAlertResponse, a.buttons);
    this.state.alerts.push({ ...a, response });
    return Button._get(response);
  }
  prompt(...args: unknown[]): PromptResponseImpl {
    const a = dialogArgs(args);
    const next = this.state.nextPromptResponse;
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
