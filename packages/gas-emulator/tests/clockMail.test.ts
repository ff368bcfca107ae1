import { describe, expect, it } from 'vitest';
import { createRuntime, createWorkbook, toXlsxBuffer, workbookFromBuffer } from '../src/index.ts';

process.env.TZ = 'Asia/Ho_Chi_Minh';

/** A clock the test moves: wall-clock time in UTC+7. */
function clock(at: string) {
  let t = new Date(`${at}:00+07:00`);
  return {
    now: () => t,
    set(next: string) {
      t = new Date(`${next}:00+07:00`);
    },
  };
}

const SCRIPT = `
function install() {
  return ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).inTimezone('Asia/Ho_Chi_Minh').create().getUniqueId();
}
function daily(e) {
  var props = PropertiesService.getDocumentProperties();
  var runs = JSON.parse(props.getProperty('runs') || '[]');
  runs.push({ at: new Date().toISOString(), user: Session.getEffectiveUser().getEmail(), hour: e.hour, uid: e.triggerUid, auth: String(e.authMode) });
  props.setProperty('runs', JSON.stringify(runs));
}
function runs() { return JSON.parse(PropertiesService.getDocumentProperties().getProperty('runs') || '[]'); }
function list() {
  return ScriptApp.getProjectTriggers().map(function (t) {
    return [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource())];
  });
}
function removeAll() { ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); }); }
function send(to, subject) { MailApp.sendEmail(to, subject, 'Nội dung', { name: 'Robot' }); return MailApp.getRemainingDailyQuota(); }
function sendObject(m) { MailApp.sendEmail(m); }
function quota() { return MailApp.getRemainingDailyQuota(); }
function boom() { throw new Error('hỏng'); }
function installBoom() { ScriptApp.newTrigger('boom').timeBased().everyHours(1).create(); }
`;

describe('time-driven triggers', () => {
  it('fire once per slot, as their owner, with the clock at the slot', () => {
    const c = clock('2026-06-01T09:30');
    const wb = createWorkbook('T');
    const owner = createRuntime({
      workbook: wb,
      bundleCode: SCRIPT,
      user: 'owner@x.vn',
      now: c.now,
    });
    const id = owner.call<string>('install');
    expect(wb.triggers).toEqual([
      expect.objectContaining({
        id,
        kind: 'clock',
        handler: 'daily',
        owner: 'owner@x.vn',
        atHour: 7,
      }),
    ]);
    expect(owner.call('list')).toEqual([['daily', 'CLOCK', 'CLOCK']]);

    // Another user runs the clock forward: the trigger still runs as its owner.
    const other = createRuntime({
      workbook: wb,
      bundleCode: SCRIPT,
      user: 'other@x.vn',
      now: c.now,
    });
    expect(other.call('list')).toEqual([]);
    expect(other.fireClockTriggers(new Date('2026-06-01T23:00:00+07:00'))).toEqual([]);
    const fired = other.fireClockTriggers(new Date('2026-06-03T08:00:00+07:00'));
    expect(fired.map((f) => [f.handler, f.owner, f.at.toISOString(), f.ok])).toEqual([
      ['daily', 'owner@x.vn', '2026-06-02T00:00:00.000Z', true],
      ['daily', 'owner@x.vn', '2026-06-03T00:00:00.000Z', true],
    ]);
    // Firing again up to the same moment runs nothing twice.
    expect(other.fireClockTriggers(new Date('2026-06-03T08:00:00+07:00'))).toEqual([]);
    expect(owner.call('runs')).toEqual([
      { at: '2026-06-02T00:00:00.000Z', user: 'owner@x.vn', hour: 0, uid: id, auth: 'FULL' },
      { at: '2026-06-03T00:00:00.000Z', user: 'owner@x.vn', hour: 0, uid: id, auth: 'FULL' },
    ]);
  });

  it('a slot created after 07:00 starts the next day; deleted triggers stop', () => {
    const c = clock('2026-06-01T06:59');
    const wb = createWorkbook('T');
    const rt = createRuntime({ workbook: wb, bundleCode: SCRIPT, user: 'a@x.vn', now: c.now });
    rt.call('install');
    expect(rt.fireClockTriggers(new Date('2026-06-01T07:00:00+07:00'))).toHaveLength(1);
    rt.call('removeAll');
    expect(wb.triggers).toEqual([]);
    expect(rt.fireClockTriggers(new Date('2026-06-09T07:00:00+07:00'))).toEqual([]);
  });

  it('report a handler that throws without stopping the others', () => {
    const c = clock('2026-06-01T10:00');
    const rt = createRuntime({
      workbook: createWorkbook('T'),
      bundleCode: SCRIPT,
      user: 'a@x.vn',
      now: c.now,
    });
    rt.call('installBoom');
    const fired = rt.fireClockTriggers(new Date('2026-06-01T12:30:00+07:00'));
    expect(fired.map((f) => [f.at.toISOString(), f.ok, f.error])).toEqual([
      ['2026-06-01T04:00:00.000Z', false, 'hỏng'],
      ['2026-06-01T05:00:00.000Z', false, 'hỏng'],
    ]);
  });

  it('survive an .xlsx round trip with the outbox', async () => {
    const c = clock('2026-06-01T10:00');
    const wb = createWorkbook('T');
    const rt = createRuntime({ workbook: wb, bundleCode: SCRIPT, user: 'a@x.vn', now: c.now });
    rt.call('install');
    rt.call('send', 'b@x.vn', 'Chào');
    const back = await workbookFromBuffer(await toXlsxBuffer(wb), 'T');
    expect(back.triggers).toEqual(wb.triggers);
    expect(back.outbox).toEqual(wb.outbox);
    const again = createRuntime({ workbook: back, bundleCode: SCRIPT, user: 'a@x.vn', now: c.now });
    expect(again.fireClockTriggers(new Date('2026-06-02T07:00:00+07:00'))).toHaveLength(1);
  });
});

