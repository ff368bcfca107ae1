/** Find custom functions the way Sheets does: a JSDoc block with @customfunction right above a function. */
const DECL = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g;

export function findCustomFunctions(code: string): string[] {
  const names: string[] = [];
  for (const m of code.matchAll(DECL)) {
    const doc = m[1] ?? '';
    const name = m[2] ?? '';
    // Names ending in '_' are private in Apps Script and never exposed.
    if (/@customfunction\b/.test(doc) && !name.endsWith('_')) names.push(name);
  }
  return [...new Set(names)];
}
