// The preview page's script: draws the emulated workbook and relays menu clicks.
// It talks only to the local server; the sidebar iframe has its own bridge.
import { columnLetter } from '../../core/sheet/a1.ts';
import type { CellView, ChartView } from 'gas-emulator';
import { drawCharts } from './charts.ts';

interface SheetView {
  name: string;
  hidden?: boolean;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: number[];
  merges: string[];
  cells: Array<Array<CellView | null>>;
  charts?: ChartView[];
}

/** "B2:D3" → 0-based top-left and size. */
function parseBox(a1: string): { row: number; col: number; rows: number; cols: number } | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) return null;
  const col = (letters: string) =>
    [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const c1 = col(m[1] ?? 'A');
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? col(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}
interface MenuItem {
  caption?: string;
  functionName?: string;
  separator?: boolean;
}
interface State {
  workbook: { name: string; activeSheet?: string; sheets: SheetView[] };
  menus: Array<{ title: string; items: MenuItem[] }>;
  sidebar: { title: string } | null;
  toasts: Array<{ message: string }>;
  /** MailApp's emulated outbox (reminder emails). */
  outbox?: Array<{ at: string; to: string[]; subject: string; body: string }>;
}

let current = '';
let shownToasts = 0;
let sidebarLoaded = false;

const byId = (id: string) => document.getElementById(id) as HTMLElement;

function drawGrid(sheet: SheetView): void {
  const table = document.createElement('table');
  table.className = 'grid';
  table.dataset.sheet = sheet.name;
  const widths = sheet.columnWidths;
  const cols = Math.max(widths.length, ...sheet.cells.map((r) => r.length), 12);
  const colgroup = document.createElement('colgroup');
  const rowHeadCol = document.createElement('col');
  rowHeadCol.style.width = '40px';
  colgroup.append(rowHeadCol);
  for (let c = 0; c < cols; c++) {
    const col = document.createElement('col');
    col.style.width = `${widths[c] ?? 100}px`;
    colgroup.append(col);
  }
  table.append(colgroup);
  // A fixed layout only honours column widths when the table has a width.
  let total = 40;
  for (let c = 0; c < cols; c++) total += widths[c] ?? 100;
  table.style.width = `${total}px`;
  const head = document.createElement('tr');
  head.append(document.createElement('th'));
  for (let c = 0; c < cols; c++) {
    const th = document.createElement('th');
    th.textContent = columnLetter(c);
    head.append(th);
  }
  table.append(head);
  // Show the rows that hold something, plus a margin, like the visible part of a sheet.
  const used = sheet.cells.reduce(
    (last, row, i) => (row.some((c) => c && c.v !== '') ? i + 1 : last),
    0,
  );
  const rows = Math.max(used + 10, 30);
  // Merged cells: the top-left one spans, the others are not drawn.
  const span = new Map<string, { rows: number; cols: number }>();
  const hidden = new Set<string>();
  for (const box of (sheet.merges ?? []).map(parseBox)) {
    if (!box) continue;
    span.set(`${box.row},${box.col}`, box);
    for (let r = box.row; r < box.row + box.rows; r++)
      for (let c = box.col; c < box.col + box.cols; c++)
        if (r !== box.row || c !== box.col) hidden.add(`${r},${c}`);
  }
  for (let r = 0; r < rows; r++) {
    const tr = document.createElement('tr');
    if (r < sheet.frozenRows) tr.className = 'frozen';
    const th = document.createElement('th');
    th.className = 'rowh';
    th.textContent = String(r + 1);
    tr.append(th);
    for (let c = 0; c < cols; c++) {
      if (hidden.has(`${r},${c}`)) continue;
      const cell = sheet.cells[r]?.[c];
      const td = document.createElement('td');
      const merged = span.get(`${r},${c}`);
      if (merged) {
        td.colSpan = merged.cols;
        td.rowSpan = merged.rows;
      }
      td.dataset.cell = `${columnLetter(c)}${r + 1}`;
      if (cell) {
        td.textContent = cell.v;
        if (cell.f) td.title = cell.f;
        if (cell.note) {
          td.title = cell.note;
          td.classList.add('note');
        }
        if (cell.bold) td.style.fontWeight = 'bold';
        if (cell.italic) td.style.fontStyle = 'italic';
        if (cell.color) td.style.color = cell.color;
        if (cell.bg) td.style.background = cell.bg;
        if (cell.wrap) td.classList.add('wrap');
        if (cell.align) td.style.textAlign = cell.align;
        if (cell.validation?.list) td.classList.add('list');
        if (cell.protected) td.classList.add('protected');
      }
      tr.append(td);
    }
    table.append(tr);
  }
  byId('grid').replaceChildren(table);
  drawCharts(byId('grid'), sheet.charts ?? []);
}

function drawTabs(sheets: SheetView[]): void {
  const tabs = byId('tabs');
  tabs.replaceChildren(
    ...sheets
      .filter((s) => !s.hidden)
      .map((s) => {
        const b = document.createElement('button');
        b.type = 'button';
        b.role = 'tab';
        b.textContent = s.name;
        b.className = s.name === current ? 'active' : '';
        b.addEventListener('click', () => {
          current = s.name;
          void refresh();
        });
        return b;
      }),
  );
}

function drawMenus(menus: State['menus']): void {
  const nav = byId('menus');
  nav.replaceChildren(
    ...menus.map((m) => {
      const wrap = document.createElement('div');
      wrap.className = 'menu';
      const open = document.createElement('button');
      open.type = 'button';
      open.textContent = m.title;
      open.addEventListener('click', () => wrap.classList.toggle('open'));
      const list = document.createElement('ul');
      for (const item of m.items) {
        const li = document.createElement('li');
        if (item.separator) li.append(document.createElement('hr'));
        else {
          const b = document.createElement('button');
          b.type = 'button';
          b.textContent = item.caption ?? '';
          b.addEventListener('click', () => {
            wrap.classList.remove('open');
            void runMenu(item.functionName ?? '');
          });
          li.append(b);
        }
        list.append(li);
      }
      wrap.append(open, list);
      return wrap;
    }),
  );
}

async function runMenu(fn: string): Promise<void> {
  const res = (await (
    await fetch('/api/menu', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ fn, args: [] }),
    })
  ).json()) as { ok: boolean; error?: string };
  if (!res.ok) toast(res.error ?? 'Lỗi');
  if (fn === 'showSidebar') sidebarLoaded = false;
  await refresh();
}

