// A synthetic plan of any size for the merge's call-count test and the bench: `units` units in the
// "Đơn vị" sheet, `tasks` tasks led round-robin (each supported by the next unit), distributed,
// filled (one write per unit sheet) and submitted for Q3/2025.
import { look, world, type World } from '../tests/helpers/reportWorkbook.ts';

export const SYNTHETIC_PERIOD = '2025-Q3';
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const DEADLINES = [
  'Thường xuyên',
  'Hàng năm',
  'Tháng 7/2025',
  'Năm 2026',
  'Khi có văn bản của cấp trên',
];
const STATUSES = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'];

export function unitName(i: number): string {
  return `Tổ công tác ${String(i + 1).padStart(3, '0')}`;
}

/** Phụ lục I rows: at most 12 sections, tasks spread evenly. */
export function syntheticPlanRows(units: number, tasks: number): string[][] {
  const sections = Math.min(ROMAN.length, Math.max(1, Math.ceil(tasks / 200)));
  const perSection = Math.ceil(tasks / sections);
  const rows: string[][] = [];
  for (let i = 0; i < tasks; i++) {
    const s = Math.floor(i / perSection);
    const section = ROMAN[s] ?? 'I';
    if (i % perSection === 0) rows.push([section, section, `Mục ${section}`, '', '', '']);
    const k = (i % perSection) + 1;
    rows.push([
      `${section}.${k}`,
      String(k),
      `Nhiệm vụ ${section}.${k}: triển khai nội dung chuyển đổi số số ${i + 1}`,
      unitName(i % units),
      units > 1 ? unitName((i + 1) % units) : '',
      DEADLINES[i % DEADLINES.length] ?? '',
    ]);
  }
  return rows;
}

/** The same plan as pasted text (tab-separated, as copied from a document's table). */
export function syntheticPlanText(units: number, tasks: number): string {
  return [
    'PHỤ LỤC I: DANH MỤC NHIỆM VỤ',
    'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
    ...syntheticPlanRows(units, tasks).map((r) => [r[1], r[2], r[3], r[4], r[5]].join('\t')),
  ].join('\n');
}

export interface Synthetic {
  w: World;
  units: string[];
  timings: Record<string, number>;
  /** Service calls of the first distribute (it made every unit sheet). */
  distributeCalls: number;
}

function timed<T>(timings: Record<string, number>, key: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  timings[key] = Math.round(performance.now() - t0);
  return out;
}

/** Builds, distributes, fills and submits; the caller merges. */
export function synthetic(units: number, tasks: number): Synthetic {
  const timings: Record<string, number> = {};
  const w = world('2025-09-10T09:00');
  const names = Array.from({ length: units }, (_, i) => unitName(i));
  timed(timings, 'plan', () => {
    w.coordinator.call('scaffoldTemplate', { templateId: 'phu-luc' });
    const start = w.look.data('Đơn vị').length + 1;
    w.look.ensureRows('Đơn vị', start + units);
    w.look.setValues(
      'Đơn vị',
      `A${start}:E${start + units - 1}`,
      names.map((n) => [n, '', '', '', 'Đơn vị']),
    );
    const rows = syntheticPlanRows(units, tasks);
    w.look.ensureRows('Phụ lục I', rows.length + 10);
    w.look.setValues('Phụ lục I', `A5:F${4 + rows.length}`, rows);
  });
  w.coordinator.resetCounts();
  const view = timed(timings, 'distribute', () =>
    w.coordinator.call<{ sheets: Array<{ unit: string; sheetName: string }> }>(
      'distributeReports',
      { period: SYNTHETIC_PERIOD },
    ),
  );
  const distributeCalls = w.coordinator.totalCalls();
  timed(timings, 'fill', () => {
    const l = look(w.wb);
    for (const s of view.sheets) {
      const values = l.data(s.sheetName);
      const title = values.findIndex((r) => String(r[0]).startsWith('A. '));
      if (title < 0) continue;
      let end = title + 2;
      while (end < values.length && String(values[end]?.[0] ?? '') !== '') end++;
      const rows = values.slice(title + 2, end).map((_, i) => {
        const status = STATUSES[i % STATUSES.length] ?? '';
        // Progress as people type it: whole tens (a 1 or a fraction would make the merge read
        // the sheet's number formats too, to tell 70% from 0.7).
        return [status, status === 'Hoàn thành' ? 100 : ((i * 3) % 10) * 10, `Kết quả ${i + 1}`];
      });
      if (rows.length > 0)
        l.setValues(s.sheetName, `E${title + 3}:G${title + 2 + rows.length}`, rows);
    }
  });
  timed(timings, 'submit', () => {
    for (const s of view.sheets)
      w.coordinator.call('submitReport', { period: SYNTHETIC_PERIOD, unit: s.unit });
  });
  w.clock.set('2025-09-25T10:00');
  return { w, units: names, timings, distributeCalls };
}
