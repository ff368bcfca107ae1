// A small commune for the tests that run an action many times (the fault sweep): three tasks led
// by two units with editors, one KPI; the clock is fixed in Q3/2025.
import { createRuntime } from 'gas-emulator';
import { COORDINATOR, look, world, type World } from './reportWorkbook.ts';

/** Keeps the first `rows` rows of each named sheet (tables shrink with their formulas). */
const TRIM = `function trim(names, rows) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  names.forEach(function (n) {
    var s = ss.getSheetByName(n);
    s.deleteRows(rows + 1, s.getMaxRows() - rows);
  });
  // "Tình trạng hạn" is =TASK_STATUS(…, TODAY()): volatile, so every write anywhere recomputes it.
  // The reports never read it; without it each run is several times quicker.
  var plan = ss.getSheetByName('Phụ lục I');
  var row = plan.getRange(5, 1, 1, plan.getLastColumn());
  row.getFormulas()[0].forEach(function (f, i) {
    if (f.indexOf('TODAY') >= 0) plan.getRange(5, i + 1).clearContent();
  });
}`;

export const SMALL = {
  period: '2025-Q3',
  ca: 'Công an xã',
  kt: 'Phòng Kinh tế',
  caEditor: 'ca@camgiang.vn',
  ktEditor: 'kt@camgiang.vn',
  caSheet: 'BC 2025-Q3 - Công an xã',
  ktSheet: 'BC 2025-Q3 - Phòng Kinh tế',
} as const;

/** A tab-separated appendix as pasted from the plan: header, one section, three tasks. */
export const SMALL_APPENDIX = [
  'PHỤ LỤC I: DANH MỤC NHIỆM VỤ',
  '',
  'TT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
  'I\tChuyển đổi số trong chính quyền\t\t\t',
  '1\tKết nối camera an ninh với trung tâm điều hành của xã.\tCông an xã\tPhòng Kinh tế\tTháng 9/2025',
  '2\tCân đối ngân sách cho chuyển đổi số phù hợp khả năng của xã.\tPhòng Kinh tế xã\tCác phòng, ban, ngành\tHàng năm',
  '3\tTuyên truyền phòng chống lừa đảo qua mạng cho người dân.\tCông an xã\t\tNăm 2025',
].join('\n');

const PLAN = [
  ['I', 'I', 'Chuyển đổi số trong chính quyền', '', '', ''],
  [
    'I.1',
    '1',
    'Kết nối camera an ninh với trung tâm điều hành',
    'Công an xã',
    'Phòng Kinh tế',
    'Tháng 9/2025',
  ],
  ['I.2', '2', 'Cân đối ngân sách cho chuyển đổi số', 'Phòng Kinh tế', '', 'Hàng năm'],
  ['I.3', '3', 'Tuyên truyền phòng chống lừa đảo qua mạng', 'Công an xã', '', 'Năm 2025'],
];
const KPI = [['CT-1', '1', 'Mô hình chuyển đổi số cộng đồng', 'mô hình', '≥ 2', 'Phòng Kinh tế']];

/** Tables scaffolded, the plan typed in, the two units' editors set. Not distributed yet. */
export function smallPlan(): World {
  const w = world('2025-09-10T09:00');
  w.coordinator.call('scaffoldTemplate', { templateId: 'phu-luc', commune: 'Cẩm Giàng' });
  w.look.setValues('Phụ lục I', `A5:F${4 + PLAN.length}`, PLAN);
  w.coordinator.call('scaffoldTemplate', { templateId: 'chi-tieu', commune: 'Cẩm Giàng' });
  w.look.setValues('Chỉ tiêu', `A5:F${4 + KPI.length}`, KPI);
  // Small tables (20 rows, not 1000) keep each run, and each picture of the workbook, quick.
  createRuntime({ workbook: w.wb, bundleCode: TRIM, user: COORDINATOR }).call(
    'trim',
    ['Phụ lục I', 'Chỉ tiêu', 'Đơn vị'],
    40,
  );
  w.coordinator.call('setUnitEditors', { unit: SMALL.ca, editors: [SMALL.caEditor] });
  w.coordinator.call('setUnitEditors', { unit: SMALL.kt, editors: [SMALL.ktEditor] });
  return w;
}

/** Distributed for Q3/2025. */
export function smallDistributed(): World {
  const w = smallPlan();
  w.coordinator.call('distributeReports', { period: SMALL.period });
  return w;
}

/** The cells of Công an xã's lead block, typed as its editor: a complete report. */
export function fillCa(w: World): void {
  const l = look(w.wb, SMALL.caEditor);
  const values = l.data(SMALL.caSheet);
  const at = (code: string) => values.findIndex((r) => r[0] === code) + 1;
  l.setValues(SMALL.caSheet, `E${at('I.1')}:G${at('I.1')}`, [
    ['Hoàn thành', 100, 'Đã kết nối 12 camera'],
  ]);
  l.setValues(SMALL.caSheet, `E${at('I.3')}:F${at('I.3')}`, [['Đang thực hiện', 40]]);
}
