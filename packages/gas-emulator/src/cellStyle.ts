/** Per-cell formatting and annotations stored by the model (values live in the formula engine). */
import type { ValidationModel } from './validation.ts';

/** Resolved per-cell borders (inner borders of a setBorder call land on the neighbouring sides). */
export interface BorderModel {
  top?: boolean;
  left?: boolean;
  bottom?: boolean;
  right?: boolean;
  color?: string;
  /** SpreadsheetApp.BorderStyle name; SOLID when unset. */
  style?: string;
}

export interface CellMeta {
  numberFormat?: string;
  fontWeight?: 'bold' | 'normal';
  fontStyle?: 'italic' | 'normal';
  fontColor?: string;
  fontSize?: number;
  fontFamily?: string;
  fontLine?: string;
  background?: string;
  wrap?: boolean;
  wrapStrategy?: string;
  hAlign?: string;
  vAlign?: string;
  note?: string;
  validation?: ValidationModel;
  border?: BorderModel;
}

export const DEFAULT_FONT_COLOR = '#000000';
export const DEFAULT_BACKGROUND = '#ffffff';
export const DEFAULT_FONT_SIZE = 10;
export const DEFAULT_FONT_FAMILY = 'Arial';
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

/** Fields copied to inserted rows/columns (Sheets copies formatting and validation, not notes). */
export function inheritableMeta(m: CellMeta): CellMeta | undefined {
  const { note: _note, ...rest } = m;
  return Object.keys(rest).length ? rest : undefined;
}

const NAMED_COLORS: Record<string, string> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  gray: '#808080',
  grey: '#808080',
  purple: '#800080',
};

/** Sheets normalises colours to lowercase #rrggbb; null/'' resets. */
export function normalizeColor(c: unknown): string | undefined {
  if (c === null || c === undefined || c === '') return undefined;
  const s = String(c).trim().toLowerCase();
  if (NAMED_COLORS[s]) return NAMED_COLORS[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return s;
}
