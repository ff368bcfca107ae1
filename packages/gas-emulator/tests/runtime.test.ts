import { describe, expect, it } from 'vitest';
import { createRuntime, createWorkbook, type Runtime } from '../src/index.ts';

// Local dates in the bundle follow the script zone (as in Apps Script); pin it whatever the CI's TZ.
process.env.TZ = 'Asia/Ho_Chi_Minh';

function load(code: string, user?: string): Runtime {
  return createRuntime({
    workbook: createWorkbook('Test'),
    bundleCode: code,
    addonName: 'My Add-on',
    ...(user !== undefined ? { user } : {}),
  });
}

describe('vm context', () => {
  it('exposes only the Apps Script globals', () => {
    const rt = load(`function probe() {
      return [typeof process, typeof require, typeof setTimeout, typeof TextEncoder, typeof fetch, typeof Buffer,
        typeof SpreadsheetApp, typeof HtmlService, typeof LockService, typeof PropertiesService, typeof Session,
        typeof ScriptApp, typeof Utilities, typeof Logger, typeof console];
    }`);
    expect(rt.call('probe')).toEqual([
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'undefined',
      'object',
      'object',
      'object',
      'object',
      'object',
      'object',
      'object',
      'object',
      'object',
    ]);
  });

  it('re-evaluates globals per execution, copies arguments and results, and rethrows errors', () => {
    const rt = load(`var counter = 0;
      function bump(x) { counter++; return { counter: counter, echo: x, when: new Date(Date.UTC(2024, 0, 2)) }; }
      function boom() { throw new Error('boom here'); }
      function bad() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getRange('A1').frobnicate(); }`);
    const r1 = rt.runFunction<{ counter: number; echo: unknown; when: Date }>('bump', {
      a: [1, 'x'],
    });
    const r2 = rt.runFunction<{ counter: number }>('bump', null);
    expect(r1.counter).toBe(1);
    expect(r2.counter).toBe(1);
    expect(r1.echo).toEqual({ a: [1, 'x'] });
    expect(r1.when).toBeInstanceOf(Date);
    expect(r1.when.toISOString()).toBe('2024-01-02T00:00:00.000Z');
    expect(() => rt.call('boom')).toThrow('boom here');
    expect(() => rt.call('bad')).toThrow('Emulator: Range.frobnicate is not implemented');
    expect(() => rt.call('missing')).toThrow('Script function not found: missing');
  });

  it('counts service calls: one getValues over 1000 rows is one call', () => {
    const rt = load(`function fill() {
        var sh = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
        var rows = [];
        for (var i = 0; i < 1000; i++) rows.push([i, 'r' + i]);
        sh.getRange(1, 1, 1000, 2).setValues(rows);
      }
      function read() { return SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1:B1000').getValues().length; }`);
    rt.call('fill');
    rt.resetCounts();
    expect(rt.call('read')).toBe(1000);
    expect(rt.counts()).toEqual({
      'SpreadsheetApp.getActiveSpreadsheet': 1,
      'Spreadsheet.getActiveSheet': 1,
      'Sheet.getRange': 1,
      'Range.getValues': 1,
    });
    expect(rt.totalCalls()).toBe(4);
    // The time spent inside those calls is the emulator's; resetCounts clears it too.
    expect(rt.serviceTime().wall).toBeGreaterThan(0);
    rt.resetCounts();
    expect(rt.serviceTime()).toEqual({ wall: 0, cpu: 0 });
  });

  it('logs to a buffer', () => {
    const rt = load(`function go() { Logger.log('a %s', 1); console.log('b', { c: 2 }); }`);
    rt.call('go');
    expect(rt.logs).toEqual(['a 1', 'b {"c":2}']);
    expect(rt.counts()).toEqual({ 'Logger.log': 1 });
  });
});

describe('auth modes and UI', () => {
  const code = `
    function onOpen(e) {
      var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Mở bảng', 'showSidebar').addSeparator()
        .addSubMenu(SpreadsheetApp.getUi().createMenu('Thêm').addItem('Một', 'one'));
      menu.addToUi();
      if (e.authMode !== ScriptApp.AuthMode.NONE) PropertiesService.getDocumentProperties().setProperty('opened', 'yes');
    }
    function peek(e) { return SpreadsheetApp.getActiveSpreadsheet().getName(); }
    function onInstall(e) { return peek(e); }
    function ask() {
      var ui = SpreadsheetApp.getUi();
      var a = ui.alert('Xoá?', 'Chắc chắn?', ui.ButtonSet.YES_NO);
      var p = ui.prompt('Tên?');
      SpreadsheetApp.getActiveSpreadsheet().toast('Saved', 'My Add-on', 3);
      return [a === ui.Button.YES, a === ui.Button.NO, String(a), p.getResponseText(), String(p.getSelectedButton())];
    }
    function showSidebar() {
      SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('<p>hi</p>').setTitle('My Add-on'));
      SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('<b>x</b>').setWidth(400).setHeight(200), 'Hộp thoại');
    }
    function fromFile() { return HtmlService.createHtmlOutputFromFile('Missing').getContent(); }`;

  it('records menus in AuthMode.NONE and refuses document access there', () => {
    const rt = load(code);
    rt.runTrigger('onOpen', 'NONE');
    expect(rt.ui.menus).toEqual([
      {
        title: 'My Add-on',
        addon: true,
        items: [
          { caption: 'Mở bảng', functionName: 'showSidebar' },
          { separator: true },
          {
            caption: 'Thêm',
            submenu: { title: 'Thêm', items: [{ caption: 'Một', functionName: 'one' }] },
          },
        ],
      },
    ]);
    expect(rt.workbook.documentProperties.get('opened')).toBeUndefined();
    expect(() => rt.runTrigger('onInstall', 'NONE')).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    rt.runTrigger('onOpen', 'LIMITED');
    expect(rt.workbook.documentProperties.get('opened')).toBe('yes');
    expect(rt.ui.menus).toHaveLength(1); // same menu replaced, not duplicated
  });

  it('answers alerts and prompts as configured and records toasts, sidebars and dialogs', () => {
    const rt = load(code);
    expect(rt.call('ask')).toEqual([true, false, 'YES', '', 'OK']);
    rt.ui.nextAlertResponse = 'NO';
    rt.ui.nextPromptResponse = { text: 'Xã A', button: 'OK' };
    expect(rt.call('ask')).toEqual([false, true, 'NO', 'Xã A', 'OK']);
    expect(rt.ui.alerts[0]).toMatchObject({
      title: 'Xoá?',
      prompt: 'Chắc chắn?',
      buttons: 'YES_NO',
      response: 'YES',
    });
    expect(rt.ui.toasts[0]).toEqual({ message: 'Saved', title: 'My Add-on', timeoutSeconds: 3 });
    rt.call('showSidebar');
    expect(rt.ui.sidebar).toEqual({ title: 'My Add-on', html: '<p>hi</p>' });
    expect(rt.ui.dialogs[0]).toMatchObject({
      title: 'Hộp thoại',
      html: '<b>x</b>',
      modal: true,
      width: 400,
      height: 200,
    });
    expect(() => rt.call('fromFile')).toThrow('No HTML file named Missing was found.');
  });
});

