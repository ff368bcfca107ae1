// Panel "Tạo bảng theo mẫu": lists the templates and scaffolds the chosen one.
import type { TemplateSummary } from '../../gas/api.ts';
import { callServer } from '../server.ts';
import { el, errorText, optionalInput, setStatus } from '../dom.ts';
import { refreshOverview } from '../overview.ts';

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

function pick(id: 'sheetName' | 'planName' | 'commune'): Record<string, string> {
  const value = optionalInput(id);
  return value === undefined ? {} : { [id]: value };
}

async function onScaffold(): Promise<void> {
  const templateId = chosenTemplate();
  if (!templateId) {
    setStatus('scaffold-status', 'error', 'Hãy chọn một mẫu bảng.');
    return;
  }
  const button = el<HTMLButtonElement>('scaffold-button');
  button.disabled = true;
  setStatus('scaffold-status', 'busy', 'Đang tạo bảng…');
  try {
    const result = await callServer('scaffoldTemplate', {
      templateId,
      ...pick('sheetName'),
      ...pick('planName'),
      ...pick('commune'),
    });
    const extra = result.createdUnitSheet ? ' Đã thêm trang "Đơn vị" để chọn đơn vị.' : '';
    setStatus(
      'scaffold-status',
      'ok',
      `Đã tạo trang tính "${result.sheetName}" với ${result.columns.length} cột; nhập dữ liệu từ dòng ${result.firstDataRow}.${extra}`,
    );
  } catch (error) {
    setStatus('scaffold-status', 'error', 'Không tạo được bảng: ' + errorText(error));
  } finally {
    button.disabled = false;
    void refreshOverview();
  }
}

export async function mountScaffold(): Promise<void> {
  el<HTMLButtonElement>('scaffold-button').addEventListener('click', () => void onScaffold());
  try {
    renderTemplates(await callServer('getTemplates'));
  } catch (error) {
    setStatus('scaffold-status', 'error', 'Không tải được danh sách mẫu: ' + errorText(error));
  }
}
