// The record of what was submitted and sent back, kept where nobody can type: developer metadata
// of the spreadsheet with PROJECT visibility (only this add-on's own code sees or writes it), one
// entry per period. A submission record holds the unit, the time, who, how, and a SHA-256 digest
// of the values submitted: the merge counts a sheet only when its record exists and the digest
// still matches (docs/MERGE.md, "Submission records"). Text typed into a cell is never a record.
import * as z from 'zod/mini';
import type { Transaction } from '../tx/transaction.ts';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Metadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;

const KEY_PREFIX = 'sauro.report.';

export interface SubmissionRecord {
  unit: string;
  /** The sheet's name when it was submitted (also the record's key). */
  sheet: string;
  /** 'YYYY-MM-DDTHH:mm', Vietnam time. */
  at: string;
  /** Email, or the unit's name when Google gave none. */
  by: string;
  via: 'menu' | 'checkbox';
  digest: string;
}

export interface SendBackRecord {
  code: string;
  reason: string;
  at: string;
  by: string;
  /** Digest of the entry's row when it was sent back: resubmitting it unchanged is refused. */
  row: string;
}

export interface PeriodRecords {
  /**
   * 2: kept by sheet name. Only coordinators may rename a unit sheet (it is protected), and the
   * digest binds the record to the values, so the name is key enough; it is read with the sheet
   * list the action makes anyway, while an id costs a call per sheet. (1 was kept by sheet id.)
   */
  v: 2;
  /** By sheet name. */
  submissions: Record<string, SubmissionRecord>;
  /** By sheet name, then code key. */
  sendBacks: Record<string, Record<string, SendBackRecord>>;
}

let schema: z.ZodMiniType<PeriodRecords> | undefined;
function recordSchema(): z.ZodMiniType<PeriodRecords> {
  if (schema) return schema;
  const submission = z.object({
    unit: z.string(),
    sheet: z.string(),
    at: z.string(),
    by: z.string(),
    via: z.enum(['menu', 'checkbox']),
    digest: z.string(),
  });
  const sendBack = z.object({
    code: z.string(),
    reason: z.string(),
    at: z.string(),
    by: z.string(),
    row: z.string(),
  });
  schema = z.object({
    v: z.literal(2),
    submissions: z.record(z.string(), submission),
    sendBacks: z.record(z.string(), z.record(z.string(), sendBack)),
  });
  return schema;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function empty(): PeriodRecords {
  return { v: 2, submissions: {}, sendBacks: {} };
}

export interface RecordStore {
  records: PeriodRecords;
  /** Writes the records back (one call), undone on failure. */
  save(next: PeriodRecords, tx: Transaction): void;
}

/** The period's records: one finder call and one read. */
export function readRecords(ss: Spreadsheet, period: string): RecordStore {
  const key = KEY_PREFIX + period;
  const found: Metadata | undefined = ss.createDeveloperMetadataFinder().withKey(key).find()[0];
  const text = found?.getValue() ?? '';
  let records = empty();
  if (text !== '') {
    const parsed = recordSchema().safeParse(parseJson(text));
    if (parsed.success) records = parsed.data;
  }
  return {
    records,
    save(next, tx) {
      const value = JSON.stringify(next);
      if (found) {
        found.setValue(value);
        tx.onUndo(() => found.setValue(text));
        return;
      }
      ss.addDeveloperMetadata(key, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
      tx.onUndo(() => {
        for (const m of ss.createDeveloperMetadataFinder().withKey(key).find()) m.remove();
      });
    },
  };
}
