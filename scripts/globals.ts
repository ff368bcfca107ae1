// Generates the top-level Apps Script functions (Code.js) that forward to the lazy bundle.
//
// Apps Script only sees top-level `function` declarations: menu items, triggers (onOpen),
// google.script.run and custom functions all call a global by name. The bundle is an IIFE, so
// every export of the entry gets a one-line wrapper with the same name, the same parameter names
// and the same JSDoc (Apps Script reads `@customfunction` and `@param` from it).
import path from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';

export interface GlobalFunction {
  /** The export name, which becomes the Apps Script global. */
  name: string;
  /** Parameter names as written in the wrapper (`...rest` for a rest parameter). */
  params: string[];
  /** The JSDoc block copied from the source, or null when the export has none. */
  jsDoc: string | null;
  /** The JSDoc carries `@customfunction`. */
  isCustomFunction: boolean;
}

export interface GlobalsResult {
  globals: GlobalFunction[];
  /** The wrapper functions, ready to be placed at the top level of Code.js. */
  code: string;
}

export class GlobalsError extends Error {
  override name = 'GlobalsError';
}

/** The private accessor of the lazy bundle in Code.js (trailing underscore: private in Apps Script). */
export const BUNDLE_ACCESSOR = '__sauro_';
/** The private variable that memoises the bundle's exports. */
export const BUNDLE_CACHE = '__sauro_mod_';

/** Apps Script globals an export must not shadow (a top-level function would replace them). */
const APPS_SCRIPT_GLOBALS = [
  'AdminDirectory',
  'Browser',
  'CacheService',
  'CalendarApp',
  'CardService',
  'Charts',
  'ContactsApp',
  'ContentService',
  'DataStudioApp',
  'DocumentApp',
  'DriveApp',
  'FormApp',
  'GmailApp',
  'GroupsApp',
  'HtmlService',
  'Jdbc',
  'LanguageApp',
  'LinearOptimizationService',
  'LockService',
  'Logger',
  'MailApp',
  'Maps',
  'MimeType',
  'PropertiesService',
  'ScriptApp',
  'Session',
  'SitesApp',
  'SlidesApp',
  'SpreadsheetApp',
  'UrlFetchApp',
  'Utilities',
  'XmlService',
  'console',
];

let reservedNames: Set<string> | undefined;
function isReserved(name: string): boolean {
  reservedNames ??= new Set<string>([
    BUNDLE_ACCESSOR,
    BUNDLE_CACHE,
    'arguments',
    'eval',
    ...APPS_SCRIPT_GLOBALS,
    // Every standard built-in (Object, JSON, Math, ...), read from a pristine realm.
    ...(vm.runInNewContext('Object.getOwnPropertyNames(globalThis)') as string[]),
  ]);
  return reservedNames.has(name);
}

const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  allowImportingTsExtensions: true,
  resolveJsonModule: true,
  allowJs: true,
  skipLibCheck: true,
  noEmit: true,
};

/** One exported name of the entry, in source order, with the main.ts node that exports it. */
interface ExportSite {
  name: string;
  /** The node of main.ts whose JSDoc documents this export, if any. */
  docNode: ts.Node | undefined;
  /** For error messages: how main.ts exports it. */
  via: string;
}

/**
 * Reads the entry with the TypeScript checker and returns one wrapper per exported function,
 * in the order the exports appear in the entry. Throws GlobalsError for anything that can't be
 * an Apps Script global (classes, constants, default exports, unresolved re-exports).
 */