function toast(message: string): void {
  const t = byId('toast');
  t.textContent = message;
  t.style.display = 'block';
  setTimeout(() => (t.style.display = 'none'), 4000);
}

let latest = 0;

async function refresh(): Promise<void> {
  // Only the newest request may draw: an older, slower answer must not paint stale state.
  const mine = ++latest;
  const query = current ? `?sheet=${encodeURIComponent(current)}` : '';
  const state = (await (await fetch(`/api/state${query}`)).json()) as State;
  if (mine !== latest) return;
  const visible = state.workbook.sheets.filter((s) => !s.hidden);
  if (!visible.some((s) => s.name === current)) {
    current = state.workbook.activeSheet ?? visible[visible.length - 1]?.name ?? '';
  }
  drawMenus(state.menus);
  drawTabs(state.workbook.sheets);
  const sheet = visible.find((s) => s.name === current);
  if (sheet) drawGrid(sheet);
  const side = byId('side');
  if (state.sidebar) {
    side.classList.remove('hidden');
    byId('side-title').textContent = state.sidebar.title;
    if (!sidebarLoaded) {
      (byId('sidebar') as HTMLIFrameElement).src = '/sidebar';
      sidebarLoaded = true;
    }
  }
  for (const t of state.toasts.slice(shownToasts)) toast(t.message);
  shownToasts = state.toasts.length;
  drawOutbox(state.outbox ?? []);
}

/** "Hộp thư đi": the emails the add-on sent, newest first. */
function drawOutbox(mails: NonNullable<State['outbox']>): void {
  const box = byId('outbox');
  const summary = box.querySelector('summary');
  if (summary) summary.textContent = `Hộp thư đi (${mails.length})`;
  const list = box.querySelector('ol');
  if (!list || list.childElementCount === mails.length) return;
  list.replaceChildren(
    ...[...mails].reverse().map((m) => {
      const li = document.createElement('li');
      const head = document.createElement('b');
      head.textContent = m.subject;
      const meta = document.createElement('div');
      meta.textContent = `${new Date(m.at).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })} → ${m.to.join(', ')}`;
      const body = document.createElement('pre');
      body.textContent = m.body;
      li.append(head, meta, body);
      return li;
    }),
  );
}

window.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
  if (event.data?.type === 'sauro:changed') {
    current = '';
    void refresh().then(() => undefined);
  }
  if (event.data?.type === 'sauro:close') byId('side').classList.add('hidden');
});
byId('side-close').addEventListener('click', () => byId('side').classList.add('hidden'));
void refresh();
