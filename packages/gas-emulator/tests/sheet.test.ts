import { describe, expect, it } from 'vitest';
import { createRuntime, createWorkbook, viewWorkbook, type Runtime } from '../src/index.ts';

// Local dates in the bundle follow the script zone (as in Apps Script); pin it whatever the CI's TZ.
process.env.TZ = 'Asia/Ho_Chi_Minh';

const HELPERS = `
function sh() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
function run(src) { return eval('(function(){' + src + '})')(); }
`;

function load(extra = '', user?: string): Runtime {
  return createRuntime({
    workbook: createWorkbook('Test'),
    bundleCode: HELPERS + extra,
    ...(user !== undefined ? { user } : {}),
  });
}

/** Run a snippet as one execution (the bundle's eval stays inside the vm). */
function run<T = unknown>(rt: Runtime, src: string): T {
  return rt.runFunction<T>('run', src);
}

describe('values, formats and dates', () => {
  it('parses written strings like Sheets and returns Dates of the vm realm', () => {
    const rt = load();
    const out = run<unknown[]>(
      rt,
      `
      var r = sh().getRange('A1:H1');
      r.setValues([['12', '70%', '12.5%', "'007", '=A1+1', '15/01/2024', '2024-02-03', 'TRUE']]);
      var v = r.getValues()[0];
      return [v, v[5] instanceof Date, v[6] instanceof Date, Array.isArray(v), r.getNumberFormats()[0], r.getDisplayValues()[0]];
    `,
    );
    const [v, isDate5, isDate6, isArray, formats, display] = out as [
      unknown[],
      boolean,
      boolean,
      boolean,
      string[],
      string[],
    ];
    expect(v.slice(0, 5)).toEqual([12, 0.7, 0.125, '007', 13]);
    expect((v[5] as Date).toISOString()).toBe('2024-01-14T17:00:00.000Z'); // midnight in Asia/Ho_Chi_Minh
    expect((v[6] as Date).toISOString()).toBe('2024-02-02T17:00:00.000Z');
    expect(v[7]).toBe(true);
    expect([isDate5, isDate6, isArray]).toEqual([true, true, true]);
    expect(formats).toEqual([
      '0.###############',
      '0%',
      '0.00%',
      '0.###############',
      '0.###############',
      'dd/MM/yyyy',
      'yyyy-mm-dd',
      '0.###############',
    ]);
    expect(display).toEqual([
      '12',
      '70%',
      '12.50%',
      '007',
      '13',
      '15/01/2024',
      '2024-02-03',
      'TRUE',
    ]);
  });

  it('stores JS Dates as dates in the spreadsheet zone and formats numbers for display', () => {
    const rt = load();
    const out = run<[unknown[], string[], boolean]>(
      rt,
      `
      var r = sh().getRange('A2:H2');
      r.setValues([[new Date(2024, 0, 15), 0.256, 0.256, 1234567.891, 3.14159, 42, 1234.5, new Date(2024, 0, 15, 9, 30)]]);
      r.setNumberFormats([['dd/MM/yyyy', '0%', '0.0%', '#,##0', '0.00', '@', '0', 'dd/MM/yyyy HH:mm']]);
      var v = r.getValues()[0];
      return [v, r.getDisplayValues()[0], v[0] instanceof Date];
    `,
    );
    expect(out[1]).toEqual([
      '15/01/2024',
      '26%',
      '25.6%',
      '1,234,568',
      '3.14',
      '42',
      '1235',
      '15/01/2024 09:30',
    ]);
    expect((out[0][0] as Date).toISOString()).toBe('2024-01-14T17:00:00.000Z');
    expect(out[2]).toBe(true);
  });

  it('keeps text on @-formatted cells and treats empty cells as empty strings', () => {
    const rt = load();
    const out = run(
      rt,
      `
      var r = sh().getRange('A3:C3');
      r.setNumberFormat('@');
      r.setValues([['0912', '1/2', '']]);
      return [r.getValues()[0], sh().getRange('Z100').getValue(), sh().getRange('Z100').getDisplayValue()];
    `,
    );
    expect(out).toEqual([['0912', '1/2', ''], '', '']);
  });
});