export function generateGlobals(entry: string, root = process.cwd()): GlobalsResult {
  const entryPath = path.resolve(root, entry);
  const shown = path.relative(root, entryPath) || entryPath;
  const program = ts.createProgram({ rootNames: [entryPath], options: compilerOptions });
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(entryPath);
  if (!sourceFile) throw new GlobalsError(`${shown}: entry not found`);
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  if (!moduleSymbol) return { globals: [], code: '' }; // not a module: exports nothing

  const exportsByName = new Map<string, ts.Symbol>();
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    exportsByName.set(symbol.name, symbol);
  }

  const errors: { line: number; message: string }[] = [];
  const fail = (node: ts.Node, message: string): void => {
    const { line } = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile));
    errors.push({ line: line + 1, message: `${shown}:${line + 1}: ${message}` });
  };

  const sites = listExportSites(sourceFile, checker, fail);
  const globals: GlobalFunction[] = [];
  const seen = new Set<string>();
  for (const site of sites) {
    if (seen.has(site.name)) continue;
    seen.add(site.name);
    const fail1 = (message: string): void =>
      fail(site.docNode ?? sourceFile, `export "${site.name}" (${site.via}) ${message}`);
    const exported = exportsByName.get(site.name);
    if (!exported) {
      // Shadowed or ambiguous names of `export *` are not exports at all.
      continue;
    }
    const target =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!target.declarations || target.declarations.length === 0) {
      fail1('cannot be resolved: is the module missing, or does it not export this name?');
      continue;
    }
    if ((target.flags & ts.SymbolFlags.Value) === 0) continue; // a type: erased, nothing to wrap
    const fn = describeFunction(target, checker);
    if (!fn) {
      fail1(
        `is ${kindOf(target)}, not a function; only functions can become Apps Script globals — move it out of the entry`,
      );
      continue;
    }
    if (!/^[A-Za-z_$][\w$]*$/.test(site.name)) {
      fail1('is not a plain ASCII identifier, which an Apps Script global needs');
      continue;
    }
    if (isReserved(site.name)) {
      fail1('would shadow a JavaScript or Apps Script global of the same name; rename it');
      continue;
    }
    const jsDoc = (site.docNode && jsDocOf(site.docNode)) ?? fn.jsDoc;
    globals.push({
      name: site.name,
      params: fn.params,
      jsDoc,
      isCustomFunction: jsDoc !== null && /@customfunction\b/.test(jsDoc),
    });
  }

  // Anything the checker sees as a value export but the walk above missed is a bug here.
  for (const [name, symbol] of exportsByName) {
    if (seen.has(name) || name === 'default') continue; // default: reported by the walk
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (target.flags & ts.SymbolFlags.Value) {
      errors.push({
        line: Infinity,
        message: `${shown}: export "${name}" has a form the wrapper generator doesn't handle`,
      });
    }
  }

  if (errors.length > 0) {
    errors.sort((a, b) => a.line - b.line);
    throw new GlobalsError(errors.map((e) => e.message).join('\n'));
  }
  return { globals, code: renderWrappers(globals) };
}

/** The wrappers, one per global, each preceded by its JSDoc. */
export function renderWrappers(globals: readonly GlobalFunction[]): string {
  return globals
    .map((g) => {
      const wrapper = `function ${g.name}(${g.params.join(', ')}) { return ${BUNDLE_ACCESSOR}().${g.name}.apply(this, arguments); }`;
      return g.jsDoc ? `${g.jsDoc}\n${wrapper}` : wrapper;
    })
    .join('\n\n');
}

