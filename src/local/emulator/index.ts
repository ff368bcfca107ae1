/** Local Apps Script emulator: run the built add-on against an in-memory spreadsheet. */
export { Workbook, createWorkbook } from './workbook.ts';
export { createRuntime, type Runtime, type RuntimeOptions } from './runtime.ts';
export type {
  MenuModel,
  AlertRecord,
  PromptRecord,
  ToastRecord,
  DialogRecord,
  UiState,
  ButtonName,
} from './services/ui.ts';
