/** PropertiesService: document properties live in the Workbook (and its xlsx); others in memory. */
import type { Env } from '../environment.ts';
import { ServiceObject } from '../serviceObject.ts';

const scriptStores = new Map<string, Map<string, string>>();
const userStores = new Map<string, Map<string, string>>();

function store(map: Map<string, Map<string, string>>, key: string): Map<string, string> {
  let s = map.get(key);
  if (!s) {
    s = new Map();
    map.set(key, s);
  }
  return s;
}

export class PropertiesImpl extends ServiceObject {
  readonly _className = 'Properties';
  constructor(private readonly data: Map<string, string>) {
    super();
  }
  getProperty(key: unknown): string | null {
    return this.data.get(String(key)) ?? null;
  }
  setProperty(key: unknown, value: unknown): this {
    this.data.set(String(key), String(value));
    return this;
  }
  setProperties(props: unknown, deleteAllOthers?: unknown): this {
    if (deleteAllOthers) this.data.clear();
    for (const [k, v] of Object.entries((props ?? {}) as Record<string, unknown>))
      this.data.set(k, String(v));
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this.data);
  }
  getKeys(): string[] {
    return [...this.data.keys()];
  }
  deleteProperty(key: unknown): this {
    this.data.delete(String(key));
    return this;
  }
  deleteAllProperties(): this {
    this.data.clear();
    return this;
  }
}

export class PropertiesServiceImpl extends ServiceObject {
  readonly _className = 'PropertiesService';
  constructor(private readonly env: Env) {
    super();
  }
  getDocumentProperties(): PropertiesImpl {
    return new PropertiesImpl(this.env.workbook.documentProperties);
  }
  getScriptProperties(): PropertiesImpl {
    return new PropertiesImpl(store(scriptStores, this.env.scriptKey));
  }
  getUserProperties(): PropertiesImpl {
    return new PropertiesImpl(
      store(userStores, `${this.env.scriptKey}\u0000${this.env.user.toLowerCase()}`),
    );
  }
}