describe('MailApp', () => {
  it('puts mail in the outbox and counts recipients against a daily quota', () => {
    const c = clock('2026-06-01T10:00');
    const wb = createWorkbook('T');
    const rt = createRuntime({
      workbook: wb,
      bundleCode: SCRIPT,
      user: 'a@x.vn',
      now: c.now,
      mailQuota: 3,
    });
    expect(rt.call('quota')).toBe(3);
    expect(rt.call('send', 'b@x.vn, c@x.vn', 'Một')).toBe(1);
    expect(wb.outbox).toEqual([
      {
        at: '2026-06-01T03:00:00.000Z',
        from: 'a@x.vn',
        to: ['b@x.vn', 'c@x.vn'],
        cc: [],
        bcc: [],
        subject: 'Một',
        body: 'Nội dung',
        name: 'Robot',
      },
    ]);
    expect(() => rt.call('send', 'd@x.vn, e@x.vn', 'Hai')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect(wb.outbox).toHaveLength(1);
    // The next day (script time zone) the quota is back.
    c.set('2026-06-02T00:01');
    expect(rt.call('quota')).toBe(3);
    rt.call('sendObject', { to: 'd@x.vn', cc: 'e@x.vn', subject: 'Ba', htmlBody: '<b>x</b>' });
    expect(wb.outbox[1]).toMatchObject({ to: ['d@x.vn'], cc: ['e@x.vn'], htmlBody: '<b>x</b>' });
  });

  it('refuses bad addresses and mail without a recipient', () => {
    const rt = createRuntime({ workbook: createWorkbook('T'), bundleCode: SCRIPT, user: 'a@x.vn' });
    expect(() => rt.call('send', 'không phải email', 'x')).toThrow(
      'Invalid email: không phải email',
    );
    expect(() => rt.call('send', '', 'x')).toThrow('Failed to send email: no recipient');
  });
});
