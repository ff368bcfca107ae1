// Seed 001, quarter III/2025: distributed, then filled and submitted the way the units do it.
// What each lead unit reports follows tests/core/completion.test.ts, so the rates can be checked
// against the hand count in docs/MERGE.md ("Cách tính tỷ lệ hoàn thành").
//   Phòng VH-XH   on time (18/09), with formula-looking texts and a partner note
//   TTVH          late (22/09), columns reordered and renamed (by the coordinator: a unit may only
//                 type in its input cells), claims III.15 (another's task)
//   VP HĐND-UBND  filled in its own file, imported as a tab, submitted by the coordinator (19/09);
//                 an unknown code and a repeated code in it
//   Phòng KT      late (23/09), after a first attempt refused (progress 150)
//   Công an xã    never submits
import {
  CA,
  COORDINATOR,
  fill,
  KPIS,
  KT,
  LEAD,
  look,
  PARTNER,
  seedPlan,
  TTVH,
  VHXH,
  VP,
  world,
  type World,
} from './reportWorkbook.ts';

export const PERIOD = '2025-Q3';
export const SHEETS = {
  vhxh: 'BC 2025-Q3 - Phòng VH-XH',
  ttvh: 'BC 2025-Q3 - Trung tâm VH-TT&TT',
  vp: 'BC 2025-Q3 - VP HĐND-UBND',
  vpImported: 'VP báo cáo quý 3',
  kt: 'BC 2025-Q3 - Phòng Kinh tế',
  ca: 'BC 2025-Q3 - Công an xã',
  summary: 'Tổng hợp 2025-Q3',
};
export const EMAILS = { ca: 'ca@camgiang.vn', kt: 'kt@camgiang.vn', ttvh: 'ttvh@camgiang.vn' };

const ST = 'Trạng thái';
const PR = 'Tiến độ (%)';
const RS = 'Kết quả thực hiện / sản phẩm';
const EV = 'Minh chứng (link)';

/**
 * Seed 001 distributed for Q3/2025. Editors: VH-XH (the coordinator), KT, CA; TTVH too with
 * `ttvhEditor` (it types in its own sheet and submits), else it has none, like VP.
 */
export function distributed(options: { timeZone?: string; ttvhEditor?: boolean } = {}): World {
  const w = world('2025-09-01T08:00', options.timeZone ? { timeZone: options.timeZone } : {});
  seedPlan(w, {
    [CA]: [EMAILS.ca],
    [KT]: [EMAILS.kt],
    [VHXH]: [COORDINATOR],
    ...(options.ttvhEditor ? { [TTVH]: [EMAILS.ttvh] } : {}),
  });
  w.coordinator.call('distributeReports', { period: PERIOD });
  return w;
}

export function fillVhxh(w: World): void {
  fill(w.look, SHEETS.vhxh, LEAD, {
    'I.1': { [ST]: 'Đang thực hiện', [RS]: "'-Đã đăng 12 tin bài trên Cổng thông tin xã" },
    'I.3': { [ST]: 'Hoàn thành', [RS]: 'Kế hoạch số 12/KH-UBND', [EV]: "'+84 912 345 678" },
    'I.4': { [ST]: 'Đang thực hiện', [PR]: 50 },
    'I.5': { [ST]: 'Chưa thực hiện' },
    'I.7': { [ST]: 'Đang thực hiện' },
    'III.2': { [ST]: 'Hoàn thành', [RS]: '\'=HYPERLINK("http://x.vn","Biên bản")' },
    'III.7': { [ST]: 'Đang thực hiện', [PR]: 80 },
    'III.8': { [ST]: 'Đang thực hiện' },
    'III.9': { [ST]: 'Đang thực hiện' },
    'III.10': { [ST]: 'Đang thực hiện' },
    'III.11': { [ST]: 'Hoàn thành', [RS]: 'Triển khai tại 3 trường' },
    'III.14': { [ST]: 'Đang thực hiện' },
    'III.15': { [ST]: 'Chưa thực hiện' },
    'III.18': { [ST]: 'Đang thực hiện', [PR]: 30 },
  });
  fill(w.look, SHEETS.vhxh, PARTNER, {
    'III.16': { 'Ghi chú': 'Phối hợp tuyên truyền phòng chống lừa đảo qua mạng' },
  });
}

/**
 * TTVH's columns are moved and renamed (the coordinator does it: the unit may only type in its
 * input cells), and it claims III.15, which the plan gives to VH-XH.
 */
