// The menu bar: add-on menus under "Tiện ích mở rộng" (Extensions), as Sheets shows them, and any
// menu a script made with createMenu beside it. Only users who installed the add-on have them.
import type { PreviewState } from './api.ts';

type Menu = PreviewState['menus'][number];
type Item = Menu['items'][number];

function itemButtons(items: Item[], run: (fn: string) => void, close: () => void): HTMLElement[] {
  return items.flatMap((item): HTMLElement[] => {
    const li = document.createElement('li');
    if ('separator' in item) {
      li.append(document.createElement('hr'));
      return [li];
    }
    if ('submenu' in item) {
      const head = document.createElement('li');
      head.className = 'group';
      head.textContent = item.caption;
      return [head, ...itemButtons(item.submenu.items, run, close)];
    }
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'menuitem');
    b.textContent = item.caption;
    b.addEventListener('click', () => {
      close();
      run(item.functionName);
    });
    li.append(b);
    return [li];
  });
}

function dropdown(title: string, content: HTMLElement[]): HTMLElement {
  const wrap = document.createElement('div');
  wrap.className = 'menu';
  const open = document.createElement('button');
  open.type = 'button';
  open.textContent = title;
  open.setAttribute('aria-haspopup', 'menu');
  const list = document.createElement('ul');
  list.setAttribute('role', 'menu');
  list.setAttribute('aria-label', title);
  list.append(...content);
  open.addEventListener('click', (e) => {
    e.stopPropagation();
    const isOpen = wrap.classList.toggle('open');
    open.setAttribute('aria-expanded', String(isOpen));
  });
  wrap.append(open, list);
  return wrap;
}

export function drawMenus(menus: Menu[], installed: boolean, run: (fn: string) => void): void {
  const nav = document.getElementById('menus') as HTMLElement;
  const closeAll = () =>
    nav.querySelectorAll('.menu.open').forEach((m) => m.classList.remove('open'));
  const addons = menus.filter((m) => m.addon);
  const extensions: HTMLElement[] = [];
  for (const m of addons) {
    const head = document.createElement('li');
    head.className = 'group';
    head.textContent = m.title;
    extensions.push(head, ...itemButtons(m.items, run, closeAll));
  }
  if (addons.length === 0) {
    const empty = document.createElement('li');
    empty.className = 'empty';
    empty.textContent = installed
      ? 'Chưa có tiện ích nào cho người dùng này.'
      : 'Bạn chưa cài tiện ích Sáu Rõ.';
    extensions.push(empty);
  }
  nav.replaceChildren(
    dropdown('Tiện ích mở rộng', extensions),
    ...menus
      .filter((m) => !m.addon)
      .map((m) => dropdown(m.title, itemButtons(m.items, run, closeAll))),
  );
}

document.addEventListener('click', () =>
  document.querySelectorAll('#menus .menu.open').forEach((m) => m.classList.remove('open')),
);
