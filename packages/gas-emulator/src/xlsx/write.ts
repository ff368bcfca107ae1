/** Workbook → xlsx (ExcelJS). Atomic file writes: temp file + rename. */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { CellValue as XlsxCellValue } from 'exceljs';
import { boxToA1, cellA1, quoteSheetName } from '../a1.ts';
import { isCellError, type Computed } from '../formulaEngine.ts';
import type { Box } from '../geometry.ts';
import type { SheetModel } from '../sheetModel.ts';
import type { ValidationModel } from '../validation.ts';
import type { Workbook } from '../workbook.ts';
import { contentExtent } from '../cellValues.ts';
import { cfRuleToXlsx } from './cfMap.ts';
import { addChartPictures, chartToJson } from './chartPicture.ts';
import { metadataRecords, SIDECAR_SHEET, toRows, type SidecarRecord } from './sidecar.ts';
import { metaToStyle } from './styleMap.ts';
import { validationToJson, validationToXlsx } from './validationMap.ts';

const PX_PER_WIDTH_UNIT = 7;
const PT_PER_PX = 0.75;

/** Excel knows the classic error codes only. */
function excelError(code: string): string {
  return ['#N/A', '#REF!', '#NAME?', '#DIV/0!', '#NULL!', '#VALUE!', '#NUM!'].includes(code)
    ? code
    : '#VALUE!';
}

function resultOf(v: Computed): XlsxCellValue {
  if (isCellError(v)) return { error: excelError(v.error) } as XlsxCellValue;
  return v;
}

/** Extent of an array result anchored at (row, col), scanning spilled cells. */
function spillExtent(sheet: SheetModel, row: number, col: number): { rows: number; cols: number } {
  const engine = sheet.workbook.engine;
  const kind = (r: number, c: number): string =>
    engine.cellKind({ sheet: sheet.hfId, row: r - 1, col: c - 1 });
  let rows = 1;
  while (kind(row + rows, col) === 'spill') rows++;
  let cols = 1;
  while (kind(row, col + cols) === 'spill') cols++;
  return { rows, cols };
}

/** Split cells sharing one validation object into column runs (compact A1 ranges). */
function validationRuns(sheet: SheetModel): Array<{ box: Box; model: ValidationModel }> {
  const byModel = new Map<ValidationModel, Array<[number, number]>>();
  for (const [r, c, m] of sheet.metaEntries()) {
    if (!m.validation) continue;
    const list = byModel.get(m.validation) ?? [];
    list.push([r, c]);
    byModel.set(m.validation, list);
  }
  const runs: Array<{ box: Box; model: ValidationModel }> = [];
  for (const [model, cells] of byModel) {
    cells.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    let start: [number, number] | null = null;
    let prev: [number, number] | null = null;
    const flush = (): void => {
      if (start && prev)
        runs.push({
          box: { row: start[0], col: start[1], numRows: prev[0] - start[0] + 1, numCols: 1 },
          model,
        });
    };
    for (const cell of cells) {
      if (prev && cell[1] === prev[1] && cell[0] === prev[0] + 1) prev = cell;
      else {
        flush();
        start = cell;
        prev = cell;
      }
    }
    flush();
  }
  return runs;
}

