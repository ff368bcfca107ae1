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
export { loadXlsx, workbookFromBuffer } from './xlsx/read.ts';
export { saveXlsx, toXlsxBuffer } from './xlsx/write.ts';
export { viewWorkbook, type WorkbookView, type SheetView, type CellView } from './view.ts';
export { inspector, type Inspector } from './inspect.ts';
export type {
  TriggerRecord,
  ClockTriggerRecord,
  OnEditTriggerRecord,
  FiredTrigger,
} from './services/clockTriggers.ts';
export { CONSUMER_MAIL_QUOTA, type SentMail } from './services/mail.ts';
