// The first screen: the seven steps of a period in order, each done or not, with what to do next;
// a step opens its panel. Also the settings form (step 1), the board of units (step 5) and, for a
// unit's editor, the unit's own sheets with "Nộp báo cáo".
import type { BoardState, OverviewView, StepId } from '../../gas/guide/guideApi.ts';
import { cellLink, el, errorText, fillSelect, problemItem, setStatus } from '../dom.ts';
import { onOverview, onOverviewError, periodRequest, refreshOverview } from '../overview.ts';
import { callServer } from '../server.ts';

const PANELS: StepId[] = ['setup', 'plan', 'check', 'distribute', 'follow', 'report', 'close'];
let shown: StepId | null = null;

const STATE_LABELS: Record<BoardState, string> = {
  submitted: 'Đã nộp',
  late: 'Nộp muộn',
  sentBack: 'Trả lại',
  missing: 'Chưa nộp',
  noSheet: 'Chưa có phiếu',
};

const TITLES: Record<StepId, string> = {
  setup: 'Thiết lập',
  plan: 'Nhập kế hoạch',
  check: 'Kiểm tra',
  distribute: 'Giao phiếu',
  follow: 'Theo dõi',
  report: 'Tổng hợp và báo cáo',
  close: 'Chốt kỳ',
};

/** The steps when the overview cannot be read: titles only, none marked done. */
const FALLBACK = {
  nextStep: 'setup',
  steps: PANELS.map((id, i) => ({
    id,
    number: i + 1,
    title: TITLES[id],
    done: false,
    next: id === 'setup' ? 'Kiểm tra lại cài đặt theo thông báo ở trên.' : '',
  })),
} as const satisfies Pick<OverviewView, 'nextStep' | 'steps'>;

/** Opens a step's panel (null: back to the list of steps). */
export function openStep(id: StepId | null): void {
  shown = id;
  el('home').hidden = id !== null || !el('my-units').hidden;
  for (const p of PANELS) el(`step-${p}`).hidden = p !== id;
  if (id) el(`step-${id}`).querySelector<HTMLElement>('h2')?.focus();
  window.scrollTo(0, 0);
}

function drawSteps(view: Pick<OverviewView, 'nextStep' | 'steps'>): void {
  el('steps').replaceChildren(
    ...view.steps.map((s) => {
      const li = document.createElement('li');
      li.className = `step${s.done ? ' done' : ''}${view.nextStep === s.id ? ' next' : ''}`;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'step-button';
      b.dataset.step = s.id;
      const mark = document.createElement('span');
      mark.className = 'mark';
      mark.textContent = s.done ? '✓' : String(s.number);
      mark.setAttribute('aria-hidden', 'true');
      const title = document.createElement('span');
      title.className = 'title';
      title.textContent = `${s.number}. ${s.title}`;
      const state = document.createElement('span');
      state.className = 'state';
      state.textContent = s.done
        ? 'Đã xong'
        : view.nextStep === s.id
          ? 'Bước tiếp theo'
          : 'Chưa xong';
      const next = document.createElement('span');
      next.className = 'next-text';
      next.textContent = s.next;
      b.append(mark, title, state, next);
      b.addEventListener('click', () => openStep(s.id));
      li.append(b);
      return li;
    }),
  );
}

function drawPeriod(view: OverviewView): void {
  el('period-line').textContent =
    `Kỳ ${view.periodLabel} (${view.period}), hạn nộp ${view.deadline}` +
    (view.closed ? ' — đã chốt.' : '.');
  el<HTMLInputElement>('report-period').placeholder = view.period;
}

function drawSettings(view: OverviewView): void {
  const s = view.settings;
  const rhythm = el<HTMLSelectElement>('set-rhythm');
  const coordinator = el<HTMLSelectElement>('set-coordinator');
  // The form shows what is saved until the user starts changing it.
  const editing = el('step-setup').dataset.dirty === 'true';
  fillSelect(
    rhythm,
    s.rhythms.map((r) => ({ value: r, text: r })),
  );
  fillSelect(
    coordinator,
    s.units.map((u) => ({ value: u, text: u })),
  );
  el('rule-examples').replaceChildren(...s.ruleExamples.map((r) => new Option(r)));
  if (!editing) {
    rhythm.value = s.rhythm;
    coordinator.value = s.coordinator;
    el<HTMLInputElement>('set-rule').value = s.rule;
    el<HTMLInputElement>('set-emails').value = s.emails.join('; ');
  }
}

function drawBoard(view: OverviewView): void {
  const b = view.board;
  const counts: Array<[string, number, string]> = [
    ['Đã nộp', b.submitted, 'submitted'],
    ['Nộp muộn', b.late, 'late'],
    ['Trả lại', b.sentBack, 'sentBack'],
    ['Chưa nộp', b.missing, 'missing'],
  ];
  el('board-counts').replaceChildren(
    ...counts.map(([label, n, cls]) => {
      const box = document.createElement('div');
      box.className = `count ${cls}`;
      const num = document.createElement('b');
      num.textContent = String(n);
      const text = document.createElement('span');
      text.textContent = label;
      box.append(num, text);
      box.setAttribute('aria-label', `${label}: ${n}`);
      return box;
    }),
  );
  const table = el('board');
  const head = document.createElement('tr');
  for (const h of ['Đơn vị', 'Tình trạng']) {
    const th = document.createElement('th');
    th.textContent = h;
    head.append(th);
  }
  table.replaceChildren(
    head,
    ...b.units.map((u) => {
      const tr = document.createElement('tr');
      tr.className = u.state;
      const name = document.createElement('td');
      name.append(
        u.sheetName ? cellLink(u.unit, { sheet: u.sheetName }) : document.createTextNode(u.unit),
      );
      const state = document.createElement('td');
      state.textContent = u.text;
      state.title = STATE_LABELS[u.state];
      tr.append(name, state);
      return tr;
    }),
  );
  if (b.units.length === 0) {
    const tr = document.createElement('tr');
    const td = document.createElement('td');
    td.colSpan = 2;
    td.textContent = 'Chưa có đơn vị nào phải báo cáo: hãy nhập kế hoạch trước.';
    tr.append(td);
    table.append(tr);
  }
}