describe('formulas and custom functions', () => {
  const code = `
/**
 * Status per row.
 * @param {Array<Array<number>>} values
 * @customfunction
 */
function KPI_STATUS(values, targets) {
  return values.map(function (row, i) {
    if (row[0] === '') return [''];
    return [row[0] >= targets[i][0] ? 'Đạt' : 'Chưa đạt'];
  });
}
/** @customfunction */
function DAY_OF(d) { return d instanceof Date ? d.getDate() : 'not a date'; }
/** @customfunction */
function TOUCH() { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
/** Not a custom function (no tag). */
function HELPER() { return 1; }
/** @customfunction */
function PRIVATE_(x) { return x; }
`;

  it('computes built-in formulas and recomputes dependants', () => {
    const rt = load(code);
    expect(rt.customFunctions).toEqual(['KPI_STATUS', 'DAY_OF', 'TOUCH']);
    const out = run(
      rt,
      `
      var s = sh();
      s.getRange('A1:A3').setValues([[1], [2], [3]]);
      s.getRange('B1').setFormula('=SUM(A1:A3)');
      s.getRange('B2').setValue('=A1*2');
      s.getRange('B3').setFormula('=IF(TRUE, "yes", "no")');
      var before = s.getRange('B1:B3').getValues();
      s.getRange('A1').setValue(10);
      return [before, s.getRange('B1:B3').getValues(), s.getRange('B1:B2').getFormulas(), s.getRange('C1').setFormula('=1/0').getValue()];
    `,
    );
    expect(out).toEqual([
      [[6], [2], ['yes']],
      [[15], [20], ['yes']],
      [['=SUM(A1:A3)'], ['=A1*2']],
      '#DIV/0!',
    ]);
  });

  it('calls custom functions with ranges as 2-D arrays and spills the result', () => {
    const rt = load(code);
    const out = run(
      rt,
      `
      var s = sh();
      s.getRange('D5:E8').setValues([[5, 4], [3, 4], ['', 1], [7, 7]]);
      s.getRange('F5').setFormula('=KPI_STATUS(D5:D8, E5:E8)');
      var first = s.getRange('F5:F8').getValues();
      s.getRange('D6').setValue(9);
      return [first, s.getRange('F5:F8').getValues(), s.getRange('F6').getFormula(), s.getLastRow()];
    `,
    );
    expect(out).toEqual([
      [['Đạt'], ['Chưa đạt'], [''], ['Đạt']],
      [['Đạt'], ['Đạt'], [''], ['Đạt']],
      '',
      8,
    ]);
  });

  it('passes single cells as plain values, dates as vm Dates, and resizes spills', () => {
    const rt = load(
      code +
        `
/** @customfunction */
function SEQ(n) { var out = []; for (var i = 1; i <= n; i++) out.push([i]); return out; }`,
    );
    const out = run(
      rt,
      `
      var s = sh();
      s.getRange('A1').setValue('15/01/2024');
      s.getRange('B1').setFormula('=DAY_OF(A1)');
      s.getRange('C1').setValue(3);
      s.getRange('D1').setFormula('=SEQ(C1)');
      var a = s.getRange('D1:D6').getValues();
      s.getRange('C1').setValue(5);
      var b = s.getRange('D1:D6').getValues();
      s.getRange('C1').setValue(2);
      return [s.getRange('B1').getValue(), a, b, s.getRange('D1:D6').getValues()];
    `,
    );
    expect(out).toEqual([
      15,
      [[1], [2], [3], [''], [''], ['']],
      [[1], [2], [3], [4], [5], ['']],
      [[1], [2], [''], [''], [''], ['']],
    ]);
  });

  it('grows a spilled result when rows or columns are inserted inside it, named range or not', () => {
    const rt = load(
      code +
        `
/** @customfunction */
function TWICE(values) { return values.map(function (r) { return r.map(function (v) { return v === '' ? '' : v * 2; }); }); }`,
    );
    const out = run(
      rt,
      `
      var ss = SpreadsheetApp.getActiveSpreadsheet(); var s = sh();
      s.getRange('A1:A6').setValues([[1], [2], [3], [4], [5], [6]]);
      s.getRange('B1').setFormula('=TWICE(A1:A6)');
      s.getRange('C1').setFormula('=ARRAYFORMULA(A1:A6*10)');
      ss.setNamedRange('Table', s.getRange('A1:C6'));
      s.getRange('E1').setFormula('=SUM(Table)');
      s.insertRowsBefore(6, 3);
      s.getRange('A6:A8').setValues([[7], [8], [9]]);
      var rows = [s.getRange('B1').getFormula(), s.getRange('C1').getFormula(), ss.getRangeByName('Table').getA1Notation(),
        s.getRange('E1').getValue(), s.getRange('B1:C9').getValues(), s.getLastRow()];
      s.insertColumnsBefore(2, 1);
      rows.push(s.getRange('C1').getFormula(), s.getRange('C9').getValue(), ss.getRangeByName('Table').getA1Notation());
      return rows;
    `,
    );
    expect(out).toEqual([
      '=TWICE(A1:A9)',
      '=ARRAYFORMULA(A1:A9*10)',
      'A1:C9',
      (1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9) * 13,
      [
        [2, 10],
        [4, 20],
        [6, 30],
        [8, 40],
        [10, 50],
        [14, 70],
        [16, 80],
        [18, 90],
        [12, 60],
      ],
      9,
      '=TWICE(A1:A9)',
      12,
      'A1:D9',
    ]);
  });

  it('forbids services inside custom functions (#ERROR!)', () => {
    const rt = load(code);
    const out = run(
      rt,
      `
      var c = sh().getRange('A1');
      c.setFormula('=TOUCH()');
      return [c.getValue(), c.getDisplayValue()];
    `,
    );
    expect(out).toEqual(['#ERROR!', '#ERROR!']);
    expect(rt.workbook.engine.errorMessageAt({ sheet: 0, row: 0, col: 0 })).toBe(
      'You do not have permission to call Spreadsheet.getName',
    );
    expect(viewWorkbook(rt.workbook).sheets[0]?.cells[0]?.[0]).toMatchObject({
      v: '#ERROR!',
      f: '=TOUCH()',
      error: 'You do not have permission to call Spreadsheet.getName',
    });
  });

  it('fills relative references when setFormula targets several cells', () => {
    const rt = load();
    const out = run(
      rt,
      `
      var s = sh();
      s.getRange('A1:A3').setValues([[1], [2], [3]]);
      s.getRange('B1:B3').setFormula('=A1*$A$1+1');
      return [s.getRange('B1:B3').getFormulas(), s.getRange('B1:B3').getValues()];
    `,
    );
    expect(out).toEqual([
      [['=A1*$A$1+1'], ['=A2*$A$1+1'], ['=A3*$A$1+1']],
      [[2], [3], [4]],
    ]);
  });
});

