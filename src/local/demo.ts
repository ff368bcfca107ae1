// The demo commune `npm start` opens: a fresh spreadsheet, as a coordinator would start.
import { createWorkbook, type Workbook } from './emulator/index.ts';

export function demoWorkbook(): Workbook {
  return createWorkbook('Xã Cẩm Giàng – kế hoạch 57 (demo)');
}
