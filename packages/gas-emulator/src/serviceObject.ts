/**
 * Base of every emulated Apps Script object. The bundle never sees these directly: the boundary
 * hands it a Proxy that counts calls, checks auth mode and converts values across realms.
 * Members whose names start with '_' are host-only.
 */
export abstract class ServiceObject {
  abstract readonly _className: string;
  /** Property-style members (enums such as SpreadsheetApp.ProtectionType). */
  _fields(): Record<string, unknown> {
    return {};
  }
  /** Enum values are not service calls. */
  get _counted(): boolean {
    return true;
  }
}

/** One value of an Apps Script enum (e.g. ScriptApp.AuthMode.NONE). */
export class EnumValue extends ServiceObject {
  constructor(
    readonly _className: string,
    private readonly _name: string,
    private readonly _ordinal: number,
  ) {
    super();
  }
  override get _counted(): boolean {
    return false;
  }
  get _value(): string {
    return this._name;
  }
  name(): string {
    return this._name;
  }
  ordinal(): number {
    return this._ordinal;
  }
  override toString(): string {
    return this._name;
  }
  toJSON(): string {
    return this._name;
  }
}

/** An enum type exposed as an object of values. */
export class EnumSet extends ServiceObject {
  private readonly values: Record<string, EnumValue> = {};
  constructor(
    readonly _className: string,
    names: readonly string[],
  ) {
    super();
    names.forEach((n, i) => {
      this.values[n] = new EnumValue(_className, n, i);
    });
  }
  override get _counted(): boolean {
    return false;
  }
  override _fields(): Record<string, unknown> {
    return this.values;
  }
  _get(name: string): EnumValue {
    const v = this.values[name];
    if (!v) throw new Error(`Emulator: ${this._className}.${name} is not defined`);
    return v;
  }
}

/** Name of an enum argument passed back by the script (accepts the value or its name). */
export function enumName(v: unknown): string {
  if (v instanceof EnumValue) return v._value;
  return String(v);
}
