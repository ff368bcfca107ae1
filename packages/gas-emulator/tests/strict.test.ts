// Rules where Google Sheets is stricter than a naive emulator: spreadsheet time zone, custom
// functions (cache, volatile arguments, clock), install state, google.script.run, protections,
// ES2020 built-ins, the execution budget and the vi_VN locale.
import { describe, expect, it } from 'vitest';
import {
  createRuntime,
  createWorkbook,
  loadXlsx,
  saveXlsx,
  takeWarnings,
  type Runtime,
  type Workbook,
} from '../src/index.ts';
import { formulaFromLocale, parseInput } from '../src/inputParse.ts';

process.env.TZ = 'Asia/Ho_Chi_Minh';

const HELPERS = `
function sh() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
function run(src) { return eval('(function(){' + src + '})')(); }
function set(a1, v) { sh().getRange(a1).setValue(v); }
function get(a1) { return sh().getRange(a1).getValue(); }
function show(a1) { return sh().getRange(a1).getDisplayValue(); }
`;

function load(extra = '', opts: { workbook?: Workbook; user?: string; installed?: boolean } = {}) {
  return createRuntime({
    workbook: opts.workbook ?? createWorkbook('Test'),
    bundleCode: HELPERS + extra,
    addonName: 'My Add-on',
    ...(opts.user !== undefined ? { user: opts.user } : {}),
    ...(opts.installed !== undefined ? { installed: opts.installed } : {}),
  });
}

const run = <T = unknown>(rt: Runtime, src: string): T => rt.runFunction<T>('run', src);

describe('the spreadsheet time zone', () => {
  const FNS = `
/** @customfunction */
function DAY_TEXT(d) { return Utilities.formatDate(d, SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone(), 'yyyy-MM-dd HH:mm'); }
/** @customfunction */
function NOON_UTC(y, m, d) { return new Date(Date.UTC(y, m - 1, d, 12)); }
`;
  for (const [zone, offsetHours] of [
    ['Etc/GMT', 0],
    ['Asia/Tokyo', 9],
    ['America/New_York', -4],
  ] as const) {
    it(`converts Dates through the spreadsheet's zone (${zone}), not the script's`, () => {
      const workbook = createWorkbook('Z', { timeZone: zone });
      const rt = load(FNS, { workbook });
      const out = run<unknown[]>(
        rt,
        `var ss = SpreadsheetApp.getActiveSpreadsheet();
         sh().getRange('A1').setValue('30/06/2026');
         sh().getRange('B1').setValue(new Date(Date.UTC(2026, 5, 30, 12)));
         sh().getRange('C1').setFormula('=DAY_TEXT(A1)');
         sh().getRange('D1').setFormula('=NOON_UTC(2026, 6, 30)');
         sh().getRange('D1').setNumberFormat('yyyy-mm-dd hh:mm');
         return [ss.getSpreadsheetTimeZone(), Session.getScriptTimeZone(),
           sh().getRange('A1').getValue().getTime(), sh().getRange('B1').getDisplayValue(),
           sh().getRange('C1').getValue(), sh().getRange('D1').getDisplayValue()];`,
      );
      const midnight = Date.UTC(2026, 5, 30) - offsetHours * 3600_000;
      const noon = `2026-06-30 ${String(12 + offsetHours).padStart(2, '0')}:00`;
      expect(out).toEqual([
        zone,
        'Asia/Ho_Chi_Minh',
        midnight,
        `30/06/2026 ${String(12 + offsetHours).padStart(2, '0')}:00:00`,
        '2026-06-30 00:00',
        noon,
      ]);
    });
  }

  it('gives TODAY() in the spreadsheet zone, and keeps the zone and locale in .xlsx', async () => {
    // 23:30 UTC on 30 June: already 1 July in Tokyo, still 30 June in GMT.
    const now = () => new Date(Date.UTC(2026, 5, 30, 23, 30));
    const tokyo = createRuntime({
      workbook: createWorkbook('T', { timeZone: 'Asia/Tokyo', locale: 'vi_VN' }),
      bundleCode: HELPERS,
      now,
    });
    const gmt = createRuntime({
      workbook: createWorkbook('G', { timeZone: 'Etc/GMT' }),
      bundleCode: HELPERS,
      now,
    });
    for (const rt of [tokyo, gmt]) rt.runFunction('set', 'A1', '=TODAY()');
    expect(tokyo.runFunction('show', 'A1')).toBe('01/07/2026');
    expect(gmt.runFunction('show', 'A1')).toBe('30/06/2026');
    const path = `/tmp/i9/zone-${process.pid}.xlsx`;
    await saveXlsx(tokyo.workbook, path);
    const back = await loadXlsx(path);
    expect([back.timeZone, back.locale]).toEqual(['Asia/Tokyo', 'vi_VN']);
  });

  it('lets a custom function read the zone, but not the cells', () => {
    const rt = load(`/** @customfunction */
function PEEK() { return SpreadsheetApp.getActiveSpreadsheet().getSheets().length; }`);
    rt.runFunction('set', 'A1', '=PEEK()');
    expect(rt.runFunction('get', 'A1')).toBe('#ERROR!');
  });
});

