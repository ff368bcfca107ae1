/** Local Apps Script emulator: run the built add-on against an in-memory spreadsheet. */
export {
  Workbook,
  createWorkbook,
  type WorkbookOptions,
  type SpreadsheetLocale,
} from './workbook.ts';
export { createRuntime, type Runtime, type RuntimeOptions } from './runtime.ts';
export {
  addStats,
  DEFAULT_BUDGET,
  type BudgetOptions,
  type CallStats,
  type ExecutionStats,
} from './budget.ts';
export { takeWarnings, type EmulatorWarning } from './warnings.ts';
export { illegalValue } from './scriptRun.ts';
export { NEWER_THAN_ES2020 } from './es2020.ts';
export { VOLATILE_FUNCTIONS, VOLATILE_MESSAGE } from './volatile.ts';
export type { DeveloperMetadataModel } from './metadataModel.ts';
export type {
  MenuModel,
  AlertRecord,
  PromptRecord,
  ToastRecord,
  DialogRecord,
  UiState,
  ButtonName,
  DialogAnswer,
  PendingQuestion,
} from './services/ui.ts';
export { AwaitingAnswer } from './services/ui.ts';
export type { EditResult } from './edit.ts';
export { loadXlsx, workbookFromBuffer } from './xlsx/read.ts';
export { saveXlsx, toXlsxBuffer } from './xlsx/write.ts';
export {
  viewWorkbook,
  type ViewOptions,
  type WorkbookView,
  type SheetView,
  type CellView,
} from './view.ts';
export { inspector, type Inspector } from './inspect.ts';
export type {
  TriggerRecord,
  ClockTriggerRecord,
  OnEditTriggerRecord,
  FiredTrigger,
} from './services/clockTriggers.ts';
export { CONSUMER_MAIL_QUOTA, type SentMail } from './services/mail.ts';
export type { ChartView, ChartSeries } from './chartData.ts';
