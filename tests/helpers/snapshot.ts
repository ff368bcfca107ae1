// A compact picture of everything an action may change in a workbook, read from the emulator's
// model (no service calls): each sheet's name, order, values and formulas, cell formats, notes,
// validation, merges, frozen panes and protections; named ranges; developer metadata; triggers;
// document properties. Temporary sheets (an action's scratch and backup copies) are left out.
// Column widths and row heights are not covered (cosmetic), nor is the active sheet.
import type { Workbook } from 'gas-emulator';

const TEMP_PREFIX = 'Sáu Rõ tạm ';

type Sheet = Workbook['sheets'][number];

function boxText(b: { row: number; col: number; numRows: number; numCols: number }): string {
  return `${b.row},${b.col},${b.numRows},${b.numCols}`;
}

function sheetPicture(wb: Workbook, s: Sheet): unknown {
  const { height, width } = wb.engine.dimensions(s.hfId);
  const values = height && width ? wb.engine.getValues(s.hfId, 0, 0, height, width) : [];
  const formulas = height && width ? wb.engine.getFormulas(s.hfId, 0, 0, height, width) : [];
  const cells: string[] = [];
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = formulas[r]?.[c];
      if (v === null && f === undefined) return;
      cells.push(`${r + 1},${c + 1}=${JSON.stringify(f ?? v)}`);
    }),
  );
  const meta: string[] = [];
  const text = (v: unknown) => (v === undefined ? '' : String(v));
  for (const [r, c, m] of s.metaEntries()) {
    const v = m.validation;
    const validation = v
      ? `${v.criteria}|${v.allowInvalid}|${v.values.map((x) => (typeof x === 'object' && x !== null && 'box' in x ? boxText((x as { box: Parameters<typeof boxText>[0] }).box) : String(x))).join(';')}`
      : '';
    const line = `${text(m.numberFormat)}|${text(m.fontWeight)}|${text(m.background)}|${text(m.wrap)}|${text(m.note)}|${validation}`;
    if (line === '|||||') continue;
    meta.push(`${r},${c}:${line}`);
  }
  meta.sort();
  const protections = s.protections
    .map((p) =>
      JSON.stringify([
        p.kind,
        p.box ? boxText(p.box) : null,
        p.description,
        p.warningOnly,
        p.domainEdit,
        [...new Set(p.editors.map((e) => e.toLowerCase()))].sort(),
        p.unprotected.map((u) => boxText(u.box)).sort(),
      ]),
    )
    .sort();
  return {
    name: s.name,
    hidden: s.hidden,
    size: [s.maxRows, s.maxCols],
    frozen: [s.frozenRows, s.frozenCols],
    merges: s.merges.map(boxText).sort(),
    cells,
    meta,
    protections,
  };
}

export interface WorkbookPicture {
  sheets: unknown[];
  named: string[];
  metadata: string[];
  triggers: string[];
  properties: string[];
}

/** `ignore`: sheets left out (with their named ranges and metadata), e.g. one rebuilt apart. */
export function picture(wb: Workbook, ignore: readonly string[] = []): WorkbookPicture {
  const shown = (name: string) => !name.startsWith(TEMP_PREFIX) && !ignore.includes(name);
  return {
    sheets: wb.sheets.filter((s) => shown(s.name)).map((s) => sheetPicture(wb, s)),
    // Sheet ids are part of some names (SAURO_PHU_LUC_<id>); they differ from run to run.
    named: [...wb.namedRanges]
      .filter(([, r]) => shown(r.sheet.name))
      .map(
        ([n, r]) =>
          `${n.replace(String(r.sheet.sheetId), '<id>')}=${r.sheet.name}!${boxText(r.box)}`,
      )
      .sort(),
    metadata: wb.developerMetadata
      .filter((m) => m.sheet === undefined || m.sheet === null || shown(m.sheet.name))
      .map((m) => JSON.stringify([m.key, m.value, m.visibility, m.project, m.sheet?.name ?? null]))
      .sort(),
    triggers: wb.triggers
      .map((t) => `${t.kind}:${t.handler}:${t.owner}:${'project' in t ? t.project : ''}`)
      .sort(),
    properties: [...wb.documentProperties].map(([k, v]) => `${k}=${v}`).sort(),
  };
}

/** Which parts differ (sheet by sheet), for a readable failure. */
export function differences(a: WorkbookPicture, b: WorkbookPicture): string[] {
  const out: string[] = [];
  const sheets = (p: WorkbookPicture) =>
    new Map(p.sheets.map((s) => [(s as { name: string }).name, JSON.stringify(s)]));
  const sa = sheets(a);
  const sb = sheets(b);
  const order = (p: WorkbookPicture) =>
    p.sheets.map((s) => (s as { name: string }).name).join(' | ');
  if (order(a) !== order(b)) out.push(`sheets: ${order(a)}  ≠  ${order(b)}`);
  for (const [name, text] of sa) {
    const other = sb.get(name);
    if (other === undefined || other === text) continue;
    const x = JSON.parse(text) as Record<string, unknown>;
    const y = JSON.parse(other) as Record<string, unknown>;
    for (const k of Object.keys(x)) {
      if (JSON.stringify(x[k]) === JSON.stringify(y[k])) continue;
      const xs = Array.isArray(x[k]) ? (x[k] as unknown[]).map(String) : [JSON.stringify(x[k])];
      const ys = Array.isArray(y[k]) ? (y[k] as unknown[]).map(String) : [JSON.stringify(y[k])];
      const only = (p: string[], q: string[]) => p.filter((e) => !q.includes(e)).slice(0, 3);
      out.push(`"${name}".${k}: -${JSON.stringify(only(xs, ys))} +${JSON.stringify(only(ys, xs))}`);
    }
  }
  for (const k of ['named', 'metadata', 'triggers', 'properties'] as const) {
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k]))
      out.push(`${k}: ${JSON.stringify(a[k])} ≠ ${JSON.stringify(b[k])}`);
  }
  return out;
}