/** Walks the entry's statements and lists exported names in source order. */
function listExportSites(
  sourceFile: ts.SourceFile,
  checker: ts.TypeChecker,
  fail: (node: ts.Node, message: string) => void,
): ExportSite[] {
  const sites: ExportSite[] = [];
  for (const statement of sourceFile.statements) {
    if (ts.isExportDeclaration(statement)) {
      if (statement.isTypeOnly) continue;
      const from = statement.moduleSpecifier;
      const fromText = from && ts.isStringLiteral(from) ? ` from '${from.text}'` : '';
      const via = from ? `re-exported${fromText}` : 'exported by the entry';
      const clause = statement.exportClause;
      if (!clause) {
        // export * from './x.ts'
        const target = from && checker.getSymbolAtLocation(from);
        if (!target) {
          fail(statement, `cannot resolve module of \`export *${fromText}\``);
          continue;
        }
        for (const symbol of checker.getExportsOfModule(target)) {
          sites.push({ name: symbol.name, docNode: undefined, via: `export *${fromText}` });
        }
      } else if (ts.isNamespaceExport(clause)) {
        sites.push({ name: clause.name.text, docNode: statement, via });
      } else {
        const valueElements = clause.elements.filter((e) => !e.isTypeOnly);
        for (const element of clause.elements) {
          if (element.isTypeOnly) continue;
          // A JSDoc on the specifier wins; one on the statement counts when it exports one name.
          const docNode =
            jsDocOf(element) !== null || valueElements.length > 1 ? element : statement;
          sites.push({ name: element.name.text, docNode, via });
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      fail(
        statement,
        statement.isExportEquals
          ? '`export =` is not supported in the entry'
          : 'a default export has no name, so it cannot become an Apps Script global; use a named export',
      );
    } else if (hasExportModifier(statement)) {
      if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) continue;
      if (hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) {
        fail(statement, 'a default export cannot become an Apps Script global; use a named export');
        continue;
      }
      if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          const docNode =
            statement.declarationList.declarations.length === 1 ? statement : declaration;
          for (const name of bindingNames(declaration.name)) {
            sites.push({ name, docNode, via: 'declared in the entry' });
          }
        }
      } else if (
        (ts.isFunctionDeclaration(statement) ||
          ts.isClassDeclaration(statement) ||
          ts.isEnumDeclaration(statement)) &&
        statement.name
      ) {
        sites.push({ name: statement.name.text, docNode: statement, via: 'declared in the entry' });
      } else if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) {
        sites.push({ name: statement.name.text, docNode: statement, via: 'declared in the entry' });
      }
    }
  }
  return sites;
}

interface FunctionShape {
  params: string[];
  jsDoc: string | null;
}

/** Parameter names and JSDoc of a function-valued symbol, or undefined if it is not callable. */
function describeFunction(symbol: ts.Symbol, checker: ts.TypeChecker): FunctionShape | undefined {
  const declarations = symbol.declarations ?? [];
  const functionLikes = declarations
    .map((d) => ({ declaration: d, fn: functionLikeOf(d) }))
    .filter((x): x is { declaration: ts.Declaration; fn: ts.SignatureDeclaration } => !!x.fn);
  const isClassOrEnum = (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Enum)) !== 0;

  if (functionLikes.length > 0 && !isClassOrEnum) {
    // Overloads: parameter names from the implementation, JSDoc from the first documented one.
    const implementation =
      functionLikes.find((x) => 'body' in x.fn && x.fn.body !== undefined) ?? functionLikes[0]!;
    const jsDoc =
      functionLikes.map((x) => jsDocOf(jsDocHost(x.declaration))).find((d) => d !== null) ?? null;
    return { params: paramNames(implementation.fn.parameters), jsDoc };
  }

  if ((symbol.flags & ts.SymbolFlags.Variable) === 0) return undefined;
  // A variable holding something callable (`export const f = wrap(g)`): use its call signature.
  const declaration = symbol.valueDeclaration ?? declarations[0];
  if (!declaration) return undefined;
  const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
  const signature = type.getCallSignatures()[0];
  if (!signature) return undefined;
  const params: string[] = [];
  for (const [i, parameter] of signature.getParameters().entries()) {
    const decl = parameter.valueDeclaration;
    const rest = !!decl && ts.isParameter(decl) && !!decl.dotDotDotToken;
    const name = /^__\d+$/.test(parameter.name) ? `arg${i}` : parameter.name;
    params.push(uniqueName(rest ? `...${name}` : name, params));
  }
  return { params, jsDoc: jsDocOf(jsDocHost(declaration)) };
}

