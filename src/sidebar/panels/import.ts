// Panel "Nhập phụ lục từ văn bản": paste, preview the parsed table and what was repaired, write.
import type { ImportPreview, ImportRequest, LayoutId } from '../../gas/api.ts';
import { callServer } from '../server.ts';
import { el, errorText, setStatus } from '../dom.ts';
import { refreshOverview } from '../overview.ts';

const KIND_LABELS: Record<string, string> = {
  date: 'Ngày',
  recurring: 'Định kỳ',
  continuous: 'Thường xuyên',
  conditional: 'Chờ hướng dẫn',
  invalid: 'Chưa rõ',
};
const EVERY_LABELS: Record<string, string> = {
  month: 'hằng tháng',
  quarter: 'hằng quý',
  half: '6 tháng',
  year: 'hằng năm',
};
const LAYOUT_LABELS: Record<LayoutId, string> = {
  'phu-luc': 'Phụ lục I (TT, Nội dung, Cơ quan chủ trì…)',
  'sau-ro': '"6 rõ" (Nhiệm vụ tổng quát, Tiểu nhiệm vụ…)',
};
const CONTENT_CHARS = 70;

/** The text the preview was made from; "Ghi" writes exactly that. */
let previewed: ImportRequest | undefined;
/** The preview found points to review: "Ghi" waits until the officer accepts them. */
let needsAccept = false;

/** "Ghi" is on only for a preview with tasks whose warnings (if any) the officer accepted. */
function updateWrite(): void {
  const accepted = !needsAccept || el<HTMLInputElement>('import-accept').checked;
  el<HTMLButtonElement>('import-write').disabled = previewed === undefined || !accepted;
}

function resetAccept(warnings: number): void {
  needsAccept = warnings > 0;
  el('import-accept-row').hidden = !needsAccept;
  el<HTMLInputElement>('import-accept').checked = false;
}

function cell(tag: 'td' | 'th', text: string, title?: string): HTMLElement {
  const c = document.createElement(tag);
  c.textContent = text;
  if (title !== undefined) c.title = title;
  return c;
}

function short(text: string): string {
  return text.length > CONTENT_CHARS ? text.slice(0, CONTENT_CHARS - 1) + '…' : text;
}

