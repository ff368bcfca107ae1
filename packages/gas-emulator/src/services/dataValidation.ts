/** DataValidation and DataValidationBuilder (SpreadsheetApp.newDataValidation). */
import { DataValidationCriteria } from '../enums.ts';
import type { Env } from '../environment.ts';
import { isRangeRef, type ValidationModel, type ValidationValue } from '../validation.ts';
import { ServiceObject, enumName } from '../serviceObject.ts';
import { RangeImpl } from './range.ts';

/** Script-facing value of a stored criteria value (ranges become Range objects again). */
function exposeValue(env: Env, v: ValidationValue): unknown {
  return isRangeRef(v) ? new RangeImpl(env, v.sheet, v.box) : v;
}

function storeValue(v: unknown): ValidationValue {
  if (v instanceof RangeImpl) return v._ref();
  if (Array.isArray(v)) return v.map((x) => String(x));
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' || v instanceof Date)
    return v;
  return String(v);
}

export class DataValidationImpl extends ServiceObject {
  readonly _className = 'DataValidation';
  constructor(
    private readonly env: Env,
    readonly _model: ValidationModel,
  ) {
    super();
  }
  getCriteriaType(): unknown {
    return DataValidationCriteria._get(this._model.criteria);
  }
  getCriteriaValues(): unknown[] {
    return this._model.values.map((v) => exposeValue(this.env, v));
  }
  getAllowInvalid(): boolean {
    return this._model.allowInvalid;
  }
  getHelpText(): string | null {
    return this._model.helpText;
  }
  copy(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.env, this._model);
  }
}

export class DataValidationBuilderImpl extends ServiceObject {
  readonly _className = 'DataValidationBuilder';
  private criteria: string | null;
  private values: ValidationValue[];
  private allowInvalid: boolean;
  private helpText: string | null;

  constructor(
    private readonly env: Env,
    from?: ValidationModel,
  ) {
    super();
    this.criteria = from?.criteria ?? null;
    this.values = from ? [...from.values] : [];
    this.allowInvalid = from?.allowInvalid ?? true;
    this.helpText = from?.helpText ?? null;
  }

  private set(criteria: string, values: unknown[]): this {
    this.criteria = criteria;
    this.values = values.map(storeValue);
    return this;
  }

  requireValueInList(values: unknown, showDropdown?: unknown): this {
    if (!Array.isArray(values)) throw new Error('Cannot find method requireValueInList(string).');
    return this.set('VALUE_IN_LIST', [
      values,
      showDropdown === undefined ? true : Boolean(showDropdown),
    ]);
  }
  requireValueInRange(range: unknown, showDropdown?: unknown): this {
    if (!(range instanceof RangeImpl))
      throw new Error('Cannot find method requireValueInRange(object).');
    return this.set('VALUE_IN_RANGE', [
      range,
      showDropdown === undefined ? true : Boolean(showDropdown),
    ]);
  }
  requireNumberBetween(a: unknown, b: unknown): this {
    return this.set('NUMBER_BETWEEN', [Number(a), Number(b)]);
  }
  requireNumberNotBetween(a: unknown, b: unknown): this {
    return this.set('NUMBER_NOT_BETWEEN', [Number(a), Number(b)]);
  }
  requireNumberGreaterThan(n: unknown): this {
    return this.set('NUMBER_GREATER_THAN', [Number(n)]);
  }
  requireNumberGreaterThanOrEqualTo(n: unknown): this {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [Number(n)]);
  }
  requireNumberLessThan(n: unknown): this {
    return this.set('NUMBER_LESS_THAN', [Number(n)]);
  }
  requireNumberLessThanOrEqualTo(n: unknown): this {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [Number(n)]);
  }
  requireNumberEqualTo(n: unknown): this {
    return this.set('NUMBER_EQUAL_TO', [Number(n)]);
  }
  requireFormulaSatisfied(formula: unknown): this {
    return this.set('CUSTOM_FORMULA', [String(formula)]);
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown): this {
    return this.set(
      'CHECKBOX',
      [checked, unchecked].filter((v) => v !== undefined),
    );
  }
  requireDate(): this {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateOnOrAfter(d: unknown): this {
    return this.set('DATE_ON_OR_AFTER', [d]);
  }
  requireDateOnOrBefore(d: unknown): this {
    return this.set('DATE_ON_OR_BEFORE', [d]);
  }
  requireDateBetween(a: unknown, b: unknown): this {
    return this.set('DATE_BETWEEN', [a, b]);
  }
  requireTextIsEmail(): this {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireTextIsUrl(): this {
    return this.set('TEXT_IS_VALID_URL', []);
  }
  requireTextContains(t: unknown): this {
    return this.set('TEXT_CONTAINS', [String(t)]);
  }
  requireTextEqualTo(t: unknown): this {
    return this.set('TEXT_EQUAL_TO', [String(t)]);
  }
  withCriteria(criteria: unknown, args: unknown): this {
    return this.set(enumName(criteria), Array.isArray(args) ? args : []);
  }
  setAllowInvalid(allow: unknown): this {
    this.allowInvalid = Boolean(allow);
    return this;
  }
  setHelpText(text: unknown): this {
    this.helpText = text === null || text === undefined ? null : String(text);
    return this;
  }
  getCriteriaType(): unknown {
    return this.criteria ? DataValidationCriteria._get(this.criteria) : null;
  }
  getCriteriaValues(): unknown[] {
    return this.values.map((v) => exposeValue(this.env, v));
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
  getHelpText(): string | null {
    return this.helpText;
  }
  copy(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.env, this._snapshot());
  }
  build(): DataValidationImpl {
    if (!this.criteria) throw new Error('You must specify a criteria.');
    return new DataValidationImpl(this.env, this._snapshot());
  }
  _snapshot(): ValidationModel {
    return {
      criteria: this.criteria ?? 'CUSTOM_FORMULA',
      values: [...this.values],
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    };
  }
}
