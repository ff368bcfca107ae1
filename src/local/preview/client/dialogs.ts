// Sheets' dialogs and toasts in the page: alerts (OK), questions (YES/NO, OK/CANCEL), prompts,
// and the toasts of Spreadsheet.toast(). One modal at a time, queued.
import type { DialogAnswer, PendingQuestion } from './api.ts';

const LABELS: Record<string, string> = {
  OK: 'OK',
  CANCEL: 'Hủy',
  YES: 'Có',
  NO: 'Không',
};
const SETS: Record<string, Array<DialogAnswer['button']>> = {
  OK: ['OK'],
  OK_CANCEL: ['CANCEL', 'OK'],
  YES_NO: ['NO', 'YES'],
  YES_NO_CANCEL: ['CANCEL', 'NO', 'YES'],
};

let queue: Promise<unknown> = Promise.resolve();

function layer(): HTMLElement {
  return document.getElementById('dialogs') as HTMLElement;
}

function open(question: PendingQuestion): Promise<DialogAnswer> {
  return new Promise((resolve) => {
    const box = document.createElement('div');
    const buttons = SETS[question.buttons] ?? ['OK'];
    box.setAttribute(
      'role',
      buttons.length > 1 || question.kind === 'prompt' ? 'dialog' : 'alertdialog',
    );
    box.setAttribute('aria-modal', 'true');
    const title = document.createElement('h2');
    title.className = 'dialog-title';
    title.id = `dialog-title-${Date.now()}`;
    title.textContent = question.title || 'Sáu Rõ';
    box.setAttribute('aria-labelledby', title.id);
    const text = document.createElement('div');
    text.className = 'dialog-text';
    text.textContent = question.prompt;
    box.append(title, text);
    let input: HTMLInputElement | null = null;
    if (question.kind === 'prompt') {
      input = document.createElement('input');
      input.className = 'dialog-input';
      input.setAttribute('aria-label', question.prompt);
      box.append(input);
    }
    const row = document.createElement('div');
    row.className = 'dialog-buttons';
    const done = (button: DialogAnswer['button']) => {
      layer().classList.remove('open');
      box.remove();
      resolve(input ? { button, text: input.value } : { button });
    };
    buttons.forEach((b, i) => {
      const el = document.createElement('button');
      el.type = 'button';
      el.textContent = LABELS[b] ?? b;
      if (i === buttons.length - 1) el.className = 'primary';
      el.addEventListener('click', () => done(b));
      row.append(el);
    });
    box.append(row);
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape')
        done(buttons.includes('CANCEL') ? 'CANCEL' : buttons.includes('NO') ? 'NO' : 'OK');
      if (e.key === 'Enter' && input && e.target === input) done('OK');
    });
    layer().replaceChildren(box);
    layer().classList.add('open');
    (input ?? (row.lastElementChild as HTMLElement | null))?.focus();
  });
}

/** Shows a question (or an alert) once the dialogs before it are closed; resolves with the answer. */
export function ask(question: PendingQuestion): Promise<DialogAnswer> {
  const next = queue.then(() => open(question));
  queue = next.catch(() => undefined);
  return next;
}

export function alertBox(title: string, message: string): Promise<DialogAnswer> {
  return ask({ kind: 'alert', title, prompt: message, buttons: 'OK' });
}

export function toast(message: string, title = '', seconds = 5): void {
  const el = document.createElement('div');
  el.className = 'toast';
  if (title) {
    const b = document.createElement('b');
    b.textContent = title;
    el.append(b);
  }
  el.append(document.createTextNode(message));
  document.getElementById('toasts')?.append(el);
  const ms = Math.min(Math.max(seconds, 2), 10) * 1000;
  setTimeout(() => el.remove(), ms);
}
