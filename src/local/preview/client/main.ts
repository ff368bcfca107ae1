// The preview page's script: draws the emulated workbook as the chosen user sees it, sends what
// they type and click to the emulator, shows the add-on's dialogs and toasts, and follows the
// sheet and cell each action activates.
import jspreadsheet from 'jspreadsheet-ce';
import {
  getState,
  post,
  type DialogAnswer,
  type EditOutcome,
  type Follow,
  type PendingQuestion,
  type PreviewState,
  type RunResult,
} from './api.ts';
import { alertBox, ask, toast } from './dialogs.ts';
import { Grid } from './grid.ts';
import { drawMenus } from './menus.ts';
import { drawTabs, mountTabBar } from './tabs.ts';
import type { GridCell } from '../sheetState.ts';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

let current = '';
let pendingSelect: string | null = null;
let seen: { alerts: number; toasts: number } | null = null;
let sidebarFor = '';
let latest = 0;
let state: PreviewState | null = null;

const grid = new Grid(byId('grid'), {
  onEdit: (a1, input) => queueEdit(a1, input),
  onSelect: (a1, cell) => selected(a1, cell),
});

// ------------------------------------------------------------------------ the formula bar

const bar = byId<HTMLTextAreaElement>('formula-input');
let barCell = 'A1';

function fit(): void {
  bar.style.height = 'auto';
  bar.style.height = `${Math.min(bar.scrollHeight, 150)}px`;
}

let selectTimer: ReturnType<typeof setTimeout> | undefined;
function selected(a1: string, cell: GridCell | null): void {
  barCell = a1.split(':')[0] ?? a1;
  byId('cell-name').textContent = a1;
  // The whole text of the cell (its formula when it has one), however tall the row is.
  bar.value = cell?.input ?? cell?.v ?? '';
  bar.readOnly = grid.name === null || (state?.shown?.readOnly ?? true);
  bar.title = cell?.note ?? '';
  fit();
  const sheet = grid.name;
  clearTimeout(selectTimer);
  if (sheet) selectTimer = setTimeout(() => void post('/api/select', { sheet, a1 }), 150);
}

bar.addEventListener('focus', () => {
  // Keys typed here belong to the bar, not to the grid.
  jspreadsheet.current = null;
});
bar.addEventListener('input', fit);
bar.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && !e.shiftKey && !e.altKey) {
    e.preventDefault();
    if (!bar.readOnly) queueEdit(barCell, bar.value);
    bar.blur();
  } else if (e.key === 'Escape') {
    const cell = grid.selectedCell();
    bar.value = cell?.input ?? cell?.v ?? '';
    bar.blur();
  }
});

// ------------------------------------------------------------------------ edits and actions

let edits: Promise<void> = Promise.resolve();

function queueEdit(a1: string, input: string): void {
  const sheet = grid.name;
  if (!sheet) return;
  edits = edits
    .then(async () => {
      const r = await post<EditOutcome>('/api/edit', { sheet, a1, input });
      if (!r.applied) void alertBox(`Không sửa được ô ${a1}`, r.message ?? '');
      await refresh(r.follow);
    })
    .catch((error: unknown) => void alertBox('Lỗi', (error as Error).message));
}

function running(text: string | null): void {
  const el = byId('running');
  el.textContent = text ?? '';
  el.style.display = text ? 'block' : 'none';
}

/** Runs a menu item; each question it asks is shown, and the item runs again with the answer. */
async function runMenu(fn: string): Promise<void> {
  const answers: DialogAnswer[] = [];
  running('Đang chạy tập lệnh…');
  try {
    for (;;) {
      const r = await post<RunResult>('/api/menu', { fn, args: [], answers });
      if ('ask' in r) {
        running(null);
        answers.push(await ask(r.ask));
        running('Đang chạy tập lệnh…');
        continue;
      }
      running(null);
      if (fn === 'showSidebar') sidebarFor = '';
      await refresh(r.follow);
      if (!r.ok) await alertBox('Lỗi', r.error);
      return;
    }
  } catch (error) {
    running(null);
    await alertBox('Lỗi', (error as Error).message);
  }
}

function openSheet(name: string): void {
  current = name;
  pendingSelect = null;
  void refresh();
}

// ------------------------------------------------------------------------ who is looking

