/** Conditional-format rules ↔ xlsx cfRules (dxf styles). */
import type { ConditionalFormattingRule, Style } from 'exceljs';
import { cellA1 } from '../a1.ts';
import type { CfFormat, CfRuleModel } from '../conditionalFormat.ts';
import { numberCriteria, numberOperator } from './numberOperators.ts';
import { argbToHex, hexToArgb } from './styleMap.ts';

const quote = (s: string): string => `"${s.replace(/"/g, '""')}"`;

function styleOf(f: CfFormat): Partial<Style> {
  const style: Partial<Style> = {};
  if (f.background)
    style.fill = { type: 'pattern', pattern: 'solid', bgColor: hexToArgb(f.background) };
  const font: NonNullable<Style['font']> = {};
  if (f.fontColor) font.color = hexToArgb(f.fontColor);
  if (f.bold) font.bold = true;
  if (f.italic) font.italic = true;
  if (f.underline) font.underline = true;
  if (f.strikethrough) font.strike = true;
  if (Object.keys(font).length) style.font = font;
  return style;
}

export function cfRuleToXlsx(
  rule: CfRuleModel,
  priority: number,
): ConditionalFormattingRule | null {
  const c = rule.condition;
  const first = rule.ranges[0]?.box;
  if (!c || !first) return null;
  const tl = cellA1(first.row, first.col);
  const style = styleOf(rule.format);
  const v0 = String(c.values[0] ?? '');
  const expression = (formula: string): ConditionalFormattingRule => ({
    type: 'expression',
    priority,
    style,
    formulae: [formula],
  });
  switch (c.type) {
    case 'CUSTOM_FORMULA':
      return expression(v0.replace(/^=/, ''));
    case 'TEXT_EQUAL_TO':
      return { type: 'cellIs', operator: 'equal', priority, style, formulae: [quote(v0)] };
    case 'TEXT_NOT_EQUAL_TO':
      return {
        type: 'cellIs',
        operator: 'notEqual' as 'equal',
        priority,
        style,
        formulae: [quote(v0)],
      };
    case 'TEXT_CONTAINS':
      return {
        type: 'containsText',
        operator: 'containsText',
        priority,
        style,
        text: v0,
        formulae: [`NOT(ISERROR(SEARCH(${quote(v0)},${tl})))`],
      } as ConditionalFormattingRule;
    case 'TEXT_DOES_NOT_CONTAIN':
      return expression(`ISERROR(SEARCH(${quote(v0)},${tl}))`);
    case 'TEXT_STARTS_WITH':
      return expression(`LEFT(${tl},LEN(${quote(v0)}))=${quote(v0)}`);
    case 'TEXT_ENDS_WITH':
      return expression(`RIGHT(${tl},LEN(${quote(v0)}))=${quote(v0)}`);
    case 'CELL_EMPTY':
      return expression(`LEN(TRIM(${tl}))=0`);
    case 'CELL_NOT_EMPTY':
      return expression(`LEN(TRIM(${tl}))>0`);
    default: {
      const op = numberOperator(c.type);
      if (!op) return null;
      return {
        type: 'cellIs',
        operator: op as 'equal', // ExcelJS's type names 4 of the operators it writes
        priority,
        style,
        formulae: c.values.map((x) => String(Number(x))),
      };
    }
  }
}

function formatOf(style: Partial<Style> | undefined): CfFormat {
  const f: CfFormat = {};
  const fill = style?.fill;
  if (fill && fill.type === 'pattern') {
    const bg = argbToHex(fill.bgColor) ?? argbToHex(fill.fgColor);
    if (bg) f.background = bg;
  }
  const font = style?.font;
  if (font) {
    const color = argbToHex(font.color);
    if (color) f.fontColor = color;
    if (font.bold) f.bold = true;
    if (font.italic) f.italic = true;
    if (font.underline) f.underline = true;
    if (font.strike) f.strikethrough = true;
  }
  return f;
}

const unquote = (s: string): string | null => {
  const m = /^"((?:[^"]|"")*)"$/.exec(s);
  return m ? (m[1] ?? '').replace(/""/g, '"') : null;
};

/** Rebuild a Sheets rule from an xlsx cfRule (null for kinds Sheets scripts cannot build). */
export function cfRuleFromXlsx(
  rule: ConditionalFormattingRule,
): Omit<CfRuleModel, 'ranges'> | null {
  const format = formatOf(rule.style);
  const formulae = ('formulae' in rule ? (rule.formulae ?? []) : []).map((x: unknown) => String(x));
  if (rule.type === 'expression')
    return { condition: { type: 'CUSTOM_FORMULA', values: [`=${formulae[0] ?? ''}`] }, format };
  if (rule.type === 'containsText') {
    const m = /^NOT\(ISERROR\(SEARCH\(("(?:[^"]|"")*"),/.exec(formulae[0] ?? '');
    const text = m ? unquote(m[1] ?? '') : 'text' in rule ? (rule.text ?? null) : null;
    return text === null ? null : { condition: { type: 'TEXT_CONTAINS', values: [text] }, format };
  }
  if (rule.type === 'cellIs') {
    const op = String(rule.operator ?? 'equal');
    const text = unquote(formulae[0] ?? '');
    if (text !== null && (op === 'equal' || op === 'notEqual'))
      return {
        condition: { type: op === 'equal' ? 'TEXT_EQUAL_TO' : 'TEXT_NOT_EQUAL_TO', values: [text] },
        format,
      };
    const name = numberCriteria(op);
    return name ? { condition: { type: name, values: formulae.map(Number) }, format } : null;
  }
  return null;
}
