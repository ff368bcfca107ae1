// Steps 4–7: distribute, follow up (submit on a unit's behalf, send back), merge, close. Each
// result shows under its own button; places in results are links to their sheet and row.
import type { MergeView, SubmitView } from '../../gas/api.ts';
import type { OverviewView } from '../../gas/guide/guideApi.ts';
import { el, errorText, fillSelect, problemItem, setStatus } from '../dom.ts';
import { onOverview, periodRequest, refreshOverview } from '../overview.ts';
import { callServer } from '../server.ts';

/**
 * Runs one action: its button off, a spinner with the step's name, then the result or the error
 * in `status`, and the overview refreshed (the steps and the board follow).
 */
async function act(
  button: string,
  status: string,
  busy: string,
  action: () => Promise<void>,
): Promise<void> {
  const b = el<HTMLButtonElement>(button);
  b.disabled = true;
  setStatus(status, 'busy', busy);
  try {
    await action();
  } catch (error) {
    setStatus(status, 'error', errorText(error));
  } finally {
    b.disabled = false;
    void refreshOverview();
  }
}

function mergeText(r: MergeView): string {
  const s = r.stats;
  const rate =
    s.completion === null
      ? 'chưa có nhiệm vụ đến hạn'
      : `${String(s.completion).replace('.', ',')}%`;
  const dashboard =
    r.dashboard !== null
      ? ` Đã cập nhật trang "${r.dashboard}".`
      : r.warnings.length === 0
        ? ' Chưa có bảng điều khiển cho lãnh đạo: bấm "Cập nhật bảng điều khiển" ngay dưới để lập; các lần tổng hợp sau sẽ tự cập nhật trang này.'
        : '';
  return `Đã tổng hợp vào trang "${r.sheetName}": ${s.submitted}/${s.units} đơn vị đã nộp (${s.late} muộn), hoàn thành ${s.done}/${s.due} nhiệm vụ đến hạn (${rate}), ${s.overdue} quá hạn; chỉ tiêu đạt ${s.kpiAchieved}/${s.kpiJudged}.${dashboard}`;
}

function submitResult(r: SubmitView): void {
  const errors = r.problems.filter((p) => p.severity === 'error');
  if (r.accepted) {
    setStatus(
      'submit-status',
      'ok',
      `Đã nộp phiếu "${r.sheetName}" của ${r.unit} lúc ${r.submittedAt?.replace('T', ' ') ?? ''}${r.late ? ' (sau hạn)' : ''}.`,
    );
  } else {
    setStatus(
      'submit-status',
      'error',
      `Chưa nộp được: phiếu "${r.sheetName}" còn ${errors.length} lỗi cần sửa.`,
    );
  }
  el('submit-problems').replaceChildren(
    ...(r.accepted ? r.problems : errors).map((p) =>
      problemItem(r.accepted ? `Lưu ý — ${p.message}` : p.message, {
        sheet: p.sheet,
        row: p.row,
      }),
    ),
  );
}

function drawUnits(view: OverviewView): void {
  const units = view.board.units.map((u) => ({ value: u.unit, text: `${u.unit} — ${u.text}` }));
  fillSelect(el<HTMLSelectElement>('report-unit'), units);
  fillSelect(el<HTMLSelectElement>('report-back-unit'), units);
  el<HTMLButtonElement>('report-close').disabled = view.closed;
}

