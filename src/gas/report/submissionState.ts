// What the records say about each submission sheet: submitted (and still as submitted), edited
// after submitting, or a draft; and the entries sent back. The merge, the setup view, distribute
// and submit all read the state from here, never from the text in the sheet.
import { formatDay } from '../../core/text/calendar.ts';
import { isLate } from '../../core/report/period.ts';
import { sha256Base64 } from '../../core/text/digest.ts';
import { canonicalSubmission } from './layout/submissionDigest.ts';
import type { ParsedSheet, Stamp } from './layout/submissionRead.ts';
import { type PeriodRecords, type SendBackRecord, type SubmissionRecord } from './records.ts';
import type { FoundSheet } from './submissionSheet.ts';

export type SheetStatus = 'submitted' | 'edited' | 'draft';

export interface SheetState {
  status: SheetStatus;
  record?: SubmissionRecord;
  /** Entries sent back, by code key. */
  sentBack: Map<string, SendBackRecord>;
}

export const EDITED_AFTER_SUBMIT = 'đã sửa sau khi nộp — cần nộp lại';

/** The digest of a sheet as read (with its number formats), computed in the script. */
export function digestOf(parsed: ParsedSheet): string {
  return sha256Base64(canonicalSubmission(parsed));
}

export function stateOf(found: FoundSheet, records: PeriodRecords): SheetState {
  const key = found.key;
  const record = records.submissions[key];
  const sentBack = new Map(Object.entries(records.sendBacks[key] ?? {}));
  if (!record) return { status: 'draft', sentBack };
  const status = record.digest === digestOf(found.parsed) ? 'submitted' : 'edited';
  return { status, record, sentBack };
}

/** The sheet as the merge must read it: stamped only by a matching record. */
export function asRecorded(found: FoundSheet, state: SheetState): ParsedSheet {
  const stamp: Stamp | null =
    state.status === 'submitted' && state.record
      ? { at: state.record.at, by: state.record.by }
      : null;
  return { ...found.parsed, stamp };
}

export function stampLine(at: string, by: string): string {
  return `Đã nộp lúc ${at.replace('T', ' ')} bởi ${by}`;
}

/** "Chưa nộp", "Đã nộp lúc … bởi …", or that it was edited after. */
export function stateLine(state: SheetState): string {
  if (!state.record) return 'Chưa nộp';
  const line = stampLine(state.record.at, state.record.by);
  return state.status === 'edited' ? `${line} — ${EDITED_AFTER_SUBMIT}` : line;
}

export function sentBackLine(r: SendBackRecord): string {
  return `${r.code}: ${r.reason} (trả lại ${formatDay(r.at)} bởi ${r.by})`;
}

/** What the summary and the sidebar show for a unit's sheets this period. */
export function unitStateText(states: readonly SheetState[], deadline: string): string {
  if (states.length === 0) return 'Chưa có phiếu';
  const stamps = states.flatMap((s) => (s.status === 'submitted' && s.record ? [s.record.at] : []));
  if (stamps.length === 0) {
    return states.some((s) => s.status === 'edited')
      ? `Chưa nộp (${EDITED_AFTER_SUBMIT})`
      : 'Chưa nộp';
  }
  const late = stamps.every((at) => isLate(at, deadline));
  const last = [...stamps].sort()[stamps.length - 1] ?? '';
  return `Đã nộp ${formatDay(last)}${late ? ' – muộn' : ''}`;
}
