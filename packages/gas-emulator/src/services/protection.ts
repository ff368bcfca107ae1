/** Protection objects returned by Sheet.protect / Range.protect / getProtections. */
import { ProtectionType } from '../enums.ts';
import type { Env } from '../environment.ts';
import type { ProtectionModel } from '../protectionModel.ts';
import { ServiceObject } from '../serviceObject.ts';
import { RangeImpl } from './range.ts';
import { emailOf, userIn, type UserImpl } from './user.ts';

function emails(v: unknown): string[] {
  const list = (Array.isArray(v) ? v : [v]).map(emailOf);
  for (const e of list) if (e.trim() === '') throw new Error(`Invalid email: ${e}`);
  return list;
}

export class ProtectionImpl extends ServiceObject {
  readonly _className = 'Protection';
  constructor(
    private readonly env: Env,
    readonly _model: ProtectionModel,
  ) {
    super();
  }

  /** Sheets only lets editors of a protection change it. */
  private guard(): void {
    if (!this._model.canEdit(this.env.user) && !this._model.warningOnly)
      throw new Error(
        'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
      );
  }

  getProtectionType(): unknown {
    return ProtectionType._get(this._model.kind);
  }
  getDescription(): string {
    return this._model.description;
  }
  setDescription(d: unknown): this {
    this.guard();
    this._model.description = String(d ?? '');
    return this;
  }
  isWarningOnly(): boolean {
    return this._model.warningOnly;
  }
  setWarningOnly(w: unknown): this {
    this.guard();
    this._model.warningOnly = Boolean(w);
    return this;
  }
  getEditors(): UserImpl[] {
    return this._model.editors.map((e) => userIn(this._model.sheet.workbook, e));
  }
  addEditor(u: unknown): this {
    return this.addEditors([u]);
  }
  addEditors(us: unknown): this {
    this.guard();
    for (const e of emails(us)) {
      if (!this._model.editors.some((x) => x.toLowerCase() === e.toLowerCase()))
        this._model.editors.push(e);
    }
    return this;
  }
  removeEditor(u: unknown): this {
    return this.removeEditors([u]);
  }
  removeEditors(us: unknown): this {
    this.guard();
    const keep = new Set(
      [this._model.sheet.workbook.owner ?? '', this.env.user].map((e) => e.toLowerCase()),
    );
    const drop = new Set(emails(us).map((e) => e.toLowerCase()));
    // Sheets silently keeps the owner and the user running the script.
    this._model.editors = this._model.editors.filter(
      (e) => !drop.has(e.toLowerCase()) || keep.has(e.toLowerCase()),
    );
    return this;
  }
  canEdit(): boolean {
    return this._model.canEdit(this.env.user);
  }
  canDomainEdit(): boolean {
    return this._model.domainEdit && this._model.sheet.workbook.domain !== null;
  }
  setDomainEdit(v: unknown): this {
    this.guard();
    if (this._model.sheet.workbook.domain === null)
      throw new Error(
        'Domain edit can only be set on a file of a Google Workspace domain (emulator text).',
      );
    this._model.domainEdit = Boolean(v);
    return this;
  }
  getRange(): RangeImpl {
    const s = this._model.sheet;
    const box = this._model.box ?? { row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols };
    return new RangeImpl(this.env, s, box);
  }
  setRange(r: unknown): this {
    this.guard();
    if (this._model.kind !== 'RANGE' || !(r instanceof RangeImpl))
      throw new Error('Cannot set the range of a sheet protection.');
    this._model.box = r._ref().box;
    return this;
  }
  getRangeName(): string | null {
    return this._model.rangeName;
  }
  setRangeName(n: unknown): this {
    this._model.rangeName = n === null ? null : String(n);
    return this;
  }
  getUnprotectedRanges(): RangeImpl[] {
    return this._model.unprotected.map((u) => new RangeImpl(this.env, u.sheet, u.box));
  }
  setUnprotectedRanges(ranges: unknown): this {
    this.guard();
    if (this._model.kind !== 'SHEET')
      throw new Error('Unprotected ranges can only be set on a sheet protection.');
    const list = Array.isArray(ranges) ? ranges : [];
    this._model.unprotected = list.map((r: unknown) => {
      if (!(r instanceof RangeImpl))
        throw new Error('Cannot find method setUnprotectedRanges(object).');
      return r._ref();
    });
    return this;
  }
  remove(): void {
    this.guard();
    const list = this._model.sheet.protections;
    const i = list.indexOf(this._model);
    if (i >= 0) list.splice(i, 1);
  }
}
