// The plan's own particulars, from the lines above the appendix: "Số: 03 /KH-UBND",
// "Cẩm Giàng, ngày 07 tháng 7 năm 2025", or "(Kèm theo Kế hoạch số …/KH-UBND ngày … của UBND xã …)".
import { isoDate } from '../text/calendar.ts';
import { collapseSpaces } from '../text/text.ts';

export interface PlanInfo {
  number?: string;
  /** Issue date 'YYYY-MM-DD', when the day is filled in. */
  date?: string;
  commune?: string;
  /** The year of the plan, even when day and month were left blank ("ngày tháng năm 2026"). */
  year?: number;
}

function plain(line: string): string {
  return collapseSpaces(line.normalize('NFC').replace(/[*_#]+/g, ' '));
}

/** Reads plan number, date and commune from the given lines; the first of each found wins. */
export function readPlanInfo(lines: readonly string[]): PlanInfo {
  const info: PlanInfo = {};
  // A letterhead copied from PDF sets the number and the place and date side by side.
  const pieces = lines.flatMap((l) => {
    const parts = l.split(/\t| {3,}/).filter((p) => p.trim() !== '');
    return parts.length > 1 ? [l, ...parts] : [l];
  });
  for (const raw of pieces) {
    const line = plain(raw);
    if (line === '') continue;
    // "Số: 03 /KH-UBND", and with the year: "Số: 15/2025/KH-UBND".
    const number =
      /^Số\s*:?\s*(\d+)?\s*\/\s*([\p{L}\d][\p{L}\d-]*(?:\s*\/\s*[\p{L}\d][\p{L}\d-]*)*)/iu.exec(
        line,
      );
    if (number && info.number === undefined && number[1] !== undefined)
      info.number = `${number[1]}/${tightSlashes(number[2] ?? '')}`;
    const dated =
      /^([^\d,:;()]{2,40}),\s*ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4})\b/iu.exec(
        line,
      );
    if (dated && info.commune === undefined) {
      info.commune = dated[1]?.trim();
      setDate(info, dated[4], dated[3], dated[2]);
    }
    const attached =
      /Kèm theo Kế hoạch số\s*(\d+)?\s*\/\s*([\p{L}\d-]+(?:\s*\/\s*[\p{L}\d-]+)*)\s*ngày\s*(?:(\d{1,2})\s*[/]\s*(\d{1,2})\s*[/]\s*(\d{4})|(\d{1,2})?\s*tháng\s*(\d{1,2})?\s*năm\s*(\d{4}))?.*?của\s*(?:UBND|Ủy ban nhân dân)\s*xã\s*([^)]+)\)?/iu.exec(
        line,
      );
    if (attached) {
      if (info.number === undefined && attached[1] !== undefined)
        info.number = `${attached[1]}/${tightSlashes(attached[2] ?? '')}`;
      setDate(
        info,
        attached[5] ?? attached[8],
        attached[4] ?? attached[7],
        attached[3] ?? attached[6],
      );
      info.commune ??= attached[9]?.trim();
    }
  }
  return info;
}

function tightSlashes(text: string): string {
  return text.replace(/\s*\/\s*/g, '/');
}

function setDate(
  info: PlanInfo,
  year: string | undefined,
  month: string | undefined,
  day: string | undefined,
): void {
  if (year === undefined || info.year !== undefined) return;
  info.year = Number(year);
  if (month === undefined || day === undefined) return;
  const date = isoDate(Number(year), Number(month), Number(day));
  if (date !== null) info.date = date;
}
