// Panels "Chỉ tiêu" (prose → rows: paste, preview, write) and "Kiểm tra".
import type { CheckResponse, KpiExtractView } from '../../gas/api.ts';
import { callServer } from '../server.ts';
import { el, errorText, problemItem, setStatus } from '../dom.ts';
import { refreshOverview } from '../overview.ts';

function cell(tag: 'td' | 'th', text: string): HTMLElement {
  const c = document.createElement(tag);
  c.textContent = text;
  return c;
}

/** The preview the "Ghi" button writes; a changed text needs a new one. */
let previewed: { text: string; problems: number } | undefined;

function list(title: string, items: Array<{ message: string }>, cls: string): HTMLElement {
  const box = document.createElement('div');
  box.className = cls;
  const head = document.createElement('p');
  head.textContent = `${title} (${items.length}):`;
  const ul = document.createElement('ul');
  ul.className = 'problems';
  for (const n of items) {
    const li = document.createElement('li');
    li.textContent = n.message;
    ul.append(li);
  }
  box.append(head, ul);
  return box;
}

function renderPreview(view: KpiExtractView): void {
  const box = el('kpi-result');
  const parts: HTMLElement[] = [];
  const summary = document.createElement('p');
  summary.textContent =
    `${view.rows.length} chỉ tiêu` +
    (view.tables > 0 ? ` (từ ${view.tables} bảng)` : '') +
    `, ghi vào trang "${view.sheetName}".` +
    (view.codeNotice ? ` ${view.codeNotice}` : '');
  parts.push(summary);
  if (view.problems.length > 0)
    parts.push(list('Cần xem lại trước khi ghi', view.problems, 'warnings'));
  if (view.repairs.length > 0) parts.push(list('Đã sửa', view.repairs, 'repairs'));
  const table = document.createElement('table');
  table.className = 'preview';
  const head = document.createElement('tr');
  head.append(
    cell('th', 'Mã'),
    cell('th', 'Chỉ tiêu'),
    cell('th', 'ĐVT'),
    cell('th', 'Mức'),
    cell('th', 'Chủ trì'),
  );
  table.append(head);
  const sections = [...view.sections];
  for (const r of view.rows) {
    while (sections.length > 0 && (sections[0]?.line ?? 0) <= r.line) {
      const s = sections.shift();
      if (!s) break;
      const tr = document.createElement('tr');
      tr.className = 'section';
      const td = document.createElement('td');
      td.colSpan = 5;
      td.textContent = `${s.code} ${s.title}`;
      tr.append(td);
      table.append(tr);
    }
    const tr = document.createElement('tr');
    tr.append(
      cell('td', r.code),
      cell('td', r.indicator),
      cell('td', r.measureUnit),
      cell('td', r.normalized || r.target),
      cell('td', r.lead ?? ''),
    );
    table.append(tr);
  }
  parts.push(table);
  const skipped = document.createElement('div');
  skipped.className = 'skipped';
  skipped.textContent =
    view.skipped.length === 0
      ? 'Không bỏ qua ý nào.'
      : `Bỏ qua ${view.skipped.length} ý không đo lường được: ` +
        view.skipped.map((s) => `dòng ${s.line}: ${s.reason}`).join('; ');
  parts.push(skipped);
  box.replaceChildren(...parts);
}

/** "Ghi" is open when there are rows and every problem shown was accepted. */
function updateWrite(): void {
  const accept = el<HTMLInputElement>('kpi-accept').checked;
  el<HTMLButtonElement>('kpi-write').disabled = !previewed || (previewed.problems > 0 && !accept);
}

async function preview(): Promise<void> {
  const text = el<HTMLTextAreaElement>('kpi-text').value;
  previewed = undefined;
  el<HTMLInputElement>('kpi-accept').checked = false;
  el('kpi-accept-box').hidden = true;
  updateWrite();
  if (text.trim() === '') {
    setStatus('kpi-status', 'error', 'Hãy dán đoạn "Mục tiêu cụ thể" trước.');
    return;
  }
  setStatus('kpi-status', 'busy', 'Đang tách chỉ tiêu…');
  try {
    const view = await callServer('extractKpiRows', { text });
    renderPreview(view);
    if (view.rows.length > 0) previewed = { text, problems: view.problems.length };
    el('kpi-accept-box').hidden = view.problems.length === 0;
    updateWrite();
    setStatus(
      'kpi-status',
      view.rows.length ? 'ok' : 'error',
      `Tìm thấy ${view.rows.length} chỉ tiêu.` +
        (view.problems.length > 0
          ? ` Có ${view.problems.length} vấn đề: xem lại rồi đánh dấu "Đã xem" để ghi.`
          : ''),
    );
  } catch (error) {
    setStatus('kpi-status', 'error', 'Không tách được: ' + errorText(error));
  }
}