async function writeSheet(
  xwb: ExcelJS.Workbook,
  sheet: SheetModel,
  sidecar: SidecarRecord[],
): Promise<void> {
  const ws = xwb.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    ...(sheet.tabColor
      ? { properties: { tabColor: { argb: `FF${sheet.tabColor.slice(1).toUpperCase()}` } } }
      : {}),
  });
  sidecar.push({
    kind: 'sheet',
    key: sheet.name,
    value: JSON.stringify({
      sheetId: sheet.sheetId,
      maxRows: sheet.maxRows,
      maxCols: sheet.maxCols,
    }),
  });
  const engine = sheet.workbook.engine;
  const { lastRow, lastCol } = contentExtent(sheet);
  if (lastRow > 0) {
    const values = engine.getValues(sheet.hfId, 0, 0, lastRow, lastCol);
    const formulas = engine.getFormulas(sheet.hfId, 0, 0, lastRow, lastCol);
    for (let r = 1; r <= lastRow; r++) {
      for (let c = 1; c <= lastCol; c++) {
        const v = values[r - 1]?.[c - 1] ?? null;
        const f = formulas[r - 1]?.[c - 1];
        const cell = ws.getCell(r, c);
        if (f !== undefined) {
          const { rows, cols } = spillExtent(sheet, r, c);
          const base = { formula: f.replace(/^=/, ''), result: resultOf(v) };
          cell.value = (
            rows * cols > 1
              ? {
                  ...base,
                  shareType: 'array',
                  ref: boxToA1({ row: r, col: c, numRows: rows, numCols: cols }),
                }
              : base
          ) as XlsxCellValue;
        } else if (v !== null) {
          cell.value = resultOf(v);
        }
      }
    }
  }
  for (const [r, c, m] of sheet.metaEntries()) {
    const cell = ws.getCell(r, c);
    const style = metaToStyle(m);
    if (style.numFmt) cell.numFmt = style.numFmt;
    if (style.font) cell.font = style.font;
    if (style.fill) cell.fill = style.fill;
    if (style.alignment) cell.alignment = style.alignment;
    if (style.border) cell.border = style.border;
    if (m.note) cell.note = m.note;
  }
  for (const { box, model } of validationRuns(sheet)) {
    const dv = validationToXlsx(model);
    if (dv) {
      for (let r = box.row; r < box.row + box.numRows; r++)
        ws.getCell(r, box.col).dataValidation = dv;
    } else
      sidecar.push({
        kind: 'validation',
        key: sheet.name,
        value: JSON.stringify({ a1: boxToA1(box), rule: validationToJson(model) }),
      });
  }
  for (const m of sheet.merges) ws.mergeCells(boxToA1(m));
  if (sheet.frozenRows || sheet.frozenCols) {
    ws.views = [
      {
        state: 'frozen',
        xSplit: sheet.frozenCols,
        ySplit: sheet.frozenRows,
        topLeftCell: cellA1(sheet.frozenRows + 1, sheet.frozenCols + 1),
      },
    ];
  }
  for (const [c, px] of sheet.colWidths) ws.getColumn(c).width = px / PX_PER_WIDTH_UNIT;
  for (const [r, px] of sheet.rowHeights) ws.getRow(r).height = px * PT_PER_PX;
  sheet.cfRules.forEach((rule, i) => {
    const x = cfRuleToXlsx(rule, i + 1);
    if (x)
      ws.addConditionalFormatting({
        ref: rule.ranges.map((r) => boxToA1(r.box)).join(' '),
        rules: [x],
      });
  });
  for (const c of sheet.charts)
    sidecar.push({ kind: 'chart', key: sheet.name, value: chartToJson(c) });
  await addChartPictures(xwb, ws, sheet);
  // Our export's page choice (Sheets has no script API for it): A4 landscape, one page wide.
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    ...(sheet.frozenRows > 0 ? { printTitlesRow: `1:${sheet.frozenRows}` } : {}),
  };
  for (const p of sheet.protections) {
    sidecar.push({
      kind: 'protection',
      key: sheet.name,
      value: JSON.stringify({
        kind: p.kind,
        range: p.box ? boxToA1(p.box) : null,
        description: p.description,
        warningOnly: p.warningOnly,
        domainEdit: p.domainEdit,
        editors: p.editors,
        unprotected: p.unprotected.map((u) => boxToA1(u.box)),
        rangeName: p.rangeName,
      }),
    });
    if (p.kind === 'SHEET' && !p.warningOnly) {
      for (const u of p.unprotected) {
        for (let r = u.box.row; r < u.box.row + u.box.numRows; r++)
          for (let c = u.box.col; c < u.box.col + u.box.numCols; c++)
            ws.getCell(r, c).protection = { locked: false };
      }
      await ws.protect('', {
        selectLockedCells: true,
        selectUnlockedCells: true,
        formatColumns: true,
        formatRows: true,
      });
    }
  }
}

export async function toXlsxBuffer(wb: Workbook): Promise<Buffer> {
  const xwb = new ExcelJS.Workbook();
  xwb.creator = 'gas-emulator';
  const sidecar: SidecarRecord[] = [
    { kind: 'workbook', key: 'name', value: wb.name },
    { kind: 'workbook', key: 'timeZone', value: wb.timeZone },
    { kind: 'workbook', key: 'locale', value: wb.locale },
    { kind: 'workbook', key: 'domain', value: wb.domain ?? '' },
    { kind: 'workbook', key: 'hiddenEmails', value: JSON.stringify([...wb.hiddenEmails]) },
    { kind: 'workbook', key: 'owner', value: wb.owner ?? '' },
    { kind: 'workbook', key: 'editors', value: JSON.stringify(wb.editors) },
    { kind: 'workbook', key: 'activeSheet', value: wb.activeSheet?.name ?? '' },
  ];
  for (const [k, v] of wb.documentProperties) sidecar.push({ kind: 'property', key: k, value: v });
  for (const t of wb.triggers)
    sidecar.push({ kind: 'trigger', key: t.id, value: JSON.stringify(t) });
  wb.outbox.forEach((m, i) =>
    sidecar.push({ kind: 'mail', key: String(i), value: JSON.stringify(m) }),
  );
  sidecar.push(...metadataRecords(wb));
  for (const sheet of wb.sheets) await writeSheet(xwb, sheet, sidecar);
  for (const [name, ref] of wb.namedRanges) {
    xwb.definedNames.add(`${quoteSheetName(ref.sheet.name)}!${boxToA1(ref.box, true)}`, name);
  }
  const hidden = xwb.addWorksheet(SIDECAR_SHEET, { state: 'veryHidden' });
  for (const row of toRows(sidecar)) hidden.addRow(row);
  const active = wb.activeSheet ? wb.sheets.indexOf(wb.activeSheet) : 0;
  xwb.views = [
    {
      x: 0,
      y: 0,
      width: 10000,
      height: 20000,
      firstSheet: 0,
      activeTab: Math.max(0, active),
      visibility: 'visible',
    },
  ];
  return Buffer.from(await xwb.xlsx.writeBuffer());
}

export async function saveXlsx(wb: Workbook, path: string): Promise<void> {
  const buffer = await toXlsxBuffer(wb);
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, buffer);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
