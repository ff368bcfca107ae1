// The sidebar: lists the templates and scaffolds the chosen one.
import type { TemplateSummary } from '../gas/api.ts';
import { callServer } from './server.ts';

function el<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`Thiếu phần tử #${id}`);
  return found as T;
}

function setStatus(kind: 'busy' | 'ok' | 'error' | '', text: string): void {
  const status = el('status');
  status.className = kind;
  status.textContent = text;
}

function renderTemplates(list: TemplateSummary[]): void {
  const box = el('templates');
  box.replaceChildren(
    ...list.map((t, i) => {
      const label = document.createElement('label');
      label.className = 'template';
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = 'template';
      input.value = t.id;
      input.checked = i === 0;
      const name = document.createElement('span');
      name.className = 'name';
      name.textContent = t.name;
      const desc = document.createElement('span');
      desc.className = 'desc';
      desc.textContent = t.description;
      const cols = document.createElement('span');
      cols.className = 'cols';
      cols.textContent = 'Cột: ' + t.columns.join(' | ');
      label.append(input, name, desc, cols);
      return label;
    }),
  );
  el<HTMLButtonElement>('scaffold-button').disabled = list.length === 0;
}

function chosenTemplate(): string | undefined {
  const checked = document.querySelector<HTMLInputElement>('input[name="template"]:checked');
  return checked?.value;
}

function optional(id: string): string | undefined {
  const v = el<HTMLInputElement>(id).value.trim();
  return v === '' ? undefined : v;
}

async function onScaffold(): Promise<void> {
  const templateId = chosenTemplate();
  if (!templateId) {
    setStatus('error', 'Hãy chọn một mẫu bảng.');
    return;
  }
  const button = el<HTMLButtonElement>('scaffold-button');
  button.disabled = true;
  setStatus('busy', 'Đang tạo bảng…');
  try {
    const result = await callServer('scaffoldTemplate', {
      templateId,
      ...(optional('sheetName') ? { sheetName: optional('sheetName') } : {}),
      ...(optional('planName') ? { planName: optional('planName') } : {}),
      ...(optional('commune') ? { commune: optional('commune') } : {}),
    });
    const extra = result.createdUnitSheet ? ' Đã thêm trang "Đơn vị" để chọn đơn vị.' : '';
    setStatus(
      'ok',
      `Đã tạo trang tính "${result.sheetName}" với ${result.columns.length} cột; nhập dữ liệu từ dòng ${result.firstDataRow}.${extra}`,
    );
  } catch (error) {
    setStatus('error', 'Không tạo được bảng: ' + (error instanceof Error ? error.message : String(error)));
  } finally {
    button.disabled = false;
  }
}

async function start(): Promise<void> {
  el<HTMLButtonElement>('scaffold-button').addEventListener('click', () => void onScaffold());
  try {
    renderTemplates(await callServer('getTemplates'));
  } catch (error) {
    setStatus('error', 'Không tải được danh sách mẫu: ' + (error instanceof Error ? error.message : String(error)));
  }
}

void start();