describe('session, properties and utilities', () => {
  it('reports the active user, blank emails and per-user properties', () => {
    const rt = load(
      `function who() { return [Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone()]; }
      function save(v) { PropertiesService.getUserProperties().setProperty('k', v); PropertiesService.getScriptProperties().setProperties({ a: 1, b: true }); }
      function load() { var u = PropertiesService.getUserProperties(); var s = PropertiesService.getScriptProperties(); return [u.getProperty('k'), s.getProperties(), s.getKeys().length]; }`,
      'alice@example.com',
    );
    expect(rt.call('who')).toEqual(['alice@example.com', 'alice@example.com', 'Asia/Ho_Chi_Minh']);
    rt.call('save', 'A');
    rt.setUser('');
    expect(rt.call('who')).toEqual(['', '', 'Asia/Ho_Chi_Minh']);
    expect(rt.call('load')).toEqual([null, { a: '1', b: 'true' }, 2]);
    rt.setUser('alice@example.com');
    expect(rt.call('load')).toEqual(['A', { a: '1', b: 'true' }, 2]);
  });

  it('formats dates in a time zone', () => {
    const rt = load(`function fmt() { var d = new Date(Date.UTC(2024, 11, 31, 20, 5, 9));
      return [Utilities.formatDate(d, 'Asia/Ho_Chi_Minh', 'yyyy-MM-dd HH:mm:ss'), Utilities.formatDate(d, 'UTC', "dd/MM/yyyy 'lúc' HH:mm"), d.getHours()]; }`);
    expect(rt.call('fmt')).toEqual(['2025-01-01 03:05:09', '31/12/2024 lúc 20:05', 3]);
  });
});

describe('LockService', () => {
  const code = `
    function hold() {
      var lock = LockService.getDocumentLock();
      if (!lock.tryLock(1000)) return 'busy';
      Utilities.sleep(50);
      return lock.hasLock() ? 'held' : 'lost';
    }
    function grab() { return LockService.getDocumentLock().tryLock(100); }
    function wait() { LockService.getDocumentLock().waitLock(100); return 'got it'; }
    function keep() { LockService.getScriptLock().waitLock(10); return LockService.getScriptLock().hasLock(); }`;

  it('excludes a second runtime on the same workbook while an execution holds the lock', () => {
    const wb = createWorkbook('Locks');
    const seen: unknown[] = [];
    const b = createRuntime({ workbook: wb, bundleCode: code, user: 'b@example.com' });
    const a = createRuntime({
      workbook: wb,
      bundleCode: code,
      onSleep: () => {
        seen.push(b.call('grab'));
        try {
          b.call('wait');
        } catch (e) {
          seen.push((e as Error).message);
        }
      },
    });
    expect(a.call('hold')).toBe('held');
    expect(seen).toEqual([
      false,
      'Lock timeout: another process was holding the lock for too long.',
    ]);
    // Released when A's execution ended, even without releaseLock().
    expect(b.call('grab')).toBe(true);
    expect(b.call('wait')).toBe('got it');
    expect(a.call('keep')).toBe(true);
  });
});

describe('emulated clock', () => {
  it('drives new Date(), Date.now() and TODAY() from the now option', () => {
    const fixed = new Date('2025-03-01T20:00:00Z'); // 2 March, 03:00 in Asia/Ho_Chi_Minh
    const rt = createRuntime({
      workbook: createWorkbook('Clock'),
      now: () => fixed,
      bundleCode: `function when() {
        var s = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
        s.getRange('A1').setFormula('=TODAY()');
        var today = s.getRange('A1').getValue();
        return [new Date().toISOString(), Date.now(), new Date(2025, 0, 1).getFullYear(), today instanceof Date, today.getDate(),
          s.getRange('A1').getDisplayValue(), new Date() instanceof Date, Object.prototype.toString.call(new Date())];
      }`,
    });
    expect(rt.call('when')).toEqual([
      '2025-03-01T20:00:00.000Z',
      fixed.getTime(),
      2025,
      true,
      2,
      '02/03/2025',
      true,
      '[object Date]',
    ]);
  });
});