function dayText(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

function deadlineText(d: ImportPreview['tasks'][number]['deadline']): string {
  const kind = KIND_LABELS[d.kind] ?? d.kind;
  const every = d.every !== undefined ? ` (${EVERY_LABELS[d.every] ?? d.every})` : '';
  if (d.due !== undefined) return `${dayText(d.due)}${every}`;
  if (d.kind === 'recurring' && d.month !== undefined)
    return `${kind}${every}, ${d.day !== undefined ? `ngày ${String(d.day).padStart(2, '0')}/` : 'tháng '}${String(d.month).padStart(2, '0')}`;
  if (d.kind === 'recurring') return `${kind}${every}`;
  return kind;
}

function request(): ImportRequest {
  const layout = el<HTMLSelectElement>('import-layout').value;
  return {
    text: el<HTMLTextAreaElement>('import-text').value,
    ...(layout === 'phu-luc' || layout === 'sau-ro' ? { template: layout } : {}),
  };
}

/** What the preview asked the officer: update or new, and whether the KPI problems are accepted. */
let asked: { existing: boolean; kpiProblems: number } = { existing: false, kpiProblems: 0 };

function choices(): Pick<ImportRequest, 'mode' | 'accept'> {
  const mode = el<HTMLSelectElement>('import-mode').value;
  return {
    ...(asked.existing ? { mode: mode === 'new' ? ('new' as const) : ('update' as const) } : {}),
    ...(asked.kpiProblems > 0 ? { accept: el<HTMLInputElement>('import-accept').checked } : {}),
  };
}

function notices(title: string, items: ImportPreview['repairs'], cls: string): HTMLElement {
  const box = document.createElement('div');
  box.className = cls;
  const head = document.createElement('p');
  head.textContent = items.length === 0 ? `${title}: không có.` : `${title} (${items.length}):`;
  box.append(head);
  if (items.length > 0) {
    const list = document.createElement('ul');
    list.className = 'problems';
    for (const n of items) {
      const li = document.createElement('li');
      li.textContent = n.message;
      list.append(li);
    }
    box.append(list);
  }
  return box;
}

function renderPreview(view: ImportPreview): void {
  const summary = document.createElement('p');
  const plan = view.plan;
  const planText = plan
    ? ` Kế hoạch ${plan.number ?? ''}${plan.date ? ` ngày ${dayText(plan.date)}` : ''}${plan.commune ? `, xã ${plan.commune}` : ''}.`
    : '';
  summary.textContent = `Dạng bảng: ${LAYOUT_LABELS[view.layout]}. ${view.counts.sections} mục, ${view.counts.tasks} nhiệm vụ.${planText}`;

  const table = document.createElement('table');
  table.className = 'preview';
  const head = document.createElement('tr');
  head.append(cell('th', 'Mã'), cell('th', 'Nội dung'), cell('th', 'Chủ trì'), cell('th', 'Hạn'));
  table.append(head);
  const titles = new Map(view.sections.map((s) => [s.code, s.title]));
  let section: string | undefined;
  for (const t of view.tasks) {
    if (t.section !== section && titles.has(t.section)) {
      section = t.section;
      const tr = document.createElement('tr');
      tr.className = 'section';
      const td = document.createElement('td');
      td.textContent = `${t.section}. ${short(titles.get(t.section) ?? '')}`;
      td.colSpan = 4;
      tr.append(td);
      table.append(tr);
    }
    const tr = document.createElement('tr');
    if (t.level === 'general') tr.className = 'general';
    tr.append(
      cell('td', t.code),
      cell('td', short(t.content), t.content),
      cell('td', t.lead.join('; ')),
      cell('td', deadlineText(t.deadline), t.deadline.raw),
    );
    table.append(tr);
  }
  const parts: HTMLElement[] = [summary];
  if (view.existing) {
    const e = view.existing;
    const p = document.createElement('p');
    p.className = 'warnings';
    p.textContent = `Kế hoạch này đã có ở trang "${e.sheetName}" (${e.sameContent}/${e.tasks} nhiệm vụ cùng mã, cùng nội dung). Chọn cập nhật bảng đó hoặc tạo bảng mới bên dưới.`;
    parts.push(p);
  }
  if (view.kpis) {
    const k = view.kpis;
    const p = document.createElement('p');
    p.textContent = `Bảng chỉ tiêu: ${k.rows.length} chỉ tiêu sẽ ghi vào trang "${k.sheetName}".${k.codeNotice ? ` ${k.codeNotice}` : ''}`;
    parts.push(p);
    if (k.problems.length > 0)
      parts.push(notices('Chỉ tiêu cần xem lại trước khi ghi', k.problems, 'warnings'));
  }
  el('import-result').replaceChildren(
    ...parts,
    notices('Đã sửa', view.repairs, 'repairs'),
    notices('Cần xem lại', view.warnings, 'warnings'),
    table,
  );
}

async function preview(): Promise<void> {
  const req = request();
  previewed = undefined;
  resetAccept(0);
  updateWrite();
  if (req.text.trim() === '') {
    setStatus('import-status', 'error', 'Hãy dán văn bản kế hoạch hoặc bảng phụ lục trước.');
    return;
  }
  setStatus('import-status', 'busy', 'Nhập kế hoạch: đang đọc bảng phụ lục…');
  try {
    const view = await callServer('previewImport', req);
    renderPreview(view);
    const found = view.counts.tasks > 0 || (view.kpis?.rows.length ?? 0) > 0;
    if (found) previewed = req;
    asked = { existing: view.existing !== undefined, kpiProblems: view.kpis?.problems.length ?? 0 };
    el('import-mode-box').hidden = !asked.existing;
    const warned = (found ? view.warnings.length : 0) + asked.kpiProblems;
    resetAccept(warned);
    updateWrite();
    const read = `${view.counts.tasks} nhiệm vụ${view.kpis ? ` và ${view.kpis.rows.length} chỉ tiêu` : ''}`;
    setStatus(
      'import-status',
      !found ? 'error' : warned > 0 ? 'error' : 'ok',
      !found
        ? 'Không tìm thấy nhiệm vụ nào trong văn bản đã dán.'
        : warned > 0
          ? `Đọc được ${read} nhưng có ${warned} điểm cần xem lại. Sửa văn bản và xem trước lại, hoặc đánh dấu "Tôi đã xem…" để ghi.`
          : `Đọc được ${read}. Xem lại rồi bấm "Ghi vào bảng tính".`,
    );
  } catch (error) {
    setStatus('import-status', 'error', 'Không đọc được: ' + errorText(error));
  }
}

async function write(): Promise<void> {
  const req = previewed;
  if (!req) return;
  const button = el<HTMLButtonElement>('import-write');
  button.disabled = true;
  setStatus('import-status', 'busy', 'Nhập kế hoạch: đang tạo bảng và ghi nhiệm vụ…');
  try {
    const r = await callServer('importPlanText', { ...req, ...choices() });
    const tasks = r.updated
      ? `Đã cập nhật trang "${r.sheetName}": ${r.tasks} nhiệm vụ, giữ số liệu theo dõi của ${r.updated.carried}, thêm ${r.updated.added} mã mới.`
      : r.tasks > 0
        ? `Đã ghi ${r.sections} mục và ${r.tasks} nhiệm vụ vào trang mới "${r.sheetName}" (từ dòng ${r.firstRow}).`
        : '';
    const kpis = r.kpis
      ? ` Đã ghi ${r.kpis.written} chỉ tiêu vào trang "${r.kpis.sheetName}".`
      : '';
    setStatus(
      'import-status',
      'ok',
      `${tasks}${kpis}` + (r.warnings.length ? ` Có ${r.warnings.length} điểm cần xem lại.` : ''),
    );
    previewed = undefined;
    resetAccept(0);
    void refreshOverview();
  } catch (error) {
    setStatus('import-status', 'error', 'Không ghi được: ' + errorText(error));
    updateWrite();
  }
}

export function mountImport(): void {
  el('import-preview').addEventListener('click', () => void preview());
  el('import-write').addEventListener('click', () => void write());
  // A changed text or layout needs a new preview before writing.
  const stale = (): void => {
    previewed = undefined;
    resetAccept(0);
    updateWrite();
  };
  el('import-accept').addEventListener('change', updateWrite);
  el('import-text').addEventListener('input', stale);
  el('import-layout').addEventListener('change', stale);
}
