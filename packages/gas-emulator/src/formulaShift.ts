/** Move the relative A1 references of a formula by (dRows, dCols), as fill-down / CF evaluation do. */
import { columnToLetters, lettersToColumn } from './a1.ts';

// A reference, optionally sheet-qualified; the lookahead keeps function names like LOG10( out.
const REF =
  /((?:'(?:[^']|'')+'|[A-Za-z_\u00C0-\uFFFF][\w.\u00C0-\uFFFF]*)!)?(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w(])/g;

export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  let out = '';
  // Only touch text outside string literals.
  const parts = formula.split(/("(?:[^"]|"")*")/);
  for (const part of parts) {
    if (part.startsWith('"')) {
      out += part;
      continue;
    }
    out += part.replace(
      REF,
      (
        m,
        sheet: string | undefined,
        cAbs: string,
        col: string,
        rAbs: string,
        row: string,
        offset: number,
        whole: string,
      ) => {
        const prev = whole[offset - 1] ?? '';
        if (/[\w$.]/.test(prev) && !sheet) return m; // part of a name
        const c = cAbs ? lettersToColumn(col) : lettersToColumn(col) + dCols;
        const r = rAbs ? Number(row) : Number(row) + dRows;
        if (c < 1 || r < 1) return '#REF!';
        return `${sheet ?? ''}${cAbs}${columnToLetters(c)}${rAbs}${r}`;
      },
    );
  }
  return out;
}
