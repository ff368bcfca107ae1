// Typed edits by named users, installable triggers, developer metadata, digests, sheet guards and
// fault injection.
import { describe, expect, it } from 'vitest';
import {
  createRuntime,
  createWorkbook,
  toXlsxBuffer,
  workbookFromBuffer,
  type Runtime,
  type Workbook,
} from '../src/index.ts';

process.env.TZ = 'Asia/Ho_Chi_Minh';

const CODE = `
function ss_() { return SpreadsheetApp.getActiveSpreadsheet(); }
function setup() {
  var s = ss_().getSheets()[0];
  s.setName('Data');
  var p = s.protect().setDescription('owner only');
  p.removeEditors(p.getEditors().map(function (u) { return u.getEmail(); }).filter(function (e) { return e !== 'owner@a.vn'; }));
  p.setUnprotectedRanges([s.getRange('B1:B5')]);
  var r = s.getRange('B2').protect().setDescription('unit');
  r.removeEditors(r.getEditors().map(function (u) { return u.getEmail(); }).filter(function (e) { return e !== 'owner@a.vn'; }));
  r.addEditor('unit@a.vn');
  s.getRange('B3').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(0, 100).setAllowInvalid(false).setHelpText('0 to 100').build());
  s.getRange('B4').setDataValidation(SpreadsheetApp.newDataValidation().requireCheckbox().setAllowInvalid(false).build());
  s.getRange('B4').setValue(false);
}
function install() {
  return ScriptApp.newTrigger('onTick').forSpreadsheet(ss_()).onEdit().create().getHandlerFunction();
}
function onTick(e) {
  var log = ss_().getSheetByName('Data').getRange('D1');
  log.setValue([e.range.getA1Notation(), e.value, e.oldValue, e.user.getEmail(),
    Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail()].join('|'));
}
function read(a1) { return ss_().getSheetByName('Data').getRange(a1).getValue(); }
function triggers() { return ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); }); }
function addMeta(key, value) {
  ss_().addDeveloperMetadata(key, value, SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  ss_().getSheetByName('Data').addDeveloperMetadata('onsheet', 'x');
}
function findMeta(key) {
  return ss_().createDeveloperMetadataFinder().withKey(key).find().map(function (m) { return m.getValue(); });
}
function setMeta(key, value) { ss_().createDeveloperMetadataFinder().withKey(key).find()[0].setValue(value); }
function digest(text) {
  return Utilities.base64Encode(Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8));
}
function clearC() { ss_().getSheetByName('Data').getRange('C1:C5').clearContent(); }
function deleteData() { ss_().deleteSheet(ss_().getSheetByName('Data')); }
function renameData() { ss_().getSheetByName('Data').setName('Renamed'); }
function writeThree() {
  var s = ss_().getSheetByName('Data');
  s.getRange('C1').setValue(1);
  s.getRange('C2').setValue(2);
  try { s.getRange('C3').setValue(3); } catch (e) { s.getRange('C5').setValue('caught'); throw e; }
}
`;

function world(): { wb: Workbook; owner: Runtime; as: (user: string) => Runtime } {
  const wb = createWorkbook('T');
  const owner = createRuntime({
    workbook: wb,
    bundleCode: CODE,
    user: 'owner@a.vn',
    projectId: 'p',
  });
  owner.call('setup');
  const as = (user: string) =>
    createRuntime({ workbook: wb, bundleCode: CODE, user, projectId: 'p' });
  return { wb, owner, as };
}