export function fillTtvh(w: World): void {
  const l = w.look;
  const values = l.data(SHEETS.ttvh);
  const title = values.findIndex((r) => String(r[0]).startsWith('A. '));
  const header = (values[title + 1] ?? []).map(String);
  const order = [
    ['Mã', 'Mã'],
    ['Trạng thái', 'Tình trạng'],
    ['Nội dung nhiệm vụ', 'Nội dung'],
    [RS, 'Kết quả'],
    [PR, '% hoàn thành'],
    ['Cơ quan chủ trì', 'Cơ quan chủ trì'],
    ['Thời hạn', 'Thời hạn'],
    ['Ghi chú', 'Ghi chú'],
    [EV, 'Minh chứng'],
    ['Khó khăn, vướng mắc, kiến nghị', 'Khó khăn vướng mắc'],
  ] as const;
  const reorder = (row: unknown[]) => order.map(([from]) => row[header.indexOf(from)]);
  const rows = [order.map(([, to]) => to), ...values.slice(title + 2, title + 4).map(reorder)];
  // I.2 in progress; III.17 left blank; III.15 claimed as its own.
  (rows[1] as unknown[])[1] = 'Đang thực hiện';
  rows.push(['III.15', 'Đang thực hiện', 'Tuyên truyền', 'Đã phát 4 phóng sự', '', TTVH]);
  l.setValues(SHEETS.ttvh, `A${title + 2}:J${title + 2 + rows.length - 1}`, rows.map(pad10));
}

function pad10(row: unknown[]): unknown[] {
  return [...row, ...new Array<unknown>(10).fill('')].slice(0, 10);
}

/** VP fills a copy in its own file; the coordinator imports it as a new tab. */
export function importVp(w: World): void {
  const values = w.look.data(SHEETS.vp).map((r) => r.map((v) => (v === '' ? '' : v)));
  const rowOf = (code: string) => values.findIndex((r) => r[0] === code);
  const set = (code: string, cells: Record<number, unknown>) => {
    const r = values[rowOf(code)] as unknown[];
    for (const [c, v] of Object.entries(cells)) r[Number(c)] = v;
  };
  // Columns of the layout: 4 status, 5 progress, 6 result, 7 evidence, 8 issues, 9 notes.
  set('III.3', { 4: 'Hoàn thành', 5: 100, 6: 'Nâng cấp đường truyền' });
  set('III.4', { 4: 'Hoàn thành', 6: 'Đã kết nối 5 nền tảng dùng chung' });
  set('III.5', { 4: 'Hoàn thành', 6: 'Phủ sóng 4G toàn bộ các thôn', 7: 'http://vp.vn/bb' });
  set('III.6', { 4: 'Đang thực hiện', 5: 60 });
  set('III.13', { 4: 'Chưa thực hiện', 8: 'Thiếu kinh phí' });
  // CT-1 in the KPI block: column 4 is its actual.
  set('CT-1', { 4: '85%' });
  const header = values.findIndex((r) => r[0] === 'Mã');
  (values[header] as unknown[]).push('Người báo cáo');
  (values[rowOf('III.3')] as unknown[]).push('Nguyễn Văn A');
  const last = rowOf('III.13');
  values.splice(
    last + 1,
    0,
    ['III.99', 'Việc thêm', '', '', 'Đang thực hiện', '', '', '', '', ''],
    ['III.13', '', '', '', 'Đang thực hiện', '', '', '', '', ''],
  );
  w.look.addSheet(SHEETS.vpImported, values);
}

export function fillKt(w: World): void {
  const l = look(w.wb, EMAILS.kt);
  fill(l, SHEETS.kt, LEAD, {
    'III.1': { [ST]: 'Đang thực hiện', [PR]: 150 },
    'III.20': { [ST]: 'Chưa thực hiện' },
    'VI.3': { [ST]: 'Hoàn thành', [RS]: 'Hội thảo chuyển đổi số cho doanh nghiệp' },
  });
  fill(l, SHEETS.kt, KPIS, { 'CT-2': { 'Kết quả thực hiện': 1 } });
}

export function fixKt(w: World): void {
  fill(look(w.wb, EMAILS.kt), SHEETS.kt, LEAD, { 'III.1': { [PR]: 40 } });
}

/** Everything above, each unit submitting at its own time; returns KT's refused first try. */
export function submitted(options: { timeZone?: string } = {}): { w: World; refused: unknown } {
  const w = distributed({ ...options, ttvhEditor: true });
  fillVhxh(w);
  w.clock.set('2025-09-18T10:00');
  w.coordinator.call('submitReport', { period: PERIOD, unit: 'Phòng VH-XH' });

  importVp(w);
  w.clock.set('2025-09-19T16:00');
  w.coordinator.call('submitReport', { period: PERIOD, unit: VP, sheetName: SHEETS.vpImported });

  fillTtvh(w);
  w.clock.set('2025-09-22T08:00');
  w.as(EMAILS.ttvh).call('submitReport', { period: PERIOD, unit: TTVH });

  fillKt(w);
  w.clock.set('2025-09-23T09:00');
  const refused = w.as(EMAILS.kt).call('submitReport', { period: PERIOD, unit: KT });
  fixKt(w);
  w.as(EMAILS.kt).call('submitReport', { period: PERIOD, unit: KT });

  w.clock.set('2025-09-25T10:00');
  return { w, refused };
}