/** The dashboard, the period report and the export sheet: each one button, its result under it. */
function mountOutputs(): void {
  el('report-dashboard').addEventListener(
    'click',
    () =>
      void act(
        'report-dashboard',
        'dashboard-status',
        'Báo cáo: đang cập nhật bảng điều khiển…',
        async () => {
          el('dashboard-list').replaceChildren();
          const r = await callServer('updateDashboard', periodRequest());
          const f = r.fourWay;
          setStatus(
            'dashboard-status',
            'ok',
            `Đã cập nhật trang "${r.sheetName}" (${r.charts.length} biểu đồ): ${f.doneOnTime} hoàn thành đúng hạn, ${f.doneLate} hoàn thành quá hạn, ${f.openOnTime} chưa hoàn thành trong hạn, ${f.openOverdue} chưa hoàn thành quá hạn.`,
          );
          el('dashboard-list').replaceChildren(
            ...r.units.map((u) =>
              problemItem(
                `${u.rank === null ? '–' : u.rank}. ${u.completion === null ? 'chưa có nhiệm vụ đến hạn' : `${String(u.completion).replace('.', ',')}%`}`,
                { unit: u.unit },
              ),
            ),
          );
        },
      ),
  );
  el('report-sheet').addEventListener(
    'click',
    () =>
      void act('report-sheet', 'sheet-status', 'Báo cáo: đang lập báo cáo kỳ…', async () => {
        const r = await callServer('buildPeriodReport', periodRequest());
        setStatus(
          'sheet-status',
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
      void act('report-export', 'export-status', 'Báo cáo: đang xuất dữ liệu…', async () => {
        const r = await callServer('writeExportSheet', periodRequest());
        setStatus('export-status', 'ok', `Đã ghi ${r.rows} dòng vào trang "${r.sheetName}".`);
      }),
  );
}

export function mountReport(): void {
  mountOutputs();
  // A choice made in a picker stays chosen across actions and refreshes.
  for (const id of ['report-unit', 'report-back-unit']) {
    const select = el<HTMLSelectElement>(id);
    select.addEventListener('change', () => (select.dataset.chosen = select.value));
  }
  onOverview(drawUnits);

  el('report-distribute').addEventListener(
    'click',
    () =>
      void act(
        'report-distribute',
        'distribute-status',
        'Giao phiếu: đang tạo phiếu báo cáo…',
        async () => {
          el('distribute-list').replaceChildren();
          const r = await callServer('distributeReports', periodRequest());
          const made = r.sheets.filter((s) => s.created).length;
          setStatus(
            'distribute-status',
            'ok',
            `Đã tạo ${made} và cập nhật ${r.sheets.length - made} phiếu kỳ ${r.period}, hạn nộp ${r.deadline}. Dữ liệu đơn vị đã nhập được giữ nguyên.`,
          );
          el('distribute-list').replaceChildren(
            ...r.sheets.map((s) =>
              problemItem(
                `${s.lead} chủ trì, ${s.partner} phối hợp, ${s.kpis} chỉ tiêu${s.editors.length === 0 ? ' (chưa có email đơn vị: chỉ cơ quan thường trực nhập được)' : ''}`,
                { sheet: s.sheetName },
              ),
            ),
            ...r.notes.map((n) =>
              problemItem(`Lưu ý: ${n.message}`, { sheet: n.sheet, row: n.row }),
            ),
          );
        },
      ),
  );

  el('report-submit').addEventListener(
    'click',
    () =>
      void act('report-submit', 'submit-status', 'Theo dõi: đang kiểm tra và nộp…', async () => {
        el('submit-problems').replaceChildren();
        const unit = el<HTMLSelectElement>('report-unit').value;
        submitResult(
          await callServer('submitReport', { ...periodRequest(), ...(unit ? { unit } : {}) }),
        );
      }),
  );

  el('report-back').addEventListener(
    'click',
    () =>
      void act('report-back', 'back-status', 'Theo dõi: đang trả lại…', async () => {
        const r = await callServer('sendBackEntry', {
          ...periodRequest(),
          unit: el<HTMLSelectElement>('report-back-unit').value,
          code: el<HTMLInputElement>('report-back-code').value,
          reason: el<HTMLInputElement>('report-back-reason').value,
        });
        // Emptied, so that a second click cannot send the same entry back again by mistake.
        el<HTMLInputElement>('report-back-code').value = '';
        el<HTMLInputElement>('report-back-reason').value = '';
        setStatus(
          'back-status',
          'ok',
          `Đã trả lại mục ${r.code} cho ${r.unit} (trang "${r.sheetName}", dòng ${r.row}).`,
        );
      }),
  );

  el('report-merge').addEventListener(
    'click',
    () =>
      void act('report-merge', 'merge-status', 'Tổng hợp: đang đọc các phiếu đã nộp…', async () => {
        el('merge-problems').replaceChildren();
        const r = await callServer('mergeReports', periodRequest());
        setStatus('merge-status', 'ok', mergeText(r));
        el('merge-problems').replaceChildren(
          ...r.warnings.map((w) => problemItem(w)),
          ...r.stats.problems.map((p) =>
            problemItem(p.message, {
              ...(p.sheet ? { sheet: p.sheet } : {}),
              ...(p.unit ? { unit: p.unit } : {}),
              ...(p.row ? { row: p.row } : {}),
            }),
          ),
        );
      }),
  );

  el('report-close').addEventListener(
    'click',
    () =>
      void act('report-close', 'close-status', 'Chốt kỳ: chờ xác nhận…', async () => {
        const r = await callServer('askClosePeriod', periodRequest());
        if (r.cancelled) setStatus('close-status', '', `Chưa chốt: kỳ ${r.period} vẫn mở.`);
        else
          setStatus(
            'close-status',
            'ok',
            `Đã chốt kỳ ${r.period}: trang "${r.sheetName}" chỉ đọc.`,
          );
      }),
  );
}
