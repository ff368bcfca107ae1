/**
 * Installable triggers kept in `workbook.triggers`, and the time-driven (clock) ones: the
 * ScriptApp trigger builder, the Trigger objects scripts get back, and when a clock trigger is
 * due. Tests fire due clock triggers with `Runtime.fireClockTriggers(now)`.
 */
import { randomBytes } from 'node:crypto';
import { dateToSerial, serialToMs } from '../dates.ts';
import type { Env } from '../environment.ts';
import { EnumSet, ServiceObject } from '../serviceObject.ts';
import { forSpreadsheet, type SpreadsheetTriggerBuilderImpl } from './editTriggers.ts';
import { SCRIPT_TIME_ZONE } from './session.ts';

/** Fields every installable trigger has. */
interface TriggerCommon {
  /** Trigger.getUniqueId(). */
  id: string;
  /** The global function it runs. */
  handler: string;
  /** Who created it: it runs as this user. */
  owner: string;
}

/** An installable onEdit trigger (editTriggers.ts); it runs the handler of its project. */
export interface OnEditTriggerRecord extends TriggerCommon {
  kind: 'onEdit';
  /** The script project that made it (RuntimeOptions.projectId). */
  project?: string;
}

export interface ClockTriggerRecord extends TriggerCommon {
  kind: 'clock';
  /** One of: every n minutes, hours or days. */
  every: { unit: 'minutes' | 'hours' | 'days'; n: number };
  /** For daily triggers: the hour (0–23) and minute it fires at, in `timeZone`. */
  atHour?: number;
  nearMinute?: number;
  timeZone: string;
  /** Creation instant (ms since epoch): no slot fires before it. */
  createdAt: number;
  /** The last slot fired (ms since epoch). */
  lastFiredAt?: number;
}

export type TriggerRecord = OnEditTriggerRecord | ClockTriggerRecord;

export const EventType = new EnumSet('EventType', [
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);
export const TriggerSource = new EnumSet('TriggerSource', [
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
]);

/** Apps Script's limit of installable triggers per user and script. */
const MAX_TRIGGERS_PER_USER = 20;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

function newTriggerId(): string {
  // Apps Script ids are long decimal strings.
  return BigInt(`0x${randomBytes(8).toString('hex')}`)
    .toString()
    .padStart(19, '0');
}

/** A trigger as scripts see it (ScriptApp.getProjectTriggers() and create()). */
export class TriggerImpl extends ServiceObject {
  readonly _className = 'Trigger';
  constructor(readonly _record: TriggerRecord) {
    super();
  }
  getUniqueId(): string {
    return this._record.id;
  }
  getHandlerFunction(): string {
    return this._record.handler;
  }
  getEventType() {
    return EventType._get(this._record.kind === 'clock' ? 'CLOCK' : 'ON_EDIT');
  }
  getTriggerSource() {
    return TriggerSource._get(this._record.kind === 'clock' ? 'CLOCK' : 'SPREADSHEETS');
  }
  getTriggerSourceId(): string | null {
    return null;
  }
}

/** ScriptApp.newTrigger(handler): timeBased() here, forSpreadsheet(ss).onEdit() in editTriggers.ts. */
export class TriggerBuilderImpl extends ServiceObject {
  readonly _className = 'TriggerBuilder';
  constructor(
    private readonly env: Env,
    private readonly handler: string,
  ) {
    super();
  }
  timeBased(): ClockTriggerBuilderImpl {
    return new ClockTriggerBuilderImpl(this.env, this.handler);
  }
  forSpreadsheet(ss: unknown): SpreadsheetTriggerBuilderImpl {
    return forSpreadsheet(this.env, this.handler, ss);
  }
}

export class ClockTriggerBuilderImpl extends ServiceObject {
  readonly _className = 'ClockTriggerBuilder';
  private every: ClockTriggerRecord['every'] | null = null;
  private atHourValue: number | undefined;
  private nearMinuteValue: number | undefined;
  private timeZone = SCRIPT_TIME_ZONE;
  constructor(
    private readonly env: Env,
    private readonly handler: string,
  ) {
    super();
  }
  everyMinutes(n: unknown): this {
    const v = Number(n);
    if (![1, 5, 10, 15, 30].includes(v))
      throw new Error('The value passed to everyMinutes must be 1, 5, 10, 15 or 30.');
    this.every = { unit: 'minutes', n: v };
    return this;
  }
  everyHours(n: unknown): this {
    const v = Number(n);
    if (![1, 2, 4, 6, 8, 12].includes(v))
      throw new Error('The value passed to everyHours must be 1, 2, 4, 6, 8 or 12.');
    this.every = { unit: 'hours', n: v };
    return this;
  }
  everyDays(n: unknown): this {
    const v = Number(n);
    if (!Number.isInteger(v) || v < 1) throw new Error('Invalid argument: everyDays');
    this.every = { unit: 'days', n: v };
    return this;
  }
  atHour(h: unknown): this {
    const v = Number(h);
    if (!Number.isInteger(v) || v < 0 || v > 23) throw new Error('Invalid argument: atHour');
    this.atHourValue = v;
    return this;
  }
  nearMinute(m: unknown): this {
    const v = Number(m);
    if (!Number.isInteger(v) || v < 0 || v > 59) throw new Error('Invalid argument: nearMinute');
    this.nearMinuteValue = v;
    return this;
  }
  inTimezone(tz: unknown): this {
    const zone = String(tz);
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      throw new Error(`Invalid argument: timezone "${zone}"`);
    }
    this.timeZone = zone;
    return this;
  }
  create(): TriggerImpl {
    if (this.every === null)
      throw new Error(
        'Clock triggers must have a frequency: call everyMinutes, everyHours or everyDays.',
      );
    if (this.atHourValue !== undefined && this.every.unit !== 'days')
      throw new Error('atHour can only be used with everyDays or everyWeeks.');
    const env = this.env;
    const owner = env.user;
    const mine = env.workbook.triggers.filter((t) => t.owner === owner);
    if (mine.length >= MAX_TRIGGERS_PER_USER)
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    const record: ClockTriggerRecord = {
      id: newTriggerId(),
      kind: 'clock',
      handler: this.handler,
      owner,
      every: { ...this.every },
      timeZone: this.timeZone,
      createdAt: env.now().getTime(),
      ...(this.atHourValue !== undefined ? { atHour: this.atHourValue } : {}),
      ...(this.nearMinuteValue !== undefined ? { nearMinute: this.nearMinuteValue } : {}),
    };
    env.workbook.triggers.push(record);
    return new TriggerImpl(record);
  }
}

