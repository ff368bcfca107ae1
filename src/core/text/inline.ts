// Text as converters leave it (LaTeX, markdown, look-alike symbols), made plain with offsets kept.

/**
 * Undoes what converters leave in text, keeping offsets meaningful afterwards:
 * LaTeX ("$\geq 10\%$"), markdown bold, odd spaces, look-alike symbols.
 * Does not trim bullets; idempotent.
 */
export function cleanInline(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/\$/g, '')
    .replace(/\\(?:geqslant|geq|ge)(?![A-Za-z])/g, '≥')
    .replace(/\\(?:leqslant|leq|le)(?![A-Za-z])/g, '≤')
    .replace(/\\gt(?![A-Za-z])/g, '>')
    .replace(/\\lt(?![A-Za-z])/g, '<')
    .replace(/\\(?:text|mathrm|textrm|mbox)\s*\{([^{}]*)\}/g, '$1')
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/\\(.)/g, '$1')
    .replace(/[\\{}]/g, '')
    .replace(/[≧⩾]/g, '≥')
    .replace(/[≦⩽]/g, '≤')
    .replace(/[％﹪]/g, '%')
    .replace(/＞/g, '>')
    .replace(/＜/g, '<')
    .replace(/＝/g, '=')
    .replace(/\*\*|__/g, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ');
}

/** cleanInline, then trims bullets and stray punctuation at both ends ("90% ." → "90%"). */
export function cleanTarget(text: string): string {
  let s = cleanInline(text).trim();
  for (;;) {
    const t = s
      .replace(/^(?:[-+*–—]\s+|[•·●○▪►]\s*|[,;:.…!?]+\s*)/, '')
      .replace(/[\s,;:.…!?]+$/, '')
      .trim();
    if (t === s) return s;
    s = t;
  }
}
