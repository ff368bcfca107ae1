// Panel "Báo cáo định kỳ": the period, then distribute / submit / merge / send back / close.
import type { MergeView, ReportSetupView, SubmitView } from '../../gas/api.ts';
import { callServer } from '../server.ts';
import { el, errorText, optionalInput, setStatus } from '../dom.ts';

const STATUS = 'report-status';

function period(): { period?: string } {
  const p = optionalInput('report-period');
  return p === undefined ? {} : { period: p };
}

function option(value: string, text: string): HTMLOptionElement {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = text;
  return o;
}

function renderSetup(s: ReportSetupView): void {
  el<HTMLInputElement>('report-period').placeholder = s.period;
  el('report-info').textContent =
    `Kỳ ${s.periodLabel} (${s.period}), hạn nộp ${s.deadline}; nhịp ${s.rhythm.toLowerCase()}, ` +
    `cơ quan thường trực: ${s.coordinator}.${s.closed ? ' Kỳ này đã chốt.' : ''}`;
  const units = s.units.map((u) => option(u.name, `${u.name} — ${u.state}`));
  el<HTMLSelectElement>('report-unit').replaceChildren(
    option('', '— Phiếu đang mở —'),
    ...units.map((o) => o.cloneNode(true) as HTMLOptionElement),
  );
  el<HTMLSelectElement>('report-back-unit').replaceChildren(...units);
}

async function loadSetup(): Promise<void> {
  try {
    renderSetup(await callServer('getReportSetup', period()));
  } catch (error) {
    el('report-info').textContent = errorText(error);
  }
}

function list(items: string[]): void {
  el('report-problems').replaceChildren(
    ...items.slice(0, 60).map((text) => {
      const li = document.createElement('li');
      li.textContent = text;
      return li;
    }),
  );
}

/** Runs one action: buttons off, progress, then the result or the error. */
async function act(busy: string, action: () => Promise<void>): Promise<void> {
  const buttons = document.querySelectorAll<HTMLButtonElement>('#report button');
  buttons.forEach((b) => (b.disabled = true));
  setStatus(STATUS, 'busy', busy);
  list([]);
  try {
    await action();
    await loadSetup();
  } catch (error) {
    setStatus(STATUS, 'error', errorText(error));
  } finally {
    buttons.forEach((b) => (b.disabled = false));
  }
}

function mergeText(r: MergeView): string {
  const s = r.stats;
  const rate =
    s.completion === null
      ? 'chưa có nhiệm vụ đến hạn'
      : `${String(s.completion).replace('.', ',')}%`;
  return `Đã tổng hợp vào trang "${r.sheetName}": ${s.submitted}/${s.units} đơn vị đã nộp (${s.late} muộn), hoàn thành ${s.done}/${s.due} nhiệm vụ đến hạn (${rate}), ${s.overdue} quá hạn; chỉ tiêu đạt ${s.kpiAchieved}/${s.kpiJudged}.`;
}

function submitResult(r: SubmitView): void {
  const errors = r.problems.filter((p) => p.severity === 'error');
  if (r.accepted) {
    setStatus(
      STATUS,
      'ok',
      `Đã nộp phiếu "${r.sheetName}" của ${r.unit} lúc ${r.submittedAt?.replace('T', ' ') ?? ''}${r.late ? ' (sau hạn)' : ''}.`,
    );
    list(r.problems.map((p) => `Lưu ý — ${p.message}`));
  } else {
    setStatus(
      STATUS,
      'error',
      `Chưa nộp được: phiếu "${r.sheetName}" còn ${errors.length} lỗi cần sửa.`,
    );
    list(errors.map((p) => p.message));
  }
}