describe('sheets and ranges', () => {
  it('throws Sheets messages for duplicate sheets, shape mismatches and out-of-grid ranges', () => {
    const rt = load();
    const msg = (src: string): string => {
      try {
        run(rt, src);
        return 'no error';
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(
      msg(
        `SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data'); SpreadsheetApp.getActiveSpreadsheet().insertSheet('data');`,
      ),
    ).toBe('A sheet with the name "data" already exists. Please enter another name.');
    expect(msg(`sh().getRange('A1:B2').setValues([[1, 2]]);`)).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(msg(`sh().getRange('A1:B1').setValues([[1, 2, 3]]);`)).toBe(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
    expect(msg(`sh().getRange(1001, 1).setValue(1);`)).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(msg(`sh().getRange('AA1');`)).toBe(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(
      msg(
        `var s = sh(); s.insertRowsAfter(s.getMaxRows(), 5); s.getRange(1005, 1).setValue('ok'); return s.getMaxRows() === 1005 ? undefined : x;`,
      ),
    ).toBe('no error');
    expect(
      run(
        rt,
        `return [sh().getMaxRows(), sh().getMaxColumns(), sh().getLastRow(), SpreadsheetApp.getActiveSpreadsheet().getSheets().length];`,
      ),
    ).toEqual([1005, 26, 1005, 2]);
  });

  it('shifts formulas, named ranges and formats when rows are inserted and deleted', () => {
    const rt = load();
    const out = run(
      rt,
      `
      var ss = SpreadsheetApp.getActiveSpreadsheet(); var s = sh();
      s.getRange('A1:A3').setValues([[1], [2], [3]]);
      s.getRange('A2').setBackground('#ffff00').setNote('n');
      s.getRange('B1').setFormula('=SUM(A1:A3)');
      ss.setNamedRange('Nums', s.getRange('A1:A3'));
      s.getRange('C1').setFormula('=SUM(Nums)');
      s.insertRowsAfter(2, 2);
      s.getRange('A3:A4').setValues([[10], [20]]);
      var r = [s.getRange('B1').getFormula(), s.getRange('B1').getValue(), ss.getRangeByName('Nums').getA1Notation(), s.getRange('C1').getValue(),
        s.getRange('A3').getBackground(), s.getRange('A3').getNote()];
      s.deleteRow(4);
      r.push(s.getRange('B1').getFormula(), s.getRange('B1').getValue(), ss.getRangeByName('Nums').getA1Notation(), s.getMaxRows());
      return r;
    `,
    );
    expect(out).toEqual([
      '=SUM(A1:A5)',
      36,
      'A1:A5',
      36,
      '#ffff00',
      '',
      '=SUM(A1:A4)',
      16,
      'A1:A4',
      1001,
    ]);
  });

  it('copies a template sheet on insertSheet, lists ranges and reads up to the last data row', () => {
    const rt = load();
    const out = run(
      rt,
      `
      var ss = SpreadsheetApp.getActiveSpreadsheet(); var t = sh();
      t.setColumnWidth(2, 250); t.setFrozenRows(1);
      t.getRange('A1:B2').setValues([['Mã', '=UPPER("x")'], ['007', 'b']]);
      t.getRange('A2').setNumberFormat('@').setValue('007');
      t.getRange('B2').setFontWeight('bold').setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInList(['b', 'c'], true).build());
      t.getRange('A1:A3').protect().setDescription('kept on the original');
      ss.setNamedRange('Orig', t.getRange('A1:B2'));
      var copy = ss.insertSheet('Copy', 1, { template: t });
      var full = ss.insertSheet('Full'); full.deleteRows(3, full.getMaxRows() - 2);
      full.appendRow(['a', 1]); full.appendRow(['b']); full.appendRow(['c', 2, 3]);
      var appended = [full.getMaxRows(), full.getRange('A1:C3').getValues()];
      var list = copy.getRangeList(['A1:B1', 'D4']).getRanges().map(function (r) { return r.getA1Notation(); });
      return [copy.getIndex(), copy.getColumnWidth(2), copy.getFrozenRows(), copy.getRange('A1:B2').getValues(),
        copy.getRange('B1').getFormula(), copy.getRange('A2').getNumberFormat(), copy.getRange('B2').getFontWeight(),
        copy.getRange('B2').getDataValidation() !== null, copy.getProtections(SpreadsheetApp.ProtectionType.RANGE).length,
        ss.getNamedRanges().length, list, copy.getSheetValues(1, 1, -1, -1), copy.getSheetValues(2, 2, -1, 1), appended];
    `,
    );
    expect(out).toEqual([
      2,
      250,
      1,
      [
        ['Mã', 'X'],
        ['007', 'b'],
      ],
      '=UPPER("x")',
      '@',
      'bold',
      true,
      0,
      1,
      ['A1:B1', 'D4'],
      [
        ['Mã', 'X'],
        ['007', 'b'],
      ],
      [['b']],
      [
        3,
        [
          ['a', 1, ''],
          ['b', '', ''],
          ['c', 2, 3],
        ],
      ],
    ]);
  });

  it('stores notes, fonts, fills, wraps, alignment, frozen panes and sizes', () => {
    const rt = load();
    const out = run(
      rt,
      `
      var s = sh();
      var r = s.getRange('A1:B1');
      r.setNotes([['n1', '']]).setFontWeights([['bold', 'normal']]).setFontColor('#FF0000').setBackgrounds([['#eeeeee', null]])
        .setWraps([[true, false]]).setHorizontalAlignment('center').setFontStyle('italic').setFontSize(12);
      s.setFrozenRows(2); s.setFrozenColumns(1); s.setColumnWidth(1, 240); s.setColumnWidths(2, 2, 50); s.setRowHeight(1, 40);
      s.getRange('C1:D2').merge();
      s.getRange('A5').setNote('x'); s.clearNotes();
      return [r.getNotes(), r.getFontWeights(), r.getFontColors(), r.getBackgrounds(), r.getWraps(), r.getHorizontalAlignments(),
        r.getFontStyles(), r.getFontSizes(), s.getFrozenRows(), s.getFrozenColumns(), s.getColumnWidth(1), s.getColumnWidth(3), s.getColumnWidth(9),
        s.getRowHeight(1), s.getRange('C1').isPartOfMerge(), s.getRange('A5').getNote()];
    `,
    );
    expect(out).toEqual([
      [['', '']],
      [['bold', 'normal']],
      [['#ff0000', '#ff0000']],
      [['#eeeeee', '#ffffff']],
      [[true, false]],
      [['center', 'center']],
      [['italic', 'italic']],
      [[12, 12]],
      2,
      1,
      240,
      50,
      100,
      40,
      true,
      '',
    ]);
  });

  it('keeps data validation per cell without rejecting script writes', () => {
    const rt = load();
    const out = run(
      rt,
      `
      var ss = SpreadsheetApp.getActiveSpreadsheet(); var s = sh();
      var units = ss.insertSheet('Địa điểm'); units.getRange('A2:A3').setValues([['Hà Nội'], ['Huế']]);
      var rule = SpreadsheetApp.newDataValidation().requireValueInList(['Đạt', 'Chưa đạt'], true).setAllowInvalid(false).setHelpText('Chọn').build();
      s.getRange('A1:A10').setDataValidation(rule);
      s.getRange('B1').setDataValidation(SpreadsheetApp.newDataValidation().requireValueInRange(units.getRange('A2:A200')).build());
      s.getRange('C1').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(0, 100).build());
      s.getRange('A1').setValue('nonsense');
      var got = s.getRange('A5').getDataValidation();
      var inRange = s.getRange('B1').getDataValidation().getCriteriaValues();
      s.getRange('A10').clearDataValidations();
      return [got.getCriteriaType() === SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST, String(got.getCriteriaType()), got.getCriteriaValues(),
        got.getAllowInvalid(), got.getHelpText(), s.getRange('A1').getValue(), inRange[0].getA1Notation(), inRange[0].getSheet().getName(),
        String(s.getRange('C1').getDataValidation().getCriteriaType()), s.getRange('A10').getDataValidation(), s.getRange('A9:A10').getDataValidations().length,
        got.copy().setAllowInvalid(true).build().getAllowInvalid()];
    `,
    );
    expect(out).toEqual([
      true,
      'VALUE_IN_LIST',
      [['Đạt', 'Chưa đạt'], true],
      false,
      'Chọn',
      'nonsense',
      'A2:A200',
      'Địa điểm',
      'NUMBER_BETWEEN',
      null,
      2,
      true,
    ]);
    const cell = viewWorkbook(rt.workbook).sheets[0]?.cells[0]?.[1];
    expect(cell?.validation?.list).toEqual(['Hà Nội', 'Huế']);
  });

  it('replaces conditional-format rules and applies them in the view', () => {
    const rt = load();
    const out = run(
      rt,
      `
      var s = sh();
      s.getRange('A1:B3').setValues([['Đạt', 5], ['Chưa đạt', 50], ['x', 500]]);
      var byText = SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo('Đạt').setBackground('#00FF00').setRanges([s.getRange('A1:A3')]).build();
      var byFormula = SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$B1>10').setFontColor('#ff0000').setBold(true)
        .setRanges([s.getRange('B1:B3')]).build();
      s.setConditionalFormatRules([byText]);
      s.setConditionalFormatRules([byText, byFormula]);
      var rules = s.getConditionalFormatRules();
      var c = rules[1].getBooleanCondition();
      return [rules.length, String(c.getCriteriaType()), c.getCriteriaValues(), c.getFontColor(), c.getBold(), rules[0].getBooleanCondition().getBackground(),
        rules[1].getRanges()[0].getA1Notation()];
    `,
    );
    expect(out).toEqual([2, 'CUSTOM_FORMULA', ['=$B1>10'], '#ff0000', true, '#00ff00', 'B1:B3']);
    const cells = viewWorkbook(rt.workbook).sheets[0]?.cells ?? [];
    expect(cells[0]?.[0]?.bg).toBe('#00ff00');
    expect(cells[1]?.[0]?.bg).toBeUndefined();
    expect(cells[0]?.[1]?.color).toBeUndefined();
    expect(cells[1]?.[1]).toMatchObject({ v: '50', color: '#ff0000', bold: true });
  });

  it('names ranges and uses them in formulas', () => {
    const rt = load();
    const out = run(
      rt,
      `
      var ss = SpreadsheetApp.getActiveSpreadsheet(); var s = sh();
      s.getRange('A1:A2').setValues([[4], [5]]);
      ss.setNamedRange('Tong', s.getRange('A1:A2'));
      s.getRange('B1').setFormula('=SUM(Tong)');
      var names = ss.getNamedRanges().map(function (n) { return n.getName() + '=' + n.getRange().getA1Notation(); });
      var v = s.getRange('B1').getValue();
      ss.getNamedRanges()[0].setRange(s.getRange('A1'));
      var v2 = s.getRange('B1').getValue();
      ss.removeNamedRange('Tong');
      return [names, v, v2, ss.getRangeByName('Tong')];
    `,
    );
    expect(out).toEqual([['Tong=A1:A2'], 9, 4, null]);
  });
});

describe('protection', () => {
  const code = `
    function protectAll() {
      var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      var p = s.protect().setDescription('Khoá trang');
      p.removeEditors(p.getEditors());
      p.setUnprotectedRanges([s.getRange('C1:C10')]);
      var r = s.getRange('E1:E5').protect().setDescription('Chỉ điều phối');
      r.removeEditors(r.getEditors()); r.addEditor('lead@example.com');
      s.getRange('F1').protect().setWarningOnly(true);
      return [p.getEditors().map(function (u) { return u.getEmail(); }), r.getEditors().map(function (u) { return u.getEmail(); }), p.canEdit()];
    }
    function insertRows() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].insertRowsAfter(20, 1); return 'ok'; }
    function unprotectSheet() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getProtections(SpreadsheetApp.ProtectionType.SHEET)[0].remove(); }
    function write(a1) { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange(a1).setValue('x'); return 'ok'; }
    function list() {
      var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
      return [s.getProtections(SpreadsheetApp.ProtectionType.SHEET).map(function (p) { return p.getDescription(); }),
        s.getProtections(SpreadsheetApp.ProtectionType.RANGE).map(function (p) { return p.getRange().getA1Notation() + ':' + p.isWarningOnly(); })];
    }`;

  it('enforces protections for non-editors; the owner and warning-only ranges pass', () => {
    const wb = createWorkbook('Prot');
    const owner = createRuntime({ workbook: wb, bundleCode: code, user: 'owner@example.com' });
    const unit = createRuntime({ workbook: wb, bundleCode: code, user: 'unit@example.com' });
    const lead = createRuntime({ workbook: wb, bundleCode: code, user: 'lead@example.com' });
    expect(owner.call('protectAll')).toEqual([
      ['owner@example.com'],
      ['owner@example.com', 'lead@example.com'],
      true,
    ]);
    expect(owner.call('list')).toEqual([['Khoá trang'], ['E1:E5:false', 'F1:true']]);
    const denied =
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
    expect(() => unit.call('write', 'A1')).toThrow(denied);
    expect(unit.call('write', 'C3')).toBe('ok');
    expect(() => lead.call('write', 'E2')).toThrow(denied); // sheet protection still applies
    expect(owner.call('write', 'E2')).toBe('ok');
    expect(owner.call('write', 'A1')).toBe('ok');
    expect(wb.owner).toBe('owner@example.com');
    // A sheet protection blocks inserting rows; range protections alone do not.
    expect(() => unit.call('insertRows')).toThrow(denied);
    expect(() => unit.call('unprotectSheet')).toThrow(denied);
    owner.call('unprotectSheet');
    expect(unit.call('insertRows')).toBe('ok');
    expect(() => unit.call('write', 'E2')).toThrow(denied);
  });
});
