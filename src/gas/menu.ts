// Menu and sidebar entry points. In AuthMode.NONE only the menu may be built.

const MENU_ITEMS: Array<[caption: string, fn: string]> = [
  ['Mở bảng điều khiển', 'showSidebar'],
  ['Tạo phiếu báo cáo', 'menuDistributeReports'],
  ['Nộp báo cáo', 'menuSubmitReport'],
  ['Tổng hợp', 'menuMergeReports'],
  ['Chốt kỳ', 'menuClosePeriod'],
];

/** Nothing but the menu: in AuthMode.NONE the add-on may not read the document. */
export function onOpen(_e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const [caption, fn] of MENU_ITEMS) menu.addItem(caption, fn);
  menu.addToUi();
}

export function onInstall(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  onOpen(e);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Sáu Rõ');
  SpreadsheetApp.getUi().showSidebar(html);
}
