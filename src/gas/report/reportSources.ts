// Where the dashboard, the period report and the export read their numbers: the period's frozen
// summary ("Chốt kỳ <kỳ>") when it was closed, else its summary ("Tổng hợp <kỳ>"); and the rate of
// every closed period, for the trend and the year-to-date KPI figures. One read per sheet.
import { formatPeriod, parsePeriod, periodLabel, type Period } from '../../core/report/period.ts';
import { UserError } from '../../core/userError.ts';
import { summarySheetName } from './layout/mergeSummary.ts';
import { figure, readSummary, type SummaryData } from './layout/summaryRead.ts';
import { closedSheetName } from './reportContext.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SummarySource {
  sheet: Sheet;
  name: string;
  closed: boolean;
  data: SummaryData;
}

/** The period's summary, read; refused in one line when the period has none yet. */
export function readSummarySource(
  ss: Spreadsheet,
  periodText: string,
  action: string,
  /**
   * The summary a merge has just written, with the values it wrote: the period is open, so it is
   * the source, and it need not be looked up nor read again.
   */
  written?: { sheet: Sheet; values: unknown[][] },
): SummarySource {
  const closedName = closedSheetName(periodText);
  const name = summarySheetName(periodText);
  const closed = written ? null : ss.getSheetByName(closedName);
  const sheet = written?.sheet ?? closed ?? ss.getSheetByName(name);
  if (!sheet) {
    throw new UserError({
      vi: `Chưa có bảng tổng hợp kỳ ${periodText} (trang "${name}"). Hãy bấm "Tổng hợp" trước khi ${action}.`,
      en: `No summary for ${periodText} yet (sheet "${name}"). Merge the reports first.`,
      where: { sheet: name },
    });
  }
  const data = readSummary(written?.values ?? sheet.getDataRange().getValues());
  if (!data.hasFourWay) {
    const shown = closed ? closedName : name;
    throw new UserError({
      vi: `Trang "${shown}" được lập trước khi có cột "Tình hình thực hiện"; hãy bấm "Tổng hợp" lại cho kỳ ${periodText}.`,
      en: `Sheet "${shown}" predates the four-way status column; merge ${periodText} again.`,
      where: { sheet: shown },
    });
  }
  return { sheet, name: closed ? closedName : name, closed: closed !== null, data };
}

export interface ClosedPeriod {
  period: Period;
  text: string;
  label: string;
  sheetName: string;
  data: SummaryData;
  rate: number | null;
}

/** Every "Chốt kỳ <kỳ>" sheet, read once each, oldest first (by last day, then first day). */
/** `sheets`: the workbook's sheets with their names, when the caller has them already. */
export function readClosedPeriods(
  ss: Spreadsheet,
  sheets?: ReadonlyArray<{ name: string; sheet: Sheet }>,
): ClosedPeriod[] {
  const out: ClosedPeriod[] = [];
  const all = sheets ?? ss.getSheets().map((sheet) => ({ name: sheet.getName(), sheet }));
  for (const { name, sheet } of all) {
    const m = /^Chốt kỳ (.+)$/u.exec(name);
    if (!m) continue;
    const p = parsePeriod(m[1] ?? '');
    if (!p.ok) continue;
    const data = readSummary(sheet.getDataRange().getValues());
    const rate = figure(data, 'Tỷ lệ hoàn thành toàn xã (%)');
    out.push({
      period: p.value,
      text: formatPeriod(p.value),
      label: periodLabel(p.value),
      sheetName: name,
      data,
      rate: typeof rate === 'number' ? rate : null,
    });
  }
  return out.sort(
    (a, b) =>
      a.period.end.localeCompare(b.period.end) || a.period.start.localeCompare(b.period.start),
  );
}