describe('custom functions', () => {
  const FNS = `
/** @customfunction */
function TWICE(x) { return Array.isArray(x) ? x.map(function (r) { return [r[0] * 2]; }) : x * 2; }
/** @customfunction */
function STAMP(x) { return Utilities.formatDate(new Date(), 'Etc/GMT', 'yyyy-MM-dd') + ' ' + x; }
`;
  const evaluations = (rt: Runtime, name: string) =>
    rt.executions.filter((e) => e.name === name && e.mode === 'CUSTOM_FUNCTION').length;

  it('are cached by argument values: same arguments, no new execution', () => {
    const rt = load(FNS);
    run(rt, `set('A1', 3); set('B1', '=TWICE(A1)'); set('C1', '=TWICE(3)');`);
    expect(run(rt, `return [get('B1'), get('C1')];`)).toEqual([6, 6]);
    expect(evaluations(rt, 'TWICE')).toBe(1);
    rt.runFunction('set', 'A1', 4);
    rt.runFunction('set', 'A1', 3);
    expect(rt.runFunction('get', 'B1')).toBe(6);
    expect(evaluations(rt, 'TWICE')).toBe(2); // 4 was new; 3 came from the cache
  });

  for (const [what, setup, formula] of [
    ['TODAY() written in the call', '', '=TWICE(TODAY())'],
    ['NOW() in a referenced cell', "set('A1', '=NOW()');", '=TWICE(A1)'],
    ['RAND() two references away', "set('A1', '=RAND()'); set('A2', '=A1*10');", '=TWICE(A2)'],
    [
      'RANDBETWEEN() inside a referenced range',
      "set('A1', 1); set('A2', '=RANDBETWEEN(1,9)');",
      '=TWICE(A1:A2)',
    ],
    [
      'TODAY() behind a named range',
      "set('A1', '=TODAY()'); SpreadsheetApp.getActiveSpreadsheet().setNamedRange('DAY', sh().getRange('A1'));",
      '=TWICE(DAY)',
    ],
  ] as const) {
    it(`refuse a volatile argument: ${what}`, () => {
      const rt = load(FNS);
      run(rt, `${setup} set('C1', '${formula}');`);
      expect(rt.runFunction('get', 'C1')).toBe('#ERROR!');
      expect(rt.workbook.engine.errorMessageAt({ sheet: 0, row: 0, col: 2 })).toMatch(
        /^This function is not allowed to reference a cell with NOW\(\), RAND\(\), or RANDBETWEEN\(\)\./,
      );
      expect(evaluations(rt, 'TWICE')).toBe(0);
    });
  }

  it('take a non-volatile date cell', () => {
    const rt = load(FNS);
    run(rt, `set('A1', 5); set('A2', '=DATE(2026,6,30)'); set('C1', '=TWICE(A1)');`);
    expect(rt.runFunction('get', 'C1')).toBe(10);
  });

  it('are flagged when they read the clock', () => {
    takeWarnings();
    const rt = load(FNS, {});
    rt.runFunction('set', 'A1', '=STAMP("x")');
    run(rt, `return new Date().getTime();`); // a normal execution may read it
    const warnings = takeWarnings();
    expect(warnings.map((w) => [w.kind, w.function])).toEqual([
      ['clock-in-custom-function', 'STAMP'],
    ]);
    expect(warnings[0]?.message).toMatch(/caches a custom function's result by its arguments/);
  });
});

describe('install state', () => {
  const ADDON = `
function onOpen() { SpreadsheetApp.getUi().createAddonMenu().addItem('Go', 'go').addToUi(); }
function go() { return 'went'; }
/** @customfunction */
function DOUBLE(x) { return [[x * 2], [x * 3]]; }
`;
  it('a user without the add-on has no menu, cannot run it, and sees its cells as errors', () => {
    const workbook = createWorkbook('Shared');
    const owner = load(ADDON, { workbook, user: 'owner@example.com' });
    owner.runTrigger('onOpen', 'FULL');
    run(owner, `set('A1', 2); set('B1', '=DOUBLE(A1)'); set('C1', '=A1+1');`);
    const unit = load(ADDON, { workbook, user: 'unit@example.com', installed: false });
    unit.runTrigger('onOpen', 'FULL');
    expect(owner.ui.menus.map((m) => m.title)).toEqual(['My Add-on']);
    expect(unit.ui.menus).toEqual([]);
    expect(() => unit.call('go')).toThrow('My Add-on is not installed for unit@example.com');
    const mine = owner.view().sheets[0]?.cells;
    const theirs = unit.view().sheets[0]?.cells;
    expect([mine?.[0]?.[1]?.v, mine?.[1]?.[1]?.v, mine?.[0]?.[2]?.v]).toEqual(['4', '6', '3']);
    expect(theirs?.[0]?.[1]).toMatchObject({ v: '#NAME?', error: "Unknown function: 'double'." });
    expect(theirs?.[1]?.[1] ?? null).toBeNull();
    expect(theirs?.[0]?.[2]?.v).toBe('3');
    unit.setInstalled(true);
    expect(unit.call('go')).toBe('went');
    expect(unit.view().sheets[0]?.cells[0]?.[1]?.v).toBe('4');
  });
});

describe('google.script.run', () => {
  const SERVER = `
function echo(x) { return x; }
function when() { return { at: new Date(0) }; }
function range() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1'); }
function fail() { var e = new Error('Không được'); e.en = 'Not allowed'; e.where = { row: 3 }; throw e; }
`;
  it('refuses Dates and other non-plain values both ways, and passes only the message of an error', () => {
    const rt = load(SERVER);
    expect(rt.call('echo', { a: [1, 'x', null, true] })).toEqual({ a: [1, 'x', null, true] });
    expect(() => rt.call('echo', { at: new Date() })).toThrow(
      'Failed due to illegal value in property: 0.at (a Date)',
    );
    expect(() => rt.call('echo', [() => 1])).toThrow('illegal value in property: 0.0 (a function)');
    expect(() => rt.call('echo', new Map())).toThrow('(a Map)');
    expect(() => rt.call('when')).toThrow(
      /when returned a Date at "at"; Sheets hands the page null/,
    );
    expect(() => rt.call('range')).toThrow(/range returned an object that is not plain|a Range/);
    let caught: unknown;
    try {
      rt.call('fail');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Error);
    expect({ ...(caught as object) }).toEqual({});
    expect((caught as Error).message).toBe('Không được');
    // A host harness (runFunction) keeps the error's own fields and any value.
    expect(() => rt.runFunction('fail')).toThrow(expect.objectContaining({ en: 'Not allowed' }));
    expect(rt.runFunction<{ at: Date }>('when').at).toBeInstanceOf(Date);
  });
});

describe('protections', () => {
  const CODE = `
function protect(editors) {
  var p = sh().getRange('A1:B2').protect();
  p.addEditors(editors);
  return p.getEditors().map(function (u) { return u.getEmail(); });
}
function dropAll() {
  var p = sh().getProtections(SpreadsheetApp.ProtectionType.RANGE)[0];
  p.removeEditors(p.getEditors());
  return p.getEditors().map(function (u) { return u.getEmail(); });
}
function dropByEmail() {
  var p = sh().getProtections(SpreadsheetApp.ProtectionType.RANGE)[0];
  var emails = p.getEditors().map(function (u) { return u.getEmail(); }).filter(function (e) { return e !== ''; });
  p.removeEditors(emails);
  return p.getEditors().length;
}
function domainEdit() { sh().getRange('C1').protect().setDomainEdit(false); return 'ok'; }
`;
  it('never removes the owner or the current user', () => {
    const workbook = createWorkbook('P');
    load('', { workbook, user: 'owner@x.vn' });
    const me = load(CODE, { workbook, user: 'me@x.vn' });
    me.call('protect', ['a@x.vn', 'b@x.vn']);
    expect(me.call('dropAll')).toEqual(['owner@x.vn', 'me@x.vn']);
  });

  it('gives a blank email for hidden users: only removeEditors(getEditors()) removes them', () => {
    const workbook = createWorkbook('P');
    workbook.hiddenEmails.add('hidden@other.vn');
    const rt = load(CODE, { workbook, user: 'owner@x.vn' });
    expect(rt.call('protect', ['hidden@other.vn', 'a@x.vn'])).toEqual(['owner@x.vn', '', 'a@x.vn']);
    expect(rt.call('dropByEmail')).toBe(2); // the owner, and the hidden editor who keeps access
    expect(rt.call('dropAll')).toEqual(['owner@x.vn']);
  });

  it('throws on setDomainEdit outside a Workspace domain', () => {
    const consumer = load(CODE);
    expect(() => consumer.call('domainEdit')).toThrow(/Google Workspace domain/);
    const workbook = createWorkbook('D');
    workbook.domain = 'camgiang.gov.vn';
    expect(load(CODE, { workbook }).call('domainEdit')).toBe('ok');
  });
});

describe('ES2020 built-ins only', () => {
  it('removes newer built-ins from the vm', () => {
    const rt = load();
    expect(
      run(
        rt,
        `return [typeof [].at, typeof ''.at, typeof ''.replaceAll, typeof Object.hasOwn,
          typeof [].findLast, typeof [].toSorted, typeof Promise.any, typeof WeakRef,
          typeof Object.groupBy, typeof [].values().map, typeof [].flat, typeof ''.matchAll,
          typeof Promise.allSettled, typeof globalThis, typeof BigInt];`,
      ),
    ).toEqual([
      ...Array<string>(10).fill('undefined'),
      'function',
      'function',
      'function',
      'object',
      'function',
    ]);
    expect(() => run(rt, `return [1, 2].at(-1);`)).toThrow(/at is not a function/);
  });
});

describe('execution budget', () => {
  const LOOP = `
function loop(n) { var s = sh(); for (var i = 0; i < n; i++) s.getName(); return n; }
/** @customfunction */
function SLOW(n) { for (var i = 0; i < n; i++) SpreadsheetApp.getActiveSpreadsheet(); return n; }
`;
  it('counts each execution and projects 50 ms a call', () => {
    const rt = load(LOOP);
    rt.call('loop', 99);
    const last = rt.executions.at(-1);
    expect(last).toMatchObject({ name: 'loop', mode: 'FULL', calls: 101, projectedSeconds: 5.1 });
    expect(last?.byMethod).toEqual({
      'Sheet.getName': 99,
      'Spreadsheet.getSheets': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(rt.stats()).toEqual({
      calls: 101,
      byMethod: last?.byMethod,
      projectedSeconds: 5.1,
    });
  });

  it('stops an execution past 6 minutes and a custom function past 30 s', () => {
    const rt = load(LOOP);
    expect(rt.call('loop', 7000)).toBe(7000); // 7,002 calls: 350.1 s
    expect(() => rt.call('loop', 7200)).toThrow('Exceeded maximum execution time');
    rt.runFunction('set', 'A1', '=SLOW(600)');
    rt.runFunction('set', 'A2', '=SLOW(601)');
    expect(rt.runFunction('get', 'A1')).toBe(600);
    expect(rt.runFunction('get', 'A2')).toBe('#ERROR!');
    const free = createRuntime({
      workbook: createWorkbook(),
      bundleCode: HELPERS + LOOP,
      budget: false,
    });
    expect(free.call('loop', 8000)).toBe(8000);
  });
});

describe('the 10 million cell limit', () => {
  it('refuses rows and sheets past 10,000,000 cells', () => {
    const rt = load();
    // 1000 × 26 cells to start with; 384,000 more rows of 26 columns reach 10,010,000.
    expect(() => run(rt, `sh().insertRowsAfter(1000, 384000);`)).toThrow(
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
    );
    run(rt, `sh().insertRowsAfter(1000, 383000);`); // 9,984,000 cells
    expect(() => run(rt, `SpreadsheetApp.getActiveSpreadsheet().insertSheet('More');`)).toThrow(
      /limit of 10000000 cells/,
    );
  });
});

describe('vi_VN locale', () => {
  it('reads typed numbers with a decimal comma and a thousands dot', () => {
    const cases: Array<[string, unknown]> = [
      ['1,5', 1.5],
      ['1.000', 1000],
      ['1.000,5', 1000.5],
      ['-12', -12],
      ['70,5%', 0.705],
      ['1.5', '1.5'],
      ['1,234.5', '1,234.5'],
      ['15/01/2024', 45306],
    ];
    for (const [typed, want] of cases) {
      const p = parseInput(typed, undefined, 'vi_VN', true);
      expect(p.kind === 'number' ? p.value : p.kind === 'text' ? p.text : p, typed).toEqual(want);
    }
    expect(parseInput('1,5', undefined, 'en_GB', true)).toEqual({ kind: 'text', text: '1,5' });
  });

  it('takes ; between the arguments of a typed formula', () => {
    expect(formulaFromLocale('=ROUND(1,5;0)', 'vi_VN')).toBe('=ROUND(1.5,0)');
    expect(formulaFromLocale(`=IF(A1="a;b";'Đơn vị, 2'!B1;2,5)`, 'vi_VN')).toBe(
      `=IF(A1="a;b",'Đơn vị, 2'!B1,2.5)`,
    );
    expect(parseInput('=SUM(1;2)', undefined, 'vi_VN', true)).toEqual({
      kind: 'formula',
      formula: '=SUM(1,2)',
    });
  });

  it('reads values written by a script in the locale and shows numbers the vi_VN way', () => {
    const rt = load('', { workbook: createWorkbook('V', { locale: 'vi_VN' }) });
    const out = run(
      rt,
      `set('A1', '1,5'); set('A2', '1.000'); sh().getRange('A3').setValue(1234.5).setNumberFormat('#,##0.00');
       return [get('A1'), get('A2'), show('A1'), show('A3'), SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()];`,
    );
    expect(out).toEqual([1.5, 1000, '1,5', '1.234,50', 'vi_VN']);
  });
});
