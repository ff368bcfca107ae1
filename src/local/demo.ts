// The demo commune `npm start` opens: a fresh spreadsheet where the add-on's own actions have
// imported a real appendix (seed 001) and real KPI targets (seed 000), as an officer would, and
// where a few units have an editor's email so the preview can act as them.
import { readFileSync } from 'node:fs';
import { createWorkbook, viewWorkbook, type Runtime, type Workbook } from 'gas-emulator';

// The seed excerpts the tests use double as demo data.
const SEED_001_PLAN = new URL('../../tests/fixtures/appendix/seed-001-plan.txt', import.meta.url);
const SEED_000_TARGETS = new URL(
  '../../tests/fixtures/kpi/seed000-muc-tieu-cu-the.txt',
  import.meta.url,
);

/** The file's owner: an officer of the coordinating office. */
export const DEMO_OWNER = 'vhxh@xa-mau.vn';

/** Example editors typed into "Đơn vị" (column "Email người nhập liệu"). */
export const DEMO_EDITORS: Readonly<Record<string, string>> = {
  'Phòng Văn hóa - Xã hội': DEMO_OWNER,
  'Công an xã': 'congan@xa-mau.vn',
  'Phòng Kinh tế': 'kinhte@xa-mau.vn',
  'Văn phòng HĐND và UBND': 'vanphong@xa-mau.vn',
  'Trung tâm Văn hóa - Thể thao và Truyền thông': 'ttvh@xa-mau.vn',
};

/** A commune's file: Vietnam's time zone and the vi_VN locale ("1,5" typed is 1.5). */
export function demoWorkbook(): Workbook {
  return createWorkbook('Xã mẫu – kế hoạch 57 (demo)', {
    timeZone: 'Asia/Ho_Chi_Minh',
    locale: 'vi_VN',
  });
}

/** Types each unit's editor email into the "Đơn vị" sheet, as the coordinator would. */
export function typeDemoEditors(
  runtime: Runtime,
  editors: Readonly<Record<string, string>> = DEMO_EDITORS,
): void {
  const sheet = viewWorkbook(runtime.workbook, { only: ['Đơn vị'] }).sheets.find(
    (s) => s.name === 'Đơn vị',
  );
  const rows = (sheet?.cells ?? []).map((r) => r.map((c) => c?.v ?? ''));
  const header = rows[0] ?? [];
  const nameCol = header.indexOf('Tên đơn vị');
  const emailCol = header.indexOf('Email người nhập liệu');
  if (nameCol < 0 || emailCol < 0) return;
  rows.forEach((row, i) => {
    const email = editors[row[nameCol] ?? ''];
    if (email) runtime.edit('Đơn vị', `${String.fromCharCode(65 + emailCol)}${i + 1}`, email);
  });
}

/** Fills the demo through the bundle's server functions, then opens the sidebar. */
export function prepareDemo(runtime: Runtime): void {
  runtime.call('importPlanText', { text: readFileSync(SEED_001_PLAN, 'utf8') });
  runtime.call('writeKpiRows', { text: readFileSync(SEED_000_TARGETS, 'utf8') });
  typeDemoEditors(runtime);
  runtime.call('showSidebar');
}
