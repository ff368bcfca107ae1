/**
 * MailApp: mail goes to `workbook.outbox` instead of the network, within a daily quota of
 * recipients per sender (100 on consumer accounts, 1,500 on Workspace; RuntimeOptions.mailQuota).
 */
import type { Env } from '../environment.ts';
import { dateToSerial } from '../dates.ts';
import { ServiceObject } from '../serviceObject.ts';
import { SCRIPT_TIME_ZONE } from './session.ts';

export interface SentMail {
  /** ISO instant it was sent. */
  at: string;
  /** The sender: the user the script runs as. */
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
}

/** Consumer (gmail.com) accounts: 100 recipients a day. */
export const CONSUMER_MAIL_QUOTA = 100;
const MAX_SUBJECT = 250;
const MAX_BODY = 200 * 1024;
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

function addresses(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return String(value)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** The script-time-zone day of an instant: quotas reset per day. */
function dayOf(ms: number): number {
  return Math.floor(dateToSerial(new Date(ms), SCRIPT_TIME_ZONE));
}

/** Recipients `from` has used on the day of `now`. */
export function recipientsSentToday(outbox: readonly SentMail[], from: string, now: Date): number {
  const today = dayOf(now.getTime());
  let n = 0;
  for (const m of outbox) {
    if (m.from.toLowerCase() !== from.toLowerCase()) continue;
    if (dayOf(Date.parse(m.at)) !== today) continue;
    n += m.to.length + m.cc.length + m.bcc.length;
  }
  return n;
}

interface MessageOptions {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  name?: unknown;
  replyTo?: unknown;
  noReply?: unknown;
  attachments?: unknown;
}

export class MailAppImpl extends ServiceObject {
  readonly _className = 'MailApp';
  constructor(private readonly env: Env) {
    super();
  }

  getRemainingDailyQuota(): number {
    const used = recipientsSentToday(this.env.workbook.outbox, this.env.user, this.env.now());
    return Math.max(0, this.env.mailQuota - used);
  }

  /**
   * sendEmail(message), sendEmail(recipient, subject, body[, options]) or
   * sendEmail(recipient, replyTo, subject, body).
   */
  sendEmail(a: unknown, b?: unknown, c?: unknown, d?: unknown): void {
    let o: MessageOptions;
    if (typeof a === 'object' && a !== null && b === undefined) o = a as MessageOptions;
    else if (typeof d === 'string') o = { to: a, replyTo: b, subject: c, body: d };
    else o = { ...((d as MessageOptions | undefined) ?? {}), to: a, subject: b, body: c };
    if (o.attachments !== undefined)
      throw new Error('Emulator: MailApp.sendEmail attachments are not implemented');
    const to = addresses(o.to);
    const cc = addresses(o.cc);
    const bcc = addresses(o.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw new Error('Failed to send email: no recipient');
    const bad = all.find((e) => !EMAIL.test(e));
    if (bad !== undefined) throw new Error(`Invalid email: ${bad}`);
    const subject = String(o.subject ?? '');
    if (subject.length > MAX_SUBJECT) throw new Error('Argument too large: subject');
    const body = String(o.body ?? '');
    const htmlBody = o.htmlBody === undefined ? undefined : String(o.htmlBody);
    if (body.length + (htmlBody?.length ?? 0) > MAX_BODY)
      throw new Error('Argument too large: body');
    if (all.length > this.getRemainingDailyQuota())
      throw new Error('Service invoked too many times for one day: email.');
    this.env.workbook.outbox.push({
      at: this.env.now().toISOString(),
      from: this.env.user,
      to,
      cc,
      bcc,
      subject,
      body,
      ...(htmlBody !== undefined ? { htmlBody } : {}),
      ...(o.name !== undefined && o.noReply !== true ? { name: String(o.name) } : {}),
      ...(o.replyTo !== undefined ? { replyTo: String(o.replyTo) } : {}),
    });
  }
}