async function write(): Promise<void> {
  const req = previewed;
  if (!req) return;
  const button = el<HTMLButtonElement>('kpi-write');
  button.disabled = true;
  setStatus('kpi-status', 'busy', 'Nhập kế hoạch: đang ghi vào bảng chỉ tiêu…');
  try {
    const r = await callServer('writeKpiRows', {
      text: req.text,
      ...(req.problems > 0 ? { accept: el<HTMLInputElement>('kpi-accept').checked } : {}),
    });
    setStatus(
      'kpi-status',
      'ok',
      `Đã ghi ${r.written} chỉ tiêu vào trang "${r.sheetName}" từ dòng ${r.firstRow} (mã ${r.codes[0] ?? ''}…).`,
    );
    void refreshOverview();
    previewed = undefined;
  } catch (error) {
    setStatus('kpi-status', 'error', 'Không ghi được: ' + errorText(error));
    updateWrite();
  }
}

const POINTS = ['người', 'việc', 'thời gian', 'trách nhiệm', 'sản phẩm', 'thẩm quyền'];

/** "6 rõ" per lead unit: tasks, fully clear, and how many miss each point. */
function renderSixClear(view: CheckResponse['sixClear']): void {
  const box = el('check-six-clear');
  if (!view) {
    box.replaceChildren();
    return;
  }
  const summary = document.createElement('p');
  summary.textContent = `6 rõ: ${view.clear}/${view.tasks} nhiệm vụ rõ đủ sáu điểm.`;
  const table = document.createElement('table');
  table.className = 'preview';
  const head = document.createElement('tr');
  head.append(
    cell('th', 'Đơn vị chủ trì'),
    cell('th', 'Nhiệm vụ'),
    cell('th', 'Rõ đủ'),
    cell('th', 'Chưa rõ'),
  );
  table.append(head);
  for (const u of view.byUnit) {
    const missing = POINTS.filter((p) => (u.missing[p] ?? 0) > 0)
      .map((p) => `${p}: ${u.missing[p] ?? 0}`)
      .join(', ');
    const tr = document.createElement('tr');
    tr.append(
      cell('td', u.unit),
      cell('td', String(u.tasks)),
      cell('td', String(u.clear)),
      cell('td', missing || '—'),
    );
    table.append(tr);
  }
  box.replaceChildren(summary, table);
}

async function check(): Promise<void> {
  const button = el<HTMLButtonElement>('check-button');
  button.disabled = true;
  setStatus('check-status', 'busy', 'Kiểm tra: đang soát các bảng…');
  const list = el('check-list');
  list.replaceChildren();
  renderSixClear(undefined);
  try {
    const r = await callServer('checkWorkbook');
    const n = r.problems.length;
    setStatus(
      'check-status',
      n === 0 ? 'ok' : 'error',
      n === 0
        ? `Đã kiểm tra ${r.tables} bảng: không có lỗi.${r.cleared ? ` Đã xóa ${r.cleared} đánh dấu cũ.` : ''}`
        : `Đã kiểm tra ${r.tables} bảng: ${n} ô cần sửa (đã tô đỏ và ghi chú).`,
    );
    renderSixClear(r.sixClear);
    const dupes = r.duplicates.map((d) => {
      const li = document.createElement('li');
      li.textContent = `Mã ${d.code} bị trùng: ${d.places.map((p) => `${p.sheet} dòng ${p.row}`).join('; ')}`;
      return li;
    });
    list.replaceChildren(
      ...dupes,
      ...r.problems.slice(0, 50).map((p) =>
        problemItem(`cột "${p.column}": ${p.message}`, {
          sheet: p.sheet,
          row: p.row,
          cell: p.cell,
        }),
      ),
    );
  } catch (error) {
    setStatus('check-status', 'error', 'Không kiểm tra được: ' + errorText(error));
  } finally {
    button.disabled = false;
    void refreshOverview();
  }
}

export function mountKpi(): void {
  el('kpi-preview').addEventListener('click', () => void preview());
  el('kpi-write').addEventListener('click', () => void write());
  el('kpi-accept').addEventListener('change', updateWrite);
  el('kpi-text').addEventListener('input', () => {
    previewed = undefined;
    updateWrite();
  });
  el('check-button').addEventListener('click', () => void check());
}
