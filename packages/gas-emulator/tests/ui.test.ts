import { describe, expect, it } from 'vitest';
import { AwaitingAnswer, createRuntime, createWorkbook, type Runtime } from '../src/index.ts';

function load(code: string): Runtime {
  return createRuntime({ workbook: createWorkbook('Test'), bundleCode: code, addonName: 'Demo' });
}

describe('the user selection', () => {
  it('records setActiveSheet, setActiveRange, activate and insertSheet in ui.active', () => {
    const rt = load(`
      function make() { SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data'); }
      function first() { var ss = SpreadsheetApp.getActive(); ss.setActiveSheet(ss.getSheetByName('Sheet1')); }
      function pick() { var s = SpreadsheetApp.getActive().getSheetByName('Data'); s.setActiveRange(s.getRange('C4:D5')); }
      function cell() { SpreadsheetApp.getActive().getSheetByName('Sheet1').getRange('B2').activate(); }
      function where() { var r = SpreadsheetApp.getActiveRange(); return r.getSheet().getName() + '!' + r.getA1Notation(); }`);
    rt.call('make');
    expect(rt.ui.active).toEqual({ sheet: 'Data', a1: 'A1' });
    rt.call('pick');
    expect(rt.ui.active).toEqual({ sheet: 'Data', a1: 'C4:D5' });
    rt.call('first');
    expect(rt.ui.active).toEqual({ sheet: 'Sheet1', a1: 'A1' });
    rt.call('cell');
    expect(rt.ui.active).toEqual({ sheet: 'Sheet1', a1: 'B2' });
    expect(rt.call('where')).toBe('Sheet1!B2');
  });

  it('lets the host select a cell as a user clicking it, which scripts then read', () => {
    const rt = load(
      `function where() { var r = SpreadsheetApp.getActiveRange(); return r.getSheet().getName() + '!' + r.getA1Notation(); }`,
    );
    expect(rt.select('Sheet1', 'C7')).toBe(true);
    expect(rt.call('where')).toBe('Sheet1!C7');
    expect(rt.select('Nowhere', 'A1')).toBe(false);
    expect(rt.select('Sheet1', 'not a cell')).toBe(false);
  });
});

describe('questions in interactive mode', () => {
  const code = `
    function closeIt() {
      var ui = SpreadsheetApp.getUi();
      ui.alert('Started');
      var answer = ui.alert('Title', 'Close the period?', ui.ButtonSet.YES_NO);
      if (answer !== ui.Button.YES) return 'kept';
      SpreadsheetApp.getActive().getSheets()[0].getRange('A1').setValue('closed');
      return 'closed';
    }
    function swallow() {
      var ui = SpreadsheetApp.getUi();
      try { ui.prompt('Name?'); } catch (e) { /* a careless script */ }
      SpreadsheetApp.getActive().toast('went on');
      return 'done';
    }
    function ask() {
      var r = SpreadsheetApp.getUi().prompt('Name?', SpreadsheetApp.getUi().ButtonSet.OK_CANCEL);
      return r.getSelectedButton() + ':' + r.getResponseText();
    }`;

  it('stops at an unanswered question, then runs again with the answer queued', () => {
    const rt = load(code);
    rt.ui.interactive = true;
    let asked: unknown;
    try {
      rt.call('closeIt');
    } catch (e) {
      asked = e;
    }
    expect(asked).toBeInstanceOf(AwaitingAnswer);
    expect((asked as AwaitingAnswer).question).toEqual({
      kind: 'alert',
      title: 'Title',
      prompt: 'Close the period?',
      buttons: 'YES_NO',
    });
    // Nothing was written and the OK-only alert before the question is taken back.
    expect(rt.workbook.sheets[0]?.name).toBe('Sheet1');
    expect(rt.ui.alerts).toEqual([]);
    rt.ui.answers.push({ button: 'NO' });
    expect(rt.call('closeIt')).toBe('kept');
    expect(rt.ui.alerts.map((a) => a.response)).toEqual(['OK', 'NO']);
    rt.ui.answers.push({ button: 'YES' });
    expect(rt.call('closeIt')).toBe('closed');
    expect(rt.ui.answers).toEqual([]);
  });

  it('passes a prompt answer through, and stops even when the script swallows the error', () => {
    const rt = load(code);
    rt.ui.interactive = true;
    expect(() => rt.call('swallow')).toThrow(AwaitingAnswer);
    expect(rt.ui.toasts).toEqual([]);
    expect(() => rt.call('ask')).toThrow(AwaitingAnswer);
    expect(rt.ui.awaiting).toMatchObject({ kind: 'prompt', prompt: 'Name?', buttons: 'OK_CANCEL' });
    rt.ui.answers.push({ button: 'OK', text: 'Lan' });
    expect(rt.call('ask')).toBe('OK:Lan');
  });

  it('answers at once when not interactive (tests and the CLI)', () => {
    const rt = load(code);
    expect(rt.call('closeIt')).toBe('closed');
    expect(rt.ui.alerts.map((a) => a.response)).toEqual(['OK', 'YES']);
  });
});
