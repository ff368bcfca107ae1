// The tab bar: one line that scrolls sideways and keeps the active tab in view, arrows to scroll,
// and a menu listing every sheet (hidden ones greyed), as Sheets' "All sheets" button does.
import type { PreviewState } from './api.ts';

const byId = (id: string) => document.getElementById(id) as HTMLElement;

export function drawTabs(
  sheets: PreviewState['sheets'],
  current: string,
  open: (name: string) => void,
): void {
  const tabs = byId('tabs');
  tabs.replaceChildren(
    ...sheets
      .filter((s) => !s.hidden)
      .map((s) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.setAttribute('role', 'tab');
        b.setAttribute('aria-selected', String(s.name === current));
        b.tabIndex = s.name === current ? 0 : -1;
        b.dataset.sheet = s.name;
        b.title = s.name;
        if (s.tabColor) {
          const dot = document.createElement('span');
          dot.className = 'color';
          dot.style.background = s.tabColor;
          b.append(dot);
        }
        b.append(document.createTextNode(s.name));
        b.addEventListener('click', () => open(s.name));
        return b;
      }),
  );
  const active = tabs.querySelector<HTMLElement>('[aria-selected=true]');
  if (active) keepInView(tabs, active);
  const menu = byId('sheet-menu');
  menu.replaceChildren(
    ...sheets.map((s) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'none');
      const b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('role', 'menuitemradio');
      b.setAttribute('aria-checked', String(s.name === current));
      b.textContent = s.hidden ? `${s.name} (đang ẩn)` : s.name;
      if (s.hidden) b.className = 'hidden-sheet';
      b.disabled = s.hidden;
      b.addEventListener('click', () => {
        closeSheetMenu();
        open(s.name);
      });
      li.append(b);
      return li;
    }),
  );
}

/** Scrolls the strip (not the page) so the tab is fully visible. */
function keepInView(strip: HTMLElement, tab: HTMLElement): void {
  const left = tab.offsetLeft - strip.offsetLeft;
  const right = left + tab.offsetWidth;
  if (left < strip.scrollLeft) strip.scrollLeft = left;
  else if (right > strip.scrollLeft + strip.clientWidth)
    strip.scrollLeft = right - strip.clientWidth;
}

function closeSheetMenu(): void {
  byId('sheet-menu').classList.remove('open');
  byId('sheet-menu-button').setAttribute('aria-expanded', 'false');
}

export function mountTabBar(): void {
  const button = byId('sheet-menu-button');
  button.addEventListener('click', (e) => {
    e.stopPropagation();
    const menu = byId('sheet-menu');
    const open = !menu.classList.contains('open');
    menu.classList.toggle('open', open);
    button.setAttribute('aria-expanded', String(open));
    if (open)
      menu.querySelector<HTMLElement>('[aria-checked=true]')?.scrollIntoView({ block: 'nearest' });
  });
  document.addEventListener('click', (e) => {
    if (!byId('sheet-menu').contains(e.target as Node)) closeSheetMenu();
  });
  const strip = byId('tabs');
  byId('tabs-left').addEventListener('click', () => strip.scrollBy({ left: -240 }));
  byId('tabs-right').addEventListener('click', () => strip.scrollBy({ left: 240 }));
}
