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

function renderPreview(view: KpiExtractView): void {
  const box = el('kpi-result');
  const table = document.createElement('table');
  table.className = 'preview';
  const head = document.createElement('tr');
  head.append(cell('th', 'Chỉ tiêu'), cell('th', 'Mức'), cell('th', 'ĐVT'));
  table.append(head);
  for (const r of view.rows) {
    const tr = document.createElement('tr');
    tr.append(
      cell('td', r.indicator),
      cell('td', r.normalized || r.target),
      cell('td', r.measureUnit),
    );
    table.append(tr);
  }
  const skipped = document.createElement('div');
  skipped.className = 'skipped';
  skipped.textContent =
    view.skipped.length === 0
      ? 'Không bỏ qua ý nào.'
      : `Bỏ qua ${view.skipped.length} ý không đo lường được: ` +
        view.skipped.map((s) => `dòng ${s.line}: ${s.reason}`).join('; ');
  box.replaceChildren(table, skipped);
}

async function preview(): Promise<void> {
  const text = el<HTMLTextAreaElement>('kpi-text').value;
  if (text.trim() === '') {
    setStatus('kpi-status', 'error', 'Hãy dán đoạn "Mục tiêu cụ thể" trước.');
    return;
  }
  setStatus('kpi-status', 'busy', 'Đang tách chỉ tiêu…');
  try {
    const view = await callServer('extractKpiRows', text);
    renderPreview(view);
    el<HTMLButtonElement>('kpi-write').disabled = view.rows.length === 0;
    setStatus(
      'kpi-status',
      view.rows.length ? 'ok' : 'error',
      `Tìm thấy ${view.rows.length} chỉ tiêu.`,
    );
  } catch (error) {
    setStatus('kpi-status', 'error', 'Không tách được: ' + errorText(error));
  }
}

async function write(): Promise<void> {
  const button = el<HTMLButtonElement>('kpi-write');
  button.disabled = true;
  setStatus('kpi-status', 'busy', 'Nhập kế hoạch: đang ghi vào bảng chỉ tiêu…');
  try {
    const r = await callServer('writeKpiRows', { text: el<HTMLTextAreaElement>('kpi-text').value });
    setStatus(
      'kpi-status',
      'ok',
      `Đã ghi ${r.written} chỉ tiêu vào trang "${r.sheetName}" từ dòng ${r.firstRow}.`,
    );
    void refreshOverview();
  } catch (error) {
    setStatus('kpi-status', 'error', 'Không ghi được: ' + errorText(error));
    button.disabled = false;
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
    list.replaceChildren(
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
  el('check-button').addEventListener('click', () => void check());
}