describe('Runtime.edit', () => {
  it('types as the current user: protections and rejecting validation refuse, warning or none apply', () => {
    const { owner, as } = world();
    const unit = as('unit@a.vn');
    const other = as('other@a.vn');
    expect(unit.edit('Data', 'A1', 'x')).toEqual({
      applied: false,
      reason: expect.stringMatching(/protected cell/),
    });
    expect(unit.edit('Data', 'B2', '12')).toEqual({ applied: true });
    expect(owner.call('read', 'B2')).toBe(12);
    expect(other.edit('Data', 'B2', '13').applied).toBe(false);
    expect(other.edit('Data', 'B3', '150')).toEqual({
      applied: false,
      reason: 'There was a problem: 0 to 100',
    });
    expect(other.edit('Data', 'B3', '50').applied).toBe(true);
    expect(other.edit('Data', 'B4', 'maybe').applied).toBe(false);
    expect(other.edit('Data', 'B4', 'TRUE').applied).toBe(true);
    expect(owner.call('read', 'B4')).toBe(true);
    expect(other.edit('Nope', 'A1', 'x')).toEqual({
      applied: false,
      reason: 'No sheet named "Nope".',
    });
    expect(other.edit('Data', 'B1:B2', 'x').applied).toBe(false);
  });

  it('fires installed onEdit triggers as their owner; e.user is blank across domains', () => {
    const { owner, as, wb } = world();
    expect(owner.call('install')).toBe('onTick');
    expect(() => owner.call('install')).toThrow(/too many edit triggers/);
    expect(owner.call('triggers')).toEqual(['onTick']);
    expect(as('unit@a.vn').call('triggers')).toEqual([]);
    as('unit@a.vn').edit('Data', 'B4', 'TRUE');
    // D1 is protected for the owner only: the trigger wrote it, as the owner.
    expect(owner.call('read', 'D1')).toBe('B4|TRUE|FALSE|unit@a.vn|unit@a.vn|owner@a.vn');
    as('guest@b.vn').edit('Data', 'B5', 'hello');
    expect(owner.call('read', 'D1')).toBe('B5|hello||||owner@a.vn');
    expect(wb.triggers).toHaveLength(1);
  });

  it('keeps triggers and developer metadata across .xlsx', async () => {
    const { owner, wb, as } = world();
    owner.call('install');
    owner.call('addMeta', 'k', 'v1');
    expect(owner.call('findMeta', 'k')).toEqual(['v1']);
    // PROJECT-visible: another project does not see it; DOCUMENT-visible: everyone does.
    const stranger = createRuntime({
      workbook: wb,
      bundleCode: CODE,
      user: 'owner@a.vn',
      projectId: 'q',
    });
    expect(stranger.call('findMeta', 'k')).toEqual([]);
    expect(stranger.call('findMeta', 'onsheet')).toEqual(['x']);
    const back = await workbookFromBuffer(await toXlsxBuffer(wb), 'T');
    const again = createRuntime({
      workbook: back,
      bundleCode: CODE,
      user: 'owner@a.vn',
      projectId: 'p',
    });
    expect(again.call('findMeta', 'k')).toEqual(['v1']);
    expect(again.call('findMeta', 'onsheet')).toEqual(['x']);
    expect(back.triggers.map((t) => [t.handler, t.owner])).toEqual([['onTick', 'owner@a.vn']]);
    // A sheet's metadata goes with it.
    again.call('setMeta', 'k', 'v2');
    expect(again.call('findMeta', 'k')).toEqual(['v2']);
    expect(as('unit@a.vn').call('findMeta', 'k')).toEqual(['v1']);
  });

  it('computes digests like Utilities.computeDigest (signed bytes)', () => {
    const { owner } = world();
    expect(owner.call('digest', 'abc')).toBe('ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=');
  });
});

describe('sheet guards and faults', () => {
  it('refuses deleting or renaming a sheet the user may not edit', () => {
    const { owner, as } = world();
    expect(() => as('unit@a.vn').call('deleteData')).toThrow(/protected cell/);
    expect(() => as('unit@a.vn').call('renameData')).toThrow(/protected cell/);
    owner.call('renameData');
  });

  it('fails the Nth service call of each execution; kill fails every later call too', () => {
    const { owner } = world();
    // Calls: getActiveSpreadsheet, getSheetByName, then getRange + setValue for C1, C2, C3.
    owner.failAtCall(8);
    expect(() => owner.call('writeThree')).toThrow(/emulated fault: call 8, Range.setValue/);
    owner.failAtCall(null);
    expect([owner.call('read', 'C2'), owner.call('read', 'C3')]).toEqual([2, '']);
    // A quota error can be caught: the script's own clean-up still reaches the document.
    expect(owner.call('read', 'C5')).toBe('caught');
    owner.call('clearC');
    owner.failAtCall(8, { kill: true });
    expect(() => owner.call('writeThree')).toThrow(/emulated fault/);
    owner.failAtCall(null);
    // Killed: the clean-up's calls failed too.
    expect(owner.call('read', 'C5')).toBe('');
    expect(owner.faultsInjected()).toBe(2);
  });
});

describe('typed edits in the file locale', () => {
  const code = `
  function setup() {
    var sheet = SpreadsheetApp.getActive().getSheets()[0];
    sheet.getRange('A1').setValue('locked');
    var p = sheet.getRange('A1').protect();
    p.removeEditors(p.getEditors());
    sheet.getRange('B1').setDataValidation(SpreadsheetApp.newDataValidation()
      .requireValueInList(['Có', 'Không'], true).setAllowInvalid(false).setHelpText('Chọn Có hoặc Không').build());
  }
  function read() { return SpreadsheetApp.getActive().getSheets()[0].getRange('A1:C2').getValues(); }`;

  it('applies protections and rejecting validation, and reads vi_VN numbers and formulas', () => {
    const wb = createWorkbook('Edits');
    const rt = createRuntime({ workbook: wb, bundleCode: code, user: 'owner@example.com' });
    rt.call('setup');
    rt.setUser('unit@example.com');
    wb.locale = 'vi_VN';
    expect(rt.edit('Sheet1', 'A1', 'mine')).toMatchObject({ applied: false });
    expect(rt.edit('Sheet1', 'B1', 'Có lẽ')).toEqual({
      applied: false,
      reason: 'There was a problem: Chọn Có hoặc Không',
    });
    expect(rt.edit('Sheet1', 'B1', 'Có')).toEqual({ applied: true });
    expect(rt.edit('Sheet1', 'C1', '1,5')).toEqual({ applied: true });
    expect(rt.edit('Sheet1', 'A2', '1.000')).toEqual({ applied: true });
    expect(rt.edit('Sheet1', 'B2', '=ROUND(C1*2,5;0)')).toEqual({ applied: true });
    expect(rt.call('read')).toEqual([
      ['locked', 'Có', 1.5],
      [1000, 4, ''],
    ]);
  });
});