function drawMyUnits(view: OverviewView): void {
  const section = el('my-units');
  // A unit's editor who is not a coordinator sees its own sheets first, instead of the steps.
  const unitOnly = !view.coordinator && view.myUnits.length > 0;
  section.hidden = !unitOnly;
  if (shown === null) el('home').hidden = unitOnly;
  if (!unitOnly) return;
  el('my-units-list').replaceChildren(
    ...view.myUnits.map((u) => {
      const li = document.createElement('li');
      const name = document.createElement('b');
      name.textContent = u.unit;
      const state = document.createElement('span');
      state.className = `state ${u.state}`;
      state.textContent = u.text;
      li.append(name, document.createTextNode(' — '), state, document.createElement('br'));
      if (u.sheetName) {
        li.append(cellLink(`Mở phiếu "${u.sheetName}"`, { sheet: u.sheetName }));
        const submit = document.createElement('button');
        submit.type = 'button';
        submit.className = 'small';
        submit.textContent = 'Nộp báo cáo';
        submit.addEventListener('click', () => void submitMine(u.unit, submit));
        li.append(document.createTextNode(' '), submit);
      }
      return li;
    }),
  );
}

async function submitMine(unit: string, button: HTMLButtonElement): Promise<void> {
  button.disabled = true;
  setStatus('my-units-status', 'busy', `Nộp báo cáo: đang kiểm tra phiếu của ${unit}…`);
  el('my-units-problems').replaceChildren();
  try {
    const r = await callServer('submitReport', { ...periodRequest(), unit });
    const errors = r.problems.filter((p) => p.severity === 'error');
    setStatus(
      'my-units-status',
      r.accepted ? 'ok' : 'error',
      r.accepted
        ? `Đã nộp phiếu "${r.sheetName}" lúc ${r.submittedAt?.replace('T', ' ') ?? ''}${r.late ? ' (sau hạn)' : ''}.`
        : `Chưa nộp được: phiếu còn ${errors.length} lỗi cần sửa (bấm để đến ô).`,
    );
    el('my-units-problems').replaceChildren(
      ...(r.accepted ? r.problems : errors).map((p) =>
        problemItem(p.message, { sheet: p.sheet, row: p.row }),
      ),
    );
  } catch (error) {
    setStatus('my-units-status', 'error', `Không nộp được: ${errorText(error)}`);
  } finally {
    button.disabled = false;
    void refreshOverview();
  }
}

async function saveSettings(): Promise<void> {
  const button = el<HTMLButtonElement>('set-save');
  button.disabled = true;
  setStatus('set-status', 'busy', 'Thiết lập: đang lưu cài đặt…');
  try {
    const view = await callServer('saveReportSettings', {
      rhythm: el<HTMLSelectElement>('set-rhythm').value,
      rule: el<HTMLInputElement>('set-rule').value,
      coordinator: el<HTMLSelectElement>('set-coordinator').value,
      emails: el<HTMLInputElement>('set-emails').value,
    });
    el('step-setup').dataset.dirty = 'false';
    setStatus(
      'set-status',
      'ok',
      `Đã lưu cài đặt: kỳ hiện tại ${view.period}, hạn nộp ${view.deadline}.`,
    );
    await refreshOverview(view);
  } catch (error) {
    setStatus('set-status', 'error', `Chưa lưu được: ${errorText(error)}`);
  } finally {
    button.disabled = false;
  }
}

export function mountSteps(): void {
  document
    .querySelectorAll<HTMLButtonElement>('button.back')
    .forEach((b) => b.addEventListener('click', () => openStep(null)));
  document.querySelectorAll<HTMLElement>('.panel h2').forEach((h) => (h.tabIndex = -1));
  el('step-setup').addEventListener('input', () => (el('step-setup').dataset.dirty = 'true'));
  el('set-save').addEventListener('click', () => void saveSettings());
  el('report-period').addEventListener('change', () => void refreshOverview());
  onOverview((view) => {
    el('overview-problem').hidden = true;
    drawPeriod(view);
    drawSteps(view);
    drawSettings(view);
    drawBoard(view);
    drawMyUnits(view);
  });
  onOverviewError((error) => {
    const box = el('overview-problem');
    box.hidden = false;
    box.textContent = errorText(error);
    el('period-line').textContent = 'Chưa đọc được kỳ báo cáo.';
    // The steps stay reachable (step 1 is where most such problems are fixed).
    if (el('steps').childElementCount === 0) drawSteps(FALLBACK);
  });
  openStep(shown);
}
