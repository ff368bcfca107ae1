// Small DOM helpers shared by the sidebar panels.
import { callServer } from './server.ts';

export function el<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`Thiếu phần tử #${id}`);
  return found as T;
}

export type StatusKind = 'busy' | 'ok' | 'error' | '';

/**
 * Shows progress (a spinner and the step's name), then the result or a clear error, in the
 * status line right under the button that started the action.
 */
export function setStatus(id: string, kind: StatusKind, text: string): void {
  const status = el(id);
  status.className = 'status ' + kind;
  status.setAttribute('aria-busy', String(kind === 'busy'));
  status.textContent = text;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function optionalInput(id: string): string | undefined {
  const v = el<HTMLInputElement>(id).value.trim();
  return v === '' ? undefined : v;
}

/** Where a message is about, in words ("Trang X, dòng 5"), or '' when nothing is known. */
export function placeText(where: { sheet?: string; unit?: string; row?: number }): string {
  const parts = [where.sheet ?? where.unit ?? '', where.row ? `dòng ${where.row}` : ''];
  return parts.filter((p) => p !== '').join(', ');
}

/**
 * "place: message", or the message alone: no line starts with an empty place, and a message that
 * already names its place ("Công an xã chưa nộp…") does not get it twice.
 */
export function withPlace(place: string, message: string): string {
  return place === '' || message.startsWith(place) ? message : `${place}: ${message}`;
}

/** A link that activates a sheet and selects a cell (or a row) in the spreadsheet. */
export function cellLink(
  text: string,
  target: { sheet: string; cell?: string; row?: number },
): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = '#';
  a.className = 'cell-link';
  a.textContent = text;
  a.title = `Mở trang "${target.sheet}"${target.cell ? `, ô ${target.cell}` : target.row ? `, dòng ${target.row}` : ''}`;
  a.addEventListener('click', (e) => {
    e.preventDefault();
    callServer('goToCell', {
      sheet: target.sheet,
      ...(target.cell ? { cell: target.cell } : {}),
      ...(target.row ? { row: target.row } : {}),
    }).catch((error: unknown) => {
      a.title = errorText(error);
      a.classList.add('broken');
    });
  });
  return a;
}

/** A list item holding a link to the place when there is one, else plain text. */
export function problemItem(
  message: string,
  target?: { sheet?: string; cell?: string; row?: number; unit?: string },
): HTMLLIElement {
  const li = document.createElement('li');
  const place = target ? placeText(target) : '';
  if (target?.sheet) {
    const { sheet } = target;
    li.append(
      cellLink(place, {
        sheet,
        ...(target.cell ? { cell: target.cell } : {}),
        ...(target.row ? { row: target.row } : {}),
      }),
      document.createTextNode(`: ${message}`),
    );
  } else li.textContent = withPlace(place, message);
  return li;
}

/** Replaces a select's options and keeps what the user had chosen, when it is still offered. */
export function fillSelect(
  select: HTMLSelectElement,
  options: Array<{ value: string; text: string }>,
  fallback?: string,
): void {
  const chosen = select.value || select.dataset.chosen || fallback || '';
  select.replaceChildren(
    ...options.map((o) => {
      const option = document.createElement('option');
      option.value = o.value;
      option.textContent = o.text;
      return option;
    }),
  );
  if (options.some((o) => o.value === chosen)) select.value = chosen;
  select.dataset.chosen = select.value;
}
