// Sheet names that both Google Sheets and .xlsx accept: at most 31 characters (Excel's limit, so
// the workbook survives a download), none of [ ] : * ? / \, not starting or ending with an
// apostrophe, not Excel's reserved "History". Names made from unit names or typed by people go
// through here, so one odd name can no longer block saving for everyone. No services.
import { UserError } from '../../core/userError.ts';

export const MAX_SHEET_NAME = 31;

/** The name made valid (characters replaced, cut with "…"); '' when nothing usable is left. */
export function validSheetName(text: string): string {
  let name = text
    .replace(/[[\]:*?/\\]/g, '-')
    // Line breaks and tabs (a pasted name) become spaces.
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
  if (name.toLowerCase() === 'history') name = 'History (1)';
  if (name.length > MAX_SHEET_NAME) name = `${name.slice(0, MAX_SHEET_NAME - 1).trimEnd()}…`;
  return name;
}

/** A name typed by a person, made valid; an empty one is refused with the reason. */
export function checkedSheetName(text: string): string {
  const name = validSheetName(text);
  if (name === '') {
    throw new UserError({
      vi: `Tên trang tính "${text}" không dùng được: sau khi bỏ các ký tự Google Sheets và Excel không nhận ([ ] : * ? / \\ và dấu ' ở đầu, cuối) thì không còn gì. Hãy đặt tên khác.`,
      en: `Sheet name "${text}" is empty once the characters Sheets and Excel refuse are removed.`,
    });
  }
  return name;
}

/** `base` + `suffix` ("(2)") within the length limit, cutting the base when needed. */
export function withSuffix(base: string, suffix: string): string {
  const room = MAX_SHEET_NAME - suffix.length;
  return (base.length > room ? base.slice(0, room).trimEnd() : base) + suffix;
}
