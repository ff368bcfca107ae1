/**
 * google.script.run's rules for what crosses between the page and the server. Legal values are
 * primitives (number, boolean, string, null) and arrays and plain objects made of them; a Date, a
 * function or any other object is refused, also deep inside. Sheets fails the call for an illegal
 * argument ("Failed due to illegal value in property: …") and hands the page `null` for a result
 * holding one; here both throw, so a test sees it. Of a server error only the message crosses.
 */

function isPlainObject(v: object): boolean {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

function describe(v: unknown): string {
  if (typeof v === 'function') return 'a function';
  if (Object.prototype.toString.call(v) === '[object Date]') return 'a Date';
  if (typeof v === 'bigint' || typeof v === 'symbol') return `a ${typeof v}`;
  const name = (v as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? `a ${name}` : 'an object that is not plain';
}

/** Path of the first illegal value inside `v` ('' for `v` itself), with what it is; null when legal. */
export function illegalValue(v: unknown, path = ''): { path: string; what: string } | null {
  if (v === null || v === undefined) return null;
  const t = typeof v;
  if (t === 'number' || t === 'boolean' || t === 'string') return null;
  if (t !== 'object') return { path, what: describe(v) };
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const bad = illegalValue(v[i], path === '' ? String(i) : `${path}.${i}`);
      if (bad) return bad;
    }
    return null;
  }
  if (!isPlainObject(v as object)) return { path, what: describe(v) };
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    const bad = illegalValue(x, path === '' ? k : `${path}.${k}`);
    if (bad) return bad;
  }
  return null;
}

/** Throws Sheets' error for an argument the page may not send. */
export function checkArguments(args: readonly unknown[]): void {
  args.forEach((a, i) => {
    const bad = illegalValue(a, String(i));
    if (bad) throw new Error(`Failed due to illegal value in property: ${bad.path} (${bad.what})`);
  });
}

/** Throws when a server function's result could not reach the page. */
export function checkResult(name: string, value: unknown): void {
  const bad = illegalValue(value);
  if (bad)
    throw new Error(
      `google.script.run: ${name} returned ${bad.what}${bad.path === '' ? '' : ` at "${bad.path}"`}; Sheets hands the page null instead of such a result`,
    );
}

/** The copy of a legal value the page receives (undefined properties dropped, as JSON does). */
export function transfer<T>(value: T): T {
  return value === undefined ? (null as T) : (JSON.parse(JSON.stringify(value)) as T);
}