const picker = byId<HTMLSelectElement>('user-picker');
const installed = byId<HTMLInputElement>('installed');

function drawUsers(s: PreviewState): void {
  const options = s.users.map((u) => {
    const o = document.createElement('option');
    o.value = u.email;
    o.textContent = u.label;
    o.selected = u.email === s.user.email;
    return o;
  });
  if (picker.options.length !== options.length || picker.value !== s.user.email)
    picker.replaceChildren(...options);
  else
    options.forEach(
      (o, i) => ((picker.options[i] as HTMLOptionElement).textContent = o.textContent),
    );
  installed.checked = s.installed && s.user.role !== 'viewer';
  installed.disabled = s.user.role === 'viewer';
  installed.title =
    s.user.role === 'viewer'
      ? 'Người chỉ có quyền xem không dùng được tiện ích bổ sung.'
      : 'Chỉ người đã cài tiện ích mới thấy menu và thanh bên Sáu Rõ.';
}

let switching: Promise<void> = Promise.resolve();
/** Re-opens the file as the picked user; one switch at a time, in the order they were asked. */
function switchUser(): void {
  const wanted = { email: picker.value, installed: installed.checked };
  switching = switching
    .then(async () => {
      await post('/api/user', wanted);
      sidebarFor = '';
      byId('side').classList.add('hidden');
      await refresh();
    })
    .catch((error: unknown) => void alertBox('Lỗi', (error as Error).message));
}
picker.addEventListener('change', switchUser);
installed.addEventListener('change', switchUser);

// ------------------------------------------------------------------------ drawing

function drawSidebar(s: PreviewState): void {
  const side = byId('side');
  if (!s.sidebar) {
    side.classList.add('hidden');
    return;
  }
  byId('side-title').textContent = s.sidebar.title;
  const key = `${s.user.email}|${String(s.installed)}`;
  if (sidebarFor !== key) {
    side.classList.remove('hidden');
    byId<HTMLIFrameElement>('sidebar').src = '/sidebar';
    sidebarFor = key;
  }
}

async function refresh(follow: Follow | null = null): Promise<void> {
  if (follow) {
    current = follow.sheet;
    pendingSelect = follow.a1;
  }
  // Only the newest request may draw: an older, slower answer must not paint stale state.
  const mine = ++latest;
  const s = await getState(current, seen ?? { alerts: 1e9, toasts: 1e9 });
  if (mine !== latest) return;
  const first = seen === null;
  seen = { alerts: s.alerts.total, toasts: s.toasts.total };
  state = s;
  current = s.shown?.name ?? '';
  drawUsers(s);
  // Who is looking, for people reading the page's source and for tests waiting on a switch.
  document.body.dataset.user = s.user.email;
  document.body.dataset.installed = String(s.installed && s.user.role !== 'viewer');
  drawMenus(s.menus, s.installed, (fn) => void runMenu(fn));
  drawTabs(s.sheets, current, openSheet);
  if (s.shown) {
    const select =
      pendingSelect ?? (first && s.active?.sheet === current ? s.active.a1 : undefined);
    pendingSelect = null;
    grid.render(s.shown, select);
  }
  drawSidebar(s);
  drawOutbox(s.outbox);
  if (first) return;
  // Questions were answered in their own dialog; what is left are OK-only alerts.
  for (const a of s.alerts.items)
    if (a.buttons === 'OK') void alertBox(a.title || 'Sáu Rõ', a.prompt);
  for (const t of s.toasts.items) toast(t.message, t.title, t.timeoutSeconds);
}

/** "Hộp thư đi": the emails the add-on sent, newest first. */
function drawOutbox(mails: PreviewState['outbox']): void {
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

// ------------------------------------------------------------------------ the sidebar's bridge

declare global {
  interface Window {
    sauroAsk(question: PendingQuestion): Promise<DialogAnswer>;
    sauroChanged(follow: Follow | null): void;
    sauroCloseSidebar(): void;
  }
}
window.sauroAsk = (question) => ask(question);
window.sauroChanged = (follow) => void refresh(follow);
window.sauroCloseSidebar = () => byId('side').classList.add('hidden');
byId('side-close').addEventListener('click', () => byId('side').classList.add('hidden'));

mountTabBar();
void refresh();
