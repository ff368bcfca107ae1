// What a KPI target is, once read: the shapes the grammar produces (docs/KPI.md).

export type CompareOp = '>=' | '>' | '<=' | '<' | '=';

export type Target =
  /** `of`: the whole a count is taken from ("12/15 thôn": 12 of the 15 villages). */
  | { kind: 'compare'; op: CompareOp; value: number; unit: string; of?: number; note?: string }
  | { kind: 'range'; min: number; max: number; unit: string; note?: string }
  | { kind: 'yesno'; note?: string }
  | { kind: 'qualitative'; text: string }
  | { kind: 'invalid'; message: string };

/** A target found inside a longer text (offsets into the cleaned text). */
export interface TargetSpan {
  /** First character of the comparison/soft words before the number. */
  start: number;
  /** Just after the unit and any trailing "trở lên". */
  end: number;
  /** First character of the number. */
  numStart: number;
  op: CompareOp | null;
  /** "giảm 20%" / "tăng 10%": the target is the size of the change. */
  change: 'giảm' | 'tăng' | null;
  min: number;
  /** Upper bound of a range ("20-25%"), else null. */
  max: number | null;
  /** The whole of a fraction ("12/15 thôn" → 15), else null. */
  of: number | null;
  /** Written with a minus sign ("-5%"): a decrease of that size. */
  signed: boolean;
  unit: string;
  /** Has a comparison, a change word or a % sign: certainly a target. */
  strong: boolean;
  /** Parenthesis depth at the number. */
  depth: number;
}
