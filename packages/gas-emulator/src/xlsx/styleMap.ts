/** Cell formatting ↔ ExcelJS styles. */
import type { Alignment, Border, Borders, Fill, Font } from 'exceljs';
import type { BorderModel, CellMeta } from '../cellStyle.ts';
import { isAutomatic } from '../numberFormat.ts';

export function argbToHex(c: { argb?: string } | undefined): string | undefined {
  const argb = c?.argb;
  if (!argb || !/^[0-9a-fA-F]{6,8}$/.test(argb)) return undefined;
  return `#${argb.slice(-6).toLowerCase()}`;
}

export function hexToArgb(hex: string): { argb: string } {
  return { argb: `FF${hex.replace('#', '').toUpperCase()}` };
}

const BORDER_TO_XLSX: Record<string, Border['style']> = {
  DOTTED: 'dotted',
  DASHED: 'dashed',
  SOLID: 'thin',
  SOLID_MEDIUM: 'medium',
  SOLID_THICK: 'thick',
  DOUBLE: 'double',
};
const BORDER_FROM_XLSX: Record<string, string> = {
  dotted: 'DOTTED',
  dashed: 'DASHED',
  thin: 'SOLID',
  hair: 'SOLID',
  medium: 'SOLID_MEDIUM',
  thick: 'SOLID_THICK',
  double: 'DOUBLE',
};

export interface XlsxStyle {
  numFmt?: string;
  font?: Partial<Font>;
  fill?: Fill;
  alignment?: Partial<Alignment>;
  border?: Partial<Borders>;
}

export function metaToStyle(m: CellMeta): XlsxStyle {
  const out: XlsxStyle = {};
  if (!isAutomatic(m.numberFormat) && m.numberFormat) out.numFmt = m.numberFormat;
  const font: Partial<Font> = {};
  if (m.fontWeight === 'bold') font.bold = true;
  if (m.fontStyle === 'italic') font.italic = true;
  if (m.fontColor) font.color = hexToArgb(m.fontColor);
  if (m.fontSize !== undefined) font.size = m.fontSize;
  if (m.fontFamily) font.name = m.fontFamily;
  if (m.fontLine === 'underline') font.underline = true;
  if (m.fontLine === 'line-through') font.strike = true;
  if (Object.keys(font).length) out.font = font;
  if (m.background)
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: hexToArgb(m.background) };
  const al: Partial<Alignment> = {};
  if (m.hAlign && m.hAlign !== 'general' && m.hAlign !== 'normal')
    al.horizontal = m.hAlign as Alignment['horizontal'];
  if (m.vAlign) al.vertical = m.vAlign as Alignment['vertical'];
  if (m.wrap) al.wrapText = true;
  if (Object.keys(al).length) out.alignment = al;
  if (m.border) out.border = bordersOf(m.border);
  return out;
}

function bordersOf(b: BorderModel): Partial<Borders> {
  const side: Partial<Border> = { style: BORDER_TO_XLSX[b.style ?? 'SOLID'] ?? 'thin' };
  if (b.color) side.color = hexToArgb(b.color);
  const out: Partial<Borders> = {};
  if (b.top) out.top = side;
  if (b.left) out.left = side;
  if (b.bottom) out.bottom = side;
  if (b.right) out.right = side;
  return out;
}

/** ExcelJS's defaults (Calibri 11) and Sheets' (Arial 10) are not worth storing per cell. */
const DEFAULT_FONTS = new Set(['Calibri|11', 'Arial|10']);

export function styleToMeta(style: XlsxStyle, into: CellMeta): void {
  if (style.numFmt && !/^general$/i.test(style.numFmt)) into.numberFormat = style.numFmt;
  const f = style.font;
  if (f) {
    if (f.bold) into.fontWeight = 'bold';
    if (f.italic) into.fontStyle = 'italic';
    const color = argbToHex(f.color);
    if (color && color !== '#000000') into.fontColor = color;
    if (!DEFAULT_FONTS.has(`${f.name ?? 'Calibri'}|${f.size ?? 11}`)) {
      if (f.size !== undefined) into.fontSize = f.size;
      if (f.name) into.fontFamily = f.name;
    }
    if (f.underline) into.fontLine = 'underline';
    else if (f.strike) into.fontLine = 'line-through';
  }
  const fill = style.fill;
  if (fill && fill.type === 'pattern' && fill.pattern === 'solid') {
    const bg = argbToHex(fill.fgColor);
    if (bg) into.background = bg;
  }
  const al = style.alignment;
  if (al) {
    if (al.horizontal && String(al.horizontal) !== 'general') into.hAlign = al.horizontal;
    if (al.vertical) into.vAlign = al.vertical;
    if (al.wrapText) {
      into.wrap = true;
      into.wrapStrategy = 'WRAP';
    }
  }
  const b = style.border;
  if (b) {
    const sides = (['top', 'left', 'bottom', 'right'] as const).filter((s) => b[s]?.style);
    if (sides.length) {
      const first = b[sides[0] as 'top'];
      const border: BorderModel = { style: BORDER_FROM_XLSX[first?.style ?? 'thin'] ?? 'SOLID' };
      const color = argbToHex(first?.color);
      if (color) border.color = color;
      for (const s of sides) border[s] = true;
      into.border = border;
    }
  }
}
