// The demo commune `npm start` opens: a fresh spreadsheet where the add-on's own actions have
// imported a real appendix (seed 001) and real KPI targets (seed 000), as an officer would.
import { readFileSync } from 'node:fs';
import { createWorkbook, type Runtime, type Workbook } from 'gas-emulator';

// The seed excerpts the tests use double as demo data.
const SEED_001_PLAN = new URL('../../tests/fixtures/appendix/seed-001-plan.txt', import.meta.url);
const SEED_000_TARGETS = new URL(
  '../../tests/fixtures/kpi/seed000-muc-tieu-cu-the.txt',
  import.meta.url,
);

/** A commune's file: Vietnam's time zone and the vi_VN locale ("1,5" typed is 1.5). */
export function demoWorkbook(): Workbook {
  return createWorkbook('Xã mẫu – kế hoạch 57 (demo)', {
    timeZone: 'Asia/Ho_Chi_Minh',
    locale: 'vi_VN',
  });
}

/** Fills the demo through the bundle's server functions, then opens the sidebar. */
export function prepareDemo(runtime: Runtime): void {
  runtime.call('importPlanText', { text: readFileSync(SEED_001_PLAN, 'utf8') });
  runtime.call('writeKpiRows', { text: readFileSync(SEED_000_TARGETS, 'utf8') });
  runtime.call('showSidebar');
}