// ------------------------------------------------------------------ ScriptApp's trigger methods

export function newTrigger(env: Env, handler: unknown): TriggerBuilderImpl {
  const name = String(handler ?? '');
  if (!/^[A-Za-z_$][\w$]*$/.test(name)) throw new Error(`Invalid argument: ${name}`);
  return new TriggerBuilderImpl(env, name);
}

/** The current user's triggers (Apps Script never shows another user's). */
export function userTriggers(env: Env): TriggerImpl[] {
  return env.workbook.triggers.filter((t) => t.owner === env.user).map((t) => new TriggerImpl(t));
}

export function deleteTrigger(env: Env, trigger: unknown): void {
  if (!(trigger instanceof TriggerImpl)) throw new Error('Invalid argument: trigger');
  const list = env.workbook.triggers;
  const i = list.findIndex((t) => t.id === trigger._record.id && t.owner === env.user);
  if (i >= 0) list.splice(i, 1);
}

export function triggerEnums(): Record<string, unknown> {
  return { EventType, TriggerSource };
}

// ------------------------------------------------------------------ when clock triggers fire

/** The slots (ms since epoch) of a clock trigger in (after, upTo], oldest first. */
export function slotsBetween(
  t: ClockTriggerRecord,
  after: number,
  upTo: number,
  max = 1000,
): number[] {
  const out: number[] = [];
  if (upTo <= after) return out;
  if (t.every.unit !== 'days') {
    const step = t.every.n * (t.every.unit === 'hours' ? HOUR_MS : MINUTE_MS);
    // Emulated offset: whole steps after creation.
    const first = Math.floor((Math.max(after, t.createdAt) - t.createdAt) / step) + 1;
    for (let k = first; out.length < max; k++) {
      const at = t.createdAt + k * step;
      if (at > upTo) break;
      out.push(at);
    }
    return out;
  }
  // Daily: at atHour:nearMinute local time (or the time of day it was created), every n days
  // from the first such moment after creation.
  const createdSerial = dateToSerial(new Date(t.createdAt), t.timeZone);
  const createdDay = Math.floor(createdSerial + 1e-9);
  const minuteOfDay =
    t.atHour !== undefined
      ? t.atHour * 60 + (t.nearMinute ?? 0)
      : Math.round((createdSerial - createdDay) * 1440);
  const slotAt = (day: number) => serialToMs(day + minuteOfDay / 1440, t.timeZone);
  let firstDay = createdDay;
  if (slotAt(firstDay) <= t.createdAt) firstDay += 1;
  const afterSerial = dateToSerial(new Date(Math.max(after, t.createdAt)), t.timeZone);
  let k = Math.max(0, Math.floor((Math.floor(afterSerial) - firstDay) / t.every.n) - 1);
  while (out.length < max) {
    const at = slotAt(firstDay + k * t.every.n);
    k++;
    if (at <= after) continue;
    if (at > upTo) break;
    out.push(at);
  }
  return out;
}

/** The event object of a time-driven trigger (fields in UTC, as Apps Script gives them). */
export function clockEvent(t: ClockTriggerRecord, at: number): Record<string, unknown> {
  const d = new Date(at);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  return {
    triggerUid: t.id,
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    'week-of-year': Math.floor((at - start) / (7 * DAY_MS)) + 1,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    timezone: 'UTC',
  };
}

/** One firing reported by Runtime.fireClockTriggers. */
export interface FiredTrigger {
  id: string;
  handler: string;
  owner: string;
  /** The slot's instant. */
  at: Date;
  ok: boolean;
  /** The error's message when the handler threw (Apps Script emails it to the owner). */
  error?: string;
}

/**
 * Every clock trigger slot due up to `now` and not yet fired, oldest first across triggers. Each
 * slot is marked fired before it runs, so a handler that throws is not retried (as in Sheets).
 */
export function dueSlots(
  triggers: readonly TriggerRecord[],
  now: number,
): Array<{ trigger: ClockTriggerRecord; at: number }> {
  const due: Array<{ trigger: ClockTriggerRecord; at: number }> = [];
  for (const t of triggers) {
    if (t.kind !== 'clock') continue;
    for (const at of slotsBetween(t, t.lastFiredAt ?? t.createdAt, now))
      due.push({ trigger: t, at });
  }
  return due.sort((a, b) => a.at - b.at);
}