function functionLikeOf(declaration: ts.Declaration): ts.SignatureDeclaration | undefined {
  if (ts.isFunctionDeclaration(declaration)) return declaration;
  const value = ts.isVariableDeclaration(declaration)
    ? declaration.initializer
    : ts.isExportAssignment(declaration)
      ? declaration.expression
      : undefined;
  if (!value) return undefined;
  const inner = unwrapExpression(value);
  return ts.isArrowFunction(inner) || ts.isFunctionExpression(inner) ? inner : undefined;
}

function unwrapExpression(expression: ts.Expression): ts.Expression {
  let current = expression;
  while (
    ts.isParenthesizedExpression(current) ||
    ts.isAsExpression(current) ||
    ts.isSatisfiesExpression(current) ||
    ts.isTypeAssertionExpression(current)
  ) {
    current = current.expression;
  }
  return current;
}

function paramNames(parameters: readonly ts.ParameterDeclaration[]): string[] {
  const names: string[] = [];
  let index = 0;
  for (const parameter of parameters) {
    if (ts.isIdentifier(parameter.name) && parameter.name.text === 'this') continue; // TS-only
    const base = ts.isIdentifier(parameter.name) ? parameter.name.text : `arg${index}`;
    names.push(uniqueName(parameter.dotDotDotToken ? `...${base}` : base, names));
    index += 1;
  }
  return names;
}

function uniqueName(candidate: string, taken: readonly string[]): string {
  const bare = (n: string): string => n.replace(/^\.\.\./, '');
  let name = candidate;
  while (taken.some((t) => bare(t) === bare(name))) name = `${name}_`;
  return name;
}

/** The node a JSDoc is attached to: a `const` is documented on its statement. */
function jsDocHost(declaration: ts.Node): ts.Node {
  if (
    ts.isVariableDeclaration(declaration) &&
    ts.isVariableDeclarationList(declaration.parent) &&
    declaration.parent.declarations.length === 1 &&
    ts.isVariableStatement(declaration.parent.parent)
  ) {
    return declaration.parent.parent;
  }
  return declaration;
}

/**
 * The last `/** … *\/` comment right before a node, copied verbatim except that the
 * indentation of its first line is removed from every line (so it lands at column 0).
 */
export function jsDocOf(node: ts.Node): string | null {
  const sourceFile = node.getSourceFile();
  const text = sourceFile.text;
  const ranges = ts.getLeadingCommentRanges(text, node.pos) ?? [];
  const docs = ranges.filter(
    (r) =>
      r.kind === ts.SyntaxKind.MultiLineCommentTrivia &&
      text.startsWith('/**', r.pos) &&
      !text.startsWith('/**/', r.pos),
  );
  const last = docs[docs.length - 1];
  if (!last) return null;
  const column = last.pos - text.lastIndexOf('\n', last.pos - 1) - 1;
  const lines = text.slice(last.pos, last.end).split(/\r?\n/);
  return lines
    .map((line, i) => {
      if (i === 0) return line;
      const indent = /^[ \t]*/.exec(line)?.[0].length ?? 0;
      return line.slice(Math.min(indent, column));
    })
    .join('\n');
}

function bindingNames(name: ts.BindingName): string[] {
  if (ts.isIdentifier(name)) return [name.text];
  const names: string[] = [];
  for (const element of name.elements) {
    if (ts.isBindingElement(element)) names.push(...bindingNames(element.name));
  }
  return names;
}

function hasModifier(node: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);
}

function hasExportModifier(node: ts.Node): boolean {
  return hasModifier(node, ts.SyntaxKind.ExportKeyword);
}

function kindOf(symbol: ts.Symbol): string {
  if (symbol.flags & ts.SymbolFlags.Class) return 'a class';
  if (symbol.flags & ts.SymbolFlags.Enum) return 'an enum';
  if (symbol.flags & ts.SymbolFlags.ValueModule) return 'a namespace';
  if (symbol.flags & ts.SymbolFlags.Variable) return 'a non-callable value';
  return 'not a function';
}
