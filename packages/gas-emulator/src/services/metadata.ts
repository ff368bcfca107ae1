/**
 * Developer metadata (Spreadsheet/Sheet.addDeveloperMetadata, getDeveloperMetadata,
 * createDeveloperMetadataFinder). PROJECT-visible entries are seen only by the project that made
 * them; any editor of the file may add metadata (protections guard cells, not metadata).
 */
import { randomInt } from 'node:crypto';
import { DeveloperMetadataLocationType, DeveloperMetadataVisibility } from '../enums.ts';
import type { Env } from '../environment.ts';
import {
  METADATA_LOCATION_LIMIT,
  metadataSize,
  type DeveloperMetadataModel,
  type MetadataVisibility,
} from '../metadataModel.ts';
import { EnumValue, ServiceObject, enumName } from '../serviceObject.ts';
import type { SheetModel } from '../sheetModel.ts';
import { SheetImpl } from './sheet.ts';
import { SpreadsheetImpl } from './spreadsheet.ts';

function visibleTo(env: Env, m: DeveloperMetadataModel): boolean {
  return m.visibility === 'DOCUMENT' || m.project === env.projectId;
}

function isVisibility(v: unknown): boolean {
  return v instanceof EnumValue && v._className === 'DeveloperMetadataVisibility';
}

function assertFits(
  env: Env,
  sheet: SheetModel | null,
  extra: number,
  except?: DeveloperMetadataModel,
) {
  const used = env.workbook.developerMetadata
    .filter((m) => m.sheet === sheet && m !== except)
    .reduce((n, m) => n + metadataSize(m), 0);
  if (used + extra > METADATA_LOCATION_LIMIT)
    throw new Error(
      `Invalid requests[0]: The total size of developer metadata at this location would exceed ${METADATA_LOCATION_LIMIT} characters.`,
    );
}

/** addDeveloperMetadata(key), (key, value), (key, visibility), (key, value, visibility). */
export function addMetadata(
  env: Env,
  sheet: SheetModel | null,
  key: unknown,
  a?: unknown,
  b?: unknown,
): void {
  const k = String(key ?? '');
  if (k === '') throw new Error('Invalid argument: key');
  let value: string | null = null;
  let visibility: MetadataVisibility = 'DOCUMENT';
  if (isVisibility(a)) visibility = enumName(a) as MetadataVisibility;
  else if (a !== undefined && a !== null) value = String(a);
  if (isVisibility(b)) visibility = enumName(b) as MetadataVisibility;
  assertFits(env, sheet, k.length + (value?.length ?? 0));
  env.workbook.developerMetadata.push({
    id: randomInt(1, 2_147_483_647),
    key: k,
    value,
    visibility,
    project: env.projectId,
    sheet,
  });
}

/** The metadata of one location (getDeveloperMetadata), as this project sees it. */
export function metadataAt(env: Env, sheet: SheetModel | null): DeveloperMetadataImpl[] {
  return env.workbook.developerMetadata
    .filter((m) => m.sheet === sheet && visibleTo(env, m))
    .map((m) => new DeveloperMetadataImpl(env, m));
}

export class DeveloperMetadataLocationImpl extends ServiceObject {
  readonly _className = 'DeveloperMetadataLocation';
  constructor(
    private readonly env: Env,
    private readonly model: DeveloperMetadataModel,
  ) {
    super();
  }
  getLocationType(): unknown {
    return DeveloperMetadataLocationType._get(this.model.sheet ? 'SHEET' : 'SPREADSHEET');
  }
  getSheet(): unknown {
    return this.model.sheet ? new SheetImpl(this.env, this.model.sheet) : null;
  }
  getSpreadsheet(): unknown {
    return this.model.sheet ? null : new SpreadsheetImpl(this.env);
  }
}

export class DeveloperMetadataImpl extends ServiceObject {
  readonly _className = 'DeveloperMetadata';
  constructor(
    private readonly env: Env,
    readonly _model: DeveloperMetadataModel,
  ) {
    super();
  }
  private live(): DeveloperMetadataModel {
    if (!this.env.workbook.developerMetadata.includes(this._model))
      throw new Error('Requested entity was not found.');
    return this._model;
  }
  getId(): number {
    return this._model.id;
  }
  getKey(): string {
    return this.live().key;
  }
  getValue(): string | null {
    return this.live().value;
  }
  getVisibility(): unknown {
    return DeveloperMetadataVisibility._get(this.live().visibility);
  }
  getLocation(): DeveloperMetadataLocationImpl {
    return new DeveloperMetadataLocationImpl(this.env, this.live());
  }
  setKey(key: unknown): this {
    const m = this.live();
    const k = String(key ?? '');
    if (k === '') throw new Error('Invalid argument: key');
    assertFits(this.env, m.sheet, k.length + (m.value?.length ?? 0), m);
    m.key = k;
    return this;
  }
  setValue(value: unknown): this {
    const m = this.live();
    const v = value === null || value === undefined ? null : String(value);
    assertFits(this.env, m.sheet, m.key.length + (v?.length ?? 0), m);
    m.value = v;
    return this;
  }
  setVisibility(v: unknown): this {
    this.live().visibility = enumName(v) as MetadataVisibility;
    return this;
  }
  remove(): void {
    const list = this.env.workbook.developerMetadata;
    const i = list.indexOf(this.live());
    list.splice(i, 1);
  }
}

export class DeveloperMetadataFinderImpl extends ServiceObject {
  readonly _className = 'DeveloperMetadataFinder';
  private readonly tests: Array<(m: DeveloperMetadataModel) => boolean> = [];
  constructor(
    private readonly env: Env,
    /** undefined: the whole spreadsheet (every location). */
    private readonly sheet: SheetModel | undefined,
  ) {
    super();
  }
  withKey(key: unknown): this {
    const k = String(key);
    this.tests.push((m) => m.key === k);
    return this;
  }
  withValue(value: unknown): this {
    const v = String(value);
    this.tests.push((m) => m.value === v);
    return this;
  }
  withId(id: unknown): this {
    const n = Number(id);
    this.tests.push((m) => m.id === n);
    return this;
  }
  withVisibility(v: unknown): this {
    const name = enumName(v);
    this.tests.push((m) => m.visibility === name);
    return this;
  }
  withLocationType(t: unknown): this {
    const name = enumName(t);
    this.tests.push((m) => (m.sheet ? 'SHEET' : 'SPREADSHEET') === name);
    return this;
  }
  find(): DeveloperMetadataImpl[] {
    return this.env.workbook.developerMetadata
      .filter((m) => this.sheet === undefined || m.sheet === this.sheet)
      .filter((m) => visibleTo(this.env, m) && this.tests.every((t) => t(m)))
      .map((m) => new DeveloperMetadataImpl(this.env, m));
  }
}
