// Regular expressions with Unicode property escapes (\p{L}, \p{M}, \p{N}…) built when first used.
//
// V8 checks every regex literal's syntax while it parses the code around it, and for a property
// escape that means looking the property up in ICU: about 40 µs each. Code.js has about 80 of
// them, and a cold call parses the file twice (preparsed when it loads, the bundle's functions
// again when it starts), so they cost about 5 ms of a 19 ms cold custom-function call, though
// most of them never run in that call. As a `new RegExp("…", "u")` the pattern is a string that
// V8 skips over, and it is parsed when the expression first runs.
//
// Same behaviour as the literal: a literal makes a new RegExp object each time it is evaluated.
// One without the g or y flag carries no state between uses (exec, test, match, replace and
// search neither read nor write its lastIndex), so it is made once, where the literal stood, and
// kept in an array for the bundle's lifetime; one with g or y is made anew each time, as the
// literal was (V8 caches the parsed pattern by its text, so only the first costs the ICU look-ups).
import ts from 'typescript';

export interface LazyRegExps {
  code: string;
  /** Literals made once and kept (no g or y flag). */
  kept: number;
  /** Literals made each time they are evaluated (g or y flag). */
  remade: number;
}

/** Matches a pattern with a Unicode property escape (\p{…} or \P{…}). */
const PROPERTY_ESCAPE = /\\[pP]\{/;

/**
 * Rewrites the regex literals of `code` (a script or module, minified or not) that hold a Unicode
 * property escape. Literals made once go into `var <cache>=[]`, declared at the start of `code`.
 */
export function lazyUnicodeRegExps(code: string, cache: string): LazyRegExps {
  if (new RegExp(`(?<![\\w$])${cache.replace(/\$/g, '\\$')}(?![\\w$])`).test(code)) {
    throw new Error(`the name ${cache} is already used in the code`);
  }
  const source = ts.createSourceFile(
    'bundle.js',
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  );
  const literals: ts.RegularExpressionLiteral[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) literals.push(node);
    else ts.forEachChild(node, visit);
  };
  visit(source);

  let out = '';
  let from = 0;
  let kept = 0;
  let remade = 0;
  for (const literal of literals) {
    const text = literal.getText(source);
    const slash = text.lastIndexOf('/');
    const pattern = text.slice(1, slash);
    const flags = text.slice(slash + 1);
    if (!PROPERTY_ESCAPE.test(pattern)) continue;
    const make = `new RegExp(${JSON.stringify(pattern)},${JSON.stringify(flags)})`;
    let replacement: string;
    if (/[gy]/.test(flags)) {
      replacement = make;
      remade++;
    } else {
      replacement = `(${cache}[${kept}]||(${cache}[${kept}]=${make}))`;
      kept++;
    }
    const start = literal.getStart(source);
    // `return/…/u.test(s)` → `return new RegExp(…)…`: keep a keyword apart from what follows.
    if (/[\w$]/.test(code.charAt(start - 1))) replacement = ` ${replacement}`;
    out += code.slice(from, start) + replacement;
    from = start + text.length;
  }
  out += code.slice(from);
  if (kept > 0) out = `var ${cache}=[];${out}`;
  return { code: out, kept, remade };
}