/** The dashboard, the period report and the export sheet: each one button, one line of result. */
function mountOutputs(): void {
  el('report-dashboard').addEventListener(
    'click',
    () =>
      void act('Đang cập nhật bảng điều khiển…', async () => {
        const r = await callServer('updateDashboard', period());
        const f = r.fourWay;
        setStatus(
          STATUS,
          'ok',
          `Đã cập nhật trang "${r.sheetName}" (${r.charts.length} biểu đồ): ${f.doneOnTime} hoàn thành đúng hạn, ${f.doneLate} hoàn thành quá hạn, ${f.openOnTime} chưa hoàn thành trong hạn, ${f.openOverdue} chưa hoàn thành quá hạn.`,
        );
        list(
          r.units.map(
            (u) =>
              `${u.rank === null ? '–' : u.rank}. ${u.unit}: ${u.completion === null ? 'chưa có nhiệm vụ đến hạn' : `${String(u.completion).replace('.', ',')}%`}`,
          ),
        );
      }),
  );
  el('report-sheet').addEventListener(
    'click',
    () =>
      void act('Đang lập báo cáo kỳ…', async () => {
        const r = await callServer('buildPeriodReport', period());
        setStatus(
          STATUS,
          'ok',
          r.frozen
            ? `Kỳ ${r.period} đã chốt: trang "${r.sheetName}" giữ nguyên.`
            : `Đã lập trang "${r.sheetName}"; giữ ${r.keptRows} dòng đã ghi ở phần V.`,
        );
      }),
  );
  el('report-export').addEventListener(
    'click',
    () =>
      void act('Đang xuất dữ liệu…', async () => {
        const r = await callServer('writeExportSheet', period());
        setStatus(STATUS, 'ok', `Đã ghi ${r.rows} dòng vào trang "${r.sheetName}".`);
      }),
  );
}

let closeArmed = false;

export function mountReport(): void {
  el('report-distribute').addEventListener(
    'click',
    () =>
      void act('Đang tạo phiếu báo cáo…', async () => {
        const r = await callServer('distributeReports', period());
        const made = r.sheets.filter((s) => s.created).length;
        setStatus(
          STATUS,
          'ok',
          `Đã tạo ${made} và cập nhật ${r.sheets.length - made} phiếu kỳ ${r.period}, hạn nộp ${r.deadline}. Dữ liệu đơn vị đã nhập được giữ nguyên.`,
        );
        list([
          ...r.sheets.map(
            (s) =>
              `${s.sheetName}: ${s.lead} chủ trì, ${s.partner} phối hợp, ${s.kpis} chỉ tiêu${s.protection === 'warning' ? ' (chưa khóa: thiếu email)' : ''}`,
          ),
          ...r.notes.map((n) => `Lưu ý (${n.sheet}, dòng ${n.row}): ${n.message}`),
        ]);
      }),
  );
  el('report-submit').addEventListener(
    'click',
    () =>
      void act('Đang kiểm tra và nộp…', async () => {
        const unit = el<HTMLSelectElement>('report-unit').value;
        submitResult(await callServer('submitReport', { ...period(), ...(unit ? { unit } : {}) }));
      }),
  );
  el('report-merge').addEventListener(
    'click',
    () =>
      void act('Đang tổng hợp…', async () => {
        const r = await callServer('mergeReports', period());
        setStatus(STATUS, 'ok', mergeText(r));
        list([
          ...r.warnings,
          ...r.stats.problems.map(
            (p) => `${p.sheet ?? p.unit ?? ''}${p.row ? `, dòng ${p.row}` : ''}: ${p.message}`,
          ),
        ]);
      }),
  );
  el('report-back').addEventListener(
    'click',
    () =>
      void act('Đang trả lại…', async () => {
        const r = await callServer('sendBackEntry', {
          ...period(),
          unit: el<HTMLSelectElement>('report-back-unit').value,
          code: el<HTMLInputElement>('report-back-code').value,
          reason: el<HTMLInputElement>('report-back-reason').value,
        });
        setStatus(
          STATUS,
          'ok',
          `Đã trả lại mục ${r.code} cho ${r.unit} (trang "${r.sheetName}", dòng ${r.row}).`,
        );
      }),
  );
  const close = el<HTMLButtonElement>('report-close');
  close.addEventListener('click', () => {
    if (!closeArmed) {
      // A second click confirms: closing cannot be undone from the add-on.
      closeArmed = true;
      close.textContent = 'Bấm lần nữa để chốt kỳ';
      setTimeout(() => {
        closeArmed = false;
        close.textContent = 'Chốt kỳ';
      }, 5000);
      return;
    }
    closeArmed = false;
    close.textContent = 'Chốt kỳ';
    void act('Đang chốt kỳ…', async () => {
      const r = await callServer('closePeriod', period());
      setStatus(STATUS, 'ok', `Đã chốt kỳ ${r.period}: trang "${r.sheetName}" chỉ đọc.`);
    });
  });
  mountOutputs();
  el('report-period').addEventListener('change', () => void loadSetup());
  void loadSetup();
}
