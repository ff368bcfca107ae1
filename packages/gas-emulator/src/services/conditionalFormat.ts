/** ConditionalFormatRule, its builder and BooleanCondition (SpreadsheetApp.newConditionalFormatRule). */
import { normalizeColor } from '../cellStyle.ts';
import {
  cloneRule,
  type CfCondition,
  type CfFormat,
  type CfRuleModel,
} from '../conditionalFormat.ts';
import { BooleanCriteria } from '../enums.ts';
import type { Env } from '../environment.ts';
import { ServiceObject, enumName } from '../serviceObject.ts';
import { RangeImpl } from './range.ts';

class ColorImpl extends ServiceObject {
  readonly _className = 'Color';
  constructor(private readonly hex: string) {
    super();
  }
  asHexString(): string {
    return this.hex;
  }
  asRgbColor(): ColorImpl {
    return this;
  }
  getColorType(): string {
    return 'RGB';
  }
}

export class BooleanConditionImpl extends ServiceObject {
  readonly _className = 'BooleanCondition';
  constructor(
    private readonly condition: CfCondition,
    private readonly format: CfFormat,
  ) {
    super();
  }
  getCriteriaType(): unknown {
    return BooleanCriteria._get(this.condition.type);
  }
  getCriteriaValues(): unknown[] {
    return [...this.condition.values];
  }
  getBackground(): string | null {
    return this.format.background ?? null;
  }
  getBackgroundObject(): ColorImpl | null {
    return this.format.background ? new ColorImpl(this.format.background) : null;
  }
  getFontColor(): string | null {
    return this.format.fontColor ?? null;
  }
  getFontColorObject(): ColorImpl | null {
    return this.format.fontColor ? new ColorImpl(this.format.fontColor) : null;
  }
  getBold(): boolean | null {
    return this.format.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.format.italic ?? null;
  }
  getUnderline(): boolean | null {
    return this.format.underline ?? null;
  }
  getStrikethrough(): boolean | null {
    return this.format.strikethrough ?? null;
  }
}

export class ConditionalFormatRuleImpl extends ServiceObject {
  readonly _className = 'ConditionalFormatRule';
  constructor(
    private readonly env: Env,
    readonly _model: CfRuleModel,
  ) {
    super();
  }
  getRanges(): RangeImpl[] {
    return this._model.ranges.map((r) => new RangeImpl(this.env, r.sheet, r.box));
  }
  getBooleanCondition(): BooleanConditionImpl | null {
    return this._model.condition
      ? new BooleanConditionImpl(this._model.condition, this._model.format)
      : null;
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl(this.env, cloneRule(this._model));
  }
}

export class ConditionalFormatRuleBuilderImpl extends ServiceObject {
  readonly _className = 'ConditionalFormatRuleBuilder';
  private model: CfRuleModel;

  constructor(
    private readonly env: Env,
    from?: CfRuleModel,
  ) {
    super();
    this.model = from ?? { ranges: [], condition: null, format: {} };
  }

  private when(type: string, values: unknown[]): this {
    this.model.condition = {
      type,
      values: values.map((v) => (typeof v === 'number' || v instanceof Date ? v : String(v))),
    };
    return this;
  }

  whenFormulaSatisfied(f: unknown): this {
    return this.when('CUSTOM_FORMULA', [f]);
  }
  whenTextEqualTo(t: unknown): this {
    return this.when('TEXT_EQUAL_TO', [t]);
  }
  whenTextContains(t: unknown): this {
    return this.when('TEXT_CONTAINS', [t]);
  }
  whenTextDoesNotContain(t: unknown): this {
    return this.when('TEXT_DOES_NOT_CONTAIN', [t]);
  }
  whenTextStartsWith(t: unknown): this {
    return this.when('TEXT_STARTS_WITH', [t]);
  }
  whenTextEndsWith(t: unknown): this {
    return this.when('TEXT_ENDS_WITH', [t]);
  }
  whenNumberBetween(a: unknown, b: unknown): this {
    return this.when('NUMBER_BETWEEN', [Number(a), Number(b)]);
  }
  whenNumberNotBetween(a: unknown, b: unknown): this {
    return this.when('NUMBER_NOT_BETWEEN', [Number(a), Number(b)]);
  }
  whenNumberEqualTo(n: unknown): this {
    return this.when('NUMBER_EQUAL_TO', [Number(n)]);
  }
  whenNumberNotEqualTo(n: unknown): this {
    return this.when('NUMBER_NOT_EQUAL_TO', [Number(n)]);
  }
  whenNumberGreaterThan(n: unknown): this {
    return this.when('NUMBER_GREATER_THAN', [Number(n)]);
  }
  whenNumberGreaterThanOrEqualTo(n: unknown): this {
    return this.when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [Number(n)]);
  }
  whenNumberLessThan(n: unknown): this {
    return this.when('NUMBER_LESS_THAN', [Number(n)]);
  }
  whenNumberLessThanOrEqualTo(n: unknown): this {
    return this.when('NUMBER_LESS_THAN_OR_EQUAL_TO', [Number(n)]);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  whenCellNotEmpty(): this {
    return this.when('CELL_NOT_EMPTY', []);
  }
  withCriteria(criteria: unknown, args: unknown): this {
    return this.when(enumName(criteria), Array.isArray(args) ? args : []);
  }
  setBackground(c: unknown): this {
    this.model.format.background = normalizeColor(c);
    return this;
  }
  setFontColor(c: unknown): this {
    this.model.format.fontColor = normalizeColor(c);
    return this;
  }
  setBold(b: unknown): this {
    this.model.format.bold = b === null ? undefined : Boolean(b);
    return this;
  }
  setItalic(b: unknown): this {
    this.model.format.italic = b === null ? undefined : Boolean(b);
    return this;
  }
  setUnderline(b: unknown): this {
    this.model.format.underline = b === null ? undefined : Boolean(b);
    return this;
  }
  setStrikethrough(b: unknown): this {
    this.model.format.strikethrough = b === null ? undefined : Boolean(b);
    return this;
  }
  setRanges(ranges: unknown): this {
    if (!Array.isArray(ranges)) throw new Error('Cannot find method setRanges(object).');
    this.model.ranges = ranges.map((r: unknown) => {
      if (!(r instanceof RangeImpl)) throw new Error('Cannot find method setRanges(object).');
      return r._ref();
    });
    return this;
  }
  getRanges(): RangeImpl[] {
    return this.model.ranges.map((r) => new RangeImpl(this.env, r.sheet, r.box));
  }
  getBooleanCondition(): BooleanConditionImpl | null {
    return this.model.condition
      ? new BooleanConditionImpl(this.model.condition, this.model.format)
      : null;
  }
  copy(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl(this.env, cloneRule(this.model));
  }
  build(): ConditionalFormatRuleImpl {
    if (!this.model.condition) throw new Error('Conditional format rule must have a condition.');
    return new ConditionalFormatRuleImpl(this.env, cloneRule(this.model));
  }
}
