// Calendar days as the add-on reads and shows them: a Date cell is the day it shows in the
// spreadsheet's time zone (Vietnam unless the file says otherwise), texts are dd/mm/yyyy or
// yyyy-mm-dd, months end on their last day. Expected days are counted by hand from the calendar
// and the zones' published offsets (Vietnam UTC+7; Sydney +10, +11 from 04/10/2026; Paris +1/+2;
// New York −5/−4). calendar.ts keeps the zone in force, so each test imports a fresh module.
import { describe, expect, it, vi } from 'vitest';

async function calendar() {
  vi.resetModules();
  return import('../../src/core/text/calendar.ts');
}

describe('the time zone of the spreadsheet', () => {
  it('is Vietnam until told otherwise', async () => {
    const c = await calendar();
    expect(c.timeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(c.VIETNAM_ZONE).toBe('Asia/Ho_Chi_Minh');
    // 17:00 UTC is midnight in Hà Nội.
    expect(c.dateToIso(new Date('2025-12-31T16:59:59Z'))).toBe('2025-12-31');
    expect(c.dateToIso(new Date('2025-12-31T17:00:00Z'))).toBe('2026-01-01');
    expect(c.dateToIsoMinute(new Date('2026-03-15T01:05:00Z'))).toBe('2026-03-15T08:05');
  });

  it('can be set by name, also to a zone with daylight saving time', async () => {
    const c = await calendar();
    expect(c.setTimeZone('Europe/Paris')).toBe(true);
    expect(c.timeZone()).toBe('Europe/Paris');
    expect(c.dateToIsoMinute(new Date('2026-01-01T12:00:00Z'))).toBe('2026-01-01T13:00');
    expect(c.dateToIsoMinute(new Date('2026-07-01T12:00:00Z'))).toBe('2026-07-01T14:00');
    expect(c.dateToIsoMinute(new Date('2026-07-01T12:00:00.500Z'))).toBe('2026-07-01T14:00');
    expect(c.dateToIsoMinute(new Date('2026-07-01T21:59:59.999Z'))).toBe('2026-07-01T23:59');
    expect(c.dateToIso(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });

  it('knows the fixed zones by name: UTC, GMT, Saigon and the POSIX Etc/GMT±n', async () => {
    const c = await calendar();
    const at = new Date('2026-01-01T03:00:00Z');
    const minute = (zone: string): [string, string | null] => [
      zone,
      c.withTimeZone(zone, () => c.dateToIsoMinute(at)),
    ];
    expect(minute('UTC')).toEqual(['UTC', '2026-01-01T03:00']);
    expect(minute('GMT')).toEqual(['GMT', '2026-01-01T03:00']);
    expect(minute('Etc/UTC')).toEqual(['Etc/UTC', '2026-01-01T03:00']);
    expect(minute('Etc/Greenwich')).toEqual(['Etc/Greenwich', '2026-01-01T03:00']);
    expect(minute('Asia/Saigon')).toEqual(['Asia/Saigon', '2026-01-01T10:00']);
    // Etc/GMT+5 is five hours behind Greenwich, Etc/GMT-14 fourteen hours ahead.
    expect(minute('Etc/GMT+5')).toEqual(['Etc/GMT+5', '2025-12-31T22:00']);
    expect(minute('Etc/GMT-14')).toEqual(['Etc/GMT-14', '2026-01-01T17:00']);
    expect(minute('Etc/GMT+12')).toEqual(['Etc/GMT+12', '2025-12-31T15:00']);
  });

  it('keeps the zone in force when the name is unknown, unless an offset is given', async () => {
    const c = await calendar();
    expect(c.setTimeZone('Mars/Olympus')).toBe(false);
    expect(c.setTimeZone('Etc/GMT+5x')).toBe(false);
    expect(c.setTimeZone('Mars/Etc/GMT+5')).toBe(false);
    expect(c.timeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(c.dateToIsoMinute(new Date('2026-01-01T03:00:00Z'))).toBe('2026-01-01T10:00');
    expect(c.setTimeZone('Mars/Olympus', 90)).toBe(true);
    expect(c.timeZone()).toBe('Mars/Olympus');
    expect(c.dateToIsoMinute(new Date('2026-01-01T03:00:00Z'))).toBe('2026-01-01T04:30');
    expect(c.setTimeZone('Asia/Tokyo', 90)).toBe(true);
    expect(c.dateToIsoMinute(new Date('2026-01-01T03:00:00Z'))).toBe('2026-01-01T12:00');
  });

  it('withTimeZone reads in a zone for one call, then goes back, also after an error', async () => {
    const c = await calendar();
    expect(c.withTimeZone('Asia/Tokyo', () => c.dateToIso(new Date('2025-12-31T15:00:00Z')))).toBe(
      '2026-01-01',
    );
    expect(c.timeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(() =>
      c.withTimeZone('Asia/Tokyo', () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(c.timeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(() => c.withTimeZone('Mars/Olympus', () => 1)).toThrow('Unknown time zone Mars/Olympus');
    expect(c.timeZone()).toBe('Asia/Ho_Chi_Minh');
  });
});

describe('days of a month', () => {
  it('counts 28, 29, 30 or 31 days', async () => {
    const c = await calendar();
    expect(c.daysInMonth(2026, 2)).toBe(28);
    expect(c.daysInMonth(2024, 2)).toBe(29);
    expect(c.daysInMonth(2100, 2)).toBe(28);
    expect(c.daysInMonth(2000, 2)).toBe(29);
    expect(c.daysInMonth(2026, 4)).toBe(30);
    expect(c.daysInMonth(2026, 12)).toBe(31);
    expect(c.daysInMonth(2026, 1)).toBe(31);
  });

  it('dayOfMonth clamps a day to the month’s last one', async () => {
    const c = await calendar();
    expect(c.dayOfMonth(2026, 6, 31)).toBe('2026-06-30');
    expect(c.dayOfMonth(2026, 2, 30)).toBe('2026-02-28');
    expect(c.dayOfMonth(2024, 2, 30)).toBe('2024-02-29');
    expect(c.dayOfMonth(2026, 1, 5)).toBe('2026-01-05');
    expect(c.dayOfMonth(2026, 12, 31)).toBe('2026-12-31');
  });
});

describe('isoDate and isIsoDate', () => {
  it('build a real day from its parts', async () => {
    const c = await calendar();
    expect(c.isoDate(2026, 3, 15)).toBe('2026-03-15');
    expect(c.isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(c.isoDate(1900, 1, 1)).toBe('1900-01-01');
    expect(c.isoDate(2999, 12, 31)).toBe('2999-12-31');
  });

  it('refuse a day that is not real, or a year out of 1900–2999', async () => {
    const c = await calendar();
    const refused: Array<[number, number, number]> = [
      [2026, 2, 29],
      [2026, 4, 31],
      [2026, 2, 0],
      [2026, 0, 1],
      [2026, 13, 1],
      [1899, 12, 31],
      [3000, 1, 1],
      [2026.5, 1, 1],
      [2026, 1.5, 1],
      [2026, 1, 1.5],
      [Number.NaN, 1, 1],
    ];
    for (const parts of refused) expect([parts, c.isoDate(...parts)]).toEqual([parts, null]);
  });

  it('isIsoDate accepts only a real day written yyyy-mm-dd', async () => {
    const c = await calendar();
    expect(c.isIsoDate('2026-02-28')).toBe(true);
    expect(c.isIsoDate('2024-02-29')).toBe(true);
    for (const t of ['2026-02-29', '2026-2-28', '2026-02-28x', 'x2026-02-28', '28/02/2026', ''])
      expect([t, c.isIsoDate(t)]).toEqual([t, false]);
  });
});

describe('shifting days', () => {
  it('addDays crosses months and years', async () => {
    const c = await calendar();
    expect(c.addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(c.addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(c.addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(c.addDays('2026-01-15', 0)).toBe('2026-01-15');
    expect(c.addDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('daysBetween counts whole days from the first to the second', async () => {
    const c = await calendar();
    expect(c.daysBetween('2026-01-01', '2026-12-31')).toBe(364);
    expect(c.daysBetween('2026-12-31', '2026-01-01')).toBe(-364);
    expect(c.daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(c.daysBetween('2026-03-15', '2026-03-15')).toBe(0);
  });

  it('addMonths keeps the day, clamped to the month’s end', async () => {
    const c = await calendar();
    expect(c.addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(c.addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(c.addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(c.addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(c.addMonths('2026-03-31', -13)).toBe('2025-02-28');
    expect(c.addMonths('2026-12-20', 0)).toBe('2026-12-20');
    expect(c.addMonths('2026-12-20', 12)).toBe('2027-12-20');
  });
});

describe('Dates from cells', () => {
  it('dateToIso and dateToIsoMinute give null for an invalid Date', async () => {
    const c = await calendar();
    expect(c.dateToIso(new Date(Number.NaN))).toBeNull();
    expect(c.dateToIsoMinute(new Date(Number.NaN))).toBeNull();
  });

  it('dateToIsoMinute shows the minute of the day, before midnight too', async () => {
    const c = await calendar();
    expect(c.dateToIsoMinute(new Date('2026-03-15T16:59:00Z'))).toBe('2026-03-15T23:59');
    expect(c.dateToIsoMinute(new Date('2026-03-15T17:00:00Z'))).toBe('2026-03-16T00:00');
    expect(c.dateToIsoMinute(new Date('2026-03-15T03:45:59Z'))).toBe('2026-03-15T10:45');
  });

  it('isMidnight is true only at 00:00 in the spreadsheet’s zone', async () => {
    const c = await calendar();
    expect(c.isMidnight(new Date('2026-03-14T17:00:00Z'))).toBe(true);
    expect(c.isMidnight(new Date('2026-03-14T17:01:00Z'))).toBe(false);
    expect(c.isMidnight(new Date('2026-03-14T16:59:00Z'))).toBe(false);
    expect(c.isMidnight(new Date('2026-03-14T17:00:30Z'))).toBe(true);
    expect(c.isMidnight(new Date('2026-03-14T00:00:00Z'))).toBe(false);
    expect(c.isMidnight(new Date('1959-12-31T17:00:00Z'))).toBe(true);
    expect(c.isMidnight(new Date('1959-12-31T18:00:00Z'))).toBe(false);
    expect(c.isMidnight(new Date(Number.NaN))).toBe(false);
    expect(c.withTimeZone('UTC', () => c.isMidnight(new Date('2026-03-14T00:00:00Z')))).toBe(true);
  });

  it('isoToDate gives the midnight a date cell holds', async () => {
    const c = await calendar();
    expect(c.isoToDate('2026-03-15').toISOString()).toBe('2026-03-14T17:00:00.000Z');
    expect(c.withTimeZone('UTC', () => c.isoToDate('2026-03-15').toISOString())).toBe(
      '2026-03-15T00:00:00.000Z',
    );
  });

  it('isoToDate finds the offset in force at that midnight across a change of daylight time', async () => {
    const c = await calendar();
    // Sydney moves to +11 at 02:00 on 04/10/2026: that day's midnight is still at +10.
    expect(c.withTimeZone('Australia/Sydney', () => c.isoToDate('2026-10-04').toISOString())).toBe(
      '2026-10-03T14:00:00.000Z',
    );
    expect(c.withTimeZone('Australia/Sydney', () => c.isoToDate('2026-10-05').toISOString())).toBe(
      '2026-10-04T13:00:00.000Z',
    );
    expect(c.withTimeZone('America/New_York', () => c.isoToDate('2026-11-02').toISOString())).toBe(
      '2026-11-02T05:00:00.000Z',
    );
    expect(
      c.withTimeZone('Australia/Sydney', () => c.dateToIsoMinute(new Date('2026-10-03T16:30:00Z'))),
    ).toBe('2026-10-04T03:30');
  });
});

describe('cellDay', () => {
  it('reads a Date cell as its day in the spreadsheet’s zone', async () => {
    const c = await calendar();
    expect(c.cellDay(new Date('2026-03-14T17:00:00Z'))).toBe('2026-03-15');
    expect(c.cellDay(new Date(Number.NaN))).toBeNull();
  });

  it('reads yyyy-mm-dd, with a time after it ignored', async () => {
    const c = await calendar();
    expect(c.cellDay('2026-03-15')).toBe('2026-03-15');
    expect(c.cellDay(' 2026-03-15 ')).toBe('2026-03-15');
    expect(c.cellDay('2026-03-15 08:30')).toBe('2026-03-15');
    expect(c.cellDay('2026-03-15T08:30:45')).toBe('2026-03-15');
    expect(c.cellDay('2026-02-30')).toBeNull();
  });

  it('reads dd/mm/yyyy with a slash, a dot or a dash', async () => {
    const c = await calendar();
    expect(c.cellDay('15/03/2026')).toBe('2026-03-15');
    expect(c.cellDay('5.3.2026')).toBe('2026-03-05');
    expect(c.cellDay('05-03-2026')).toBe('2026-03-05');
    expect(c.cellDay('31/02/2026')).toBeNull();
  });

  it('reads nothing else', async () => {
    const c = await calendar();
    for (const v of [
      '15/03/26',
      'x15/03/2026',
      '15/03/2026x',
      '2026-03-15x',
      'x2026-03-15',
      '2026-03-15 8:30',
      '115/03/2026',
      'ngày 15/03/2026',
      '',
      46096,
      null,
      undefined,
    ])
      expect([v, c.cellDay(v)]).toEqual([v, null]);
  });
});

describe('formatDay', () => {
  it('shows a day as dd/mm/yyyy, with its time when there is one', async () => {
    const c = await calendar();
    expect(c.formatDay('2026-03-15')).toBe('15/03/2026');
    expect(c.formatDay('2026-03-15T08:30')).toBe('15/03/2026 08:30');
  });

  it('leaves any other text as it is', async () => {
    const c = await calendar();
    expect(c.formatDay('Không rõ thời hạn')).toBe('Không rõ thời hạn');
    expect(c.formatDay('x2026-03-15')).toBe('x2026-03-15');
    expect(c.formatDay('')).toBe('');
  });
});
