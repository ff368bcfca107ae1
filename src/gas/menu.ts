// Menu and sidebar entry points. In AuthMode.NONE only the menu may be built.
import { dateToIso } from '../core/text/calendar.ts';
import { refreshReportDate } from './report/settings.ts';
import { useSpreadsheetZone } from './sheet/zone.ts';

const MENU_ITEMS: Array<[caption: string, fn: string]> = [
  ['Mở bảng điều khiển', 'showSidebar'],
  ['Tạo phiếu báo cáo', 'menuDistributeReports'],
  ['Nộp báo cáo', 'menuSubmitReport'],
  ['Tổng hợp', 'menuMergeReports'],
  ['Chốt kỳ', 'menuClosePeriod'],
  ['Cập nhật bảng điều khiển', 'menuUpdateDashboard'],
  ['Lập báo cáo kỳ', 'menuBuildPeriodReport'],
  ['Xuất dữ liệu (dạng dài)', 'menuWriteExportSheet'],
];

/**
 * The menu; then, when the add-on may touch the file (not AuthMode.NONE), today into the report
 * date cell, so the task tables' "Tình trạng hạn" follow the calendar without TODAY().
 */
export function onOpen(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [caption, fn] of MENU_ITEMS) menu.addItem(caption, fn);
  menu.addToUi();
  if (e?.authMode === undefined || e.authMode === ScriptApp.AuthMode.NONE) return;
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const now = new Date();
    useSpreadsheetZone(ss, now);
    refreshReportDate(ss, dateToIso(now) ?? '');
  } catch {
    // A viewer, or a protected settings sheet: the date stays as the last editor left it.
  }
}

export function onInstall(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  onOpen(e);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Sáu Rõ');
  SpreadsheetApp.getUi().showSidebar(html);
}
