/** Session, ScriptApp, Utilities, Logger and console. */
import { createHash, randomUUID } from 'node:crypto';
import { formatJavaPattern } from '../dates.ts';
import { AuthMode, Charset, DigestAlgorithm } from '../enums.ts';
import type { Env } from '../environment.ts';
import { enumName, ServiceObject } from '../serviceObject.ts';
import { UserImpl } from './user.ts';
import {
  deleteTrigger,
  newTrigger,
  triggerEnums,
  userTriggers,
  type TriggerBuilderImpl,
  type TriggerImpl,
} from './clockTriggers.ts';

export const SCRIPT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export class SessionImpl extends ServiceObject {
  readonly _className = 'Session';
  constructor(private readonly env: Env) {
    super();
  }
  getActiveUser(): UserImpl {
    return new UserImpl(this.env.activeUserEmail);
  }
  getEffectiveUser(): UserImpl {
    return new UserImpl(this.env.effectiveUserEmail);
  }
  getScriptTimeZone(): string {
    return SCRIPT_TIME_ZONE;
  }
  getActiveUserLocale(): string {
    return 'vi';
  }
  /** Stable per user and script, opaque (like Sheets). */
  getTemporaryActiveUserKey(): string {
    return createHash('sha256')
      .update(`${this.env.scriptKey}:${this.env.user}`)
      .digest('base64url')
      .slice(0, 40);
  }
}

export class ScriptAppImpl extends ServiceObject {
  readonly _className = 'ScriptApp';
  constructor(private readonly env: Env) {
    super();
  }
  override _fields(): Record<string, unknown> {
    return { AuthMode, ...triggerEnums() };
  }
  getScriptId(): string {
    return createHash('sha1').update(this.env.projectId).digest('hex');
  }
  newTrigger(handler: unknown): TriggerBuilderImpl {
    return newTrigger(this.env, handler);
  }
  /** The current user's triggers of this script. */
  getProjectTriggers(): TriggerImpl[] {
    return userTriggers(this.env);
  }
  /** The current user's triggers for this spreadsheet (one workbook per runtime here). */
  getUserTriggers(_spreadsheet: unknown): TriggerImpl[] {
    return userTriggers(this.env);
  }
  deleteTrigger(trigger: unknown): void {
    deleteTrigger(this.env, trigger);
  }
}

function formatLog(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first === 'string' && rest.length > 0 && /%[sdifjo]/.test(first)) {
    let i = 0;
    return first.replace(/%[sdifjo]/g, () => String(rest[i++]));
  }
  return args.map((a) => (typeof a === 'string' ? a : safeJson(a))).join(' ');
}

function safeJson(v: unknown): string {
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]') return String(v);
  try {
    return typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v);
  } catch {
    return String(v);
  }
}

const DIGESTS: Record<string, string> = {
  MD2: 'md2',
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Apps Script byte arrays hold signed bytes (-128…127). */
function signedBytes(buffer: Buffer): number[] {
  return [...buffer].map((b) => (b > 127 ? b - 256 : b));
}

export class UtilitiesImpl extends ServiceObject {
  readonly _className = 'Utilities';
  constructor(private readonly env: Env) {
    super();
  }
  override _fields(): Record<string, unknown> {
    return { DigestAlgorithm, Charset };
  }
  /** computeDigest(algorithm, value[, charset]): the digest as signed bytes. */
  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[] {
    const name = DIGESTS[enumName(algorithm)];
    if (name === undefined) throw new Error(`Invalid argument: algorithm ${String(algorithm)}`);
    const data = Array.isArray(value)
      ? Buffer.from(value.map((b) => Number(b) & 0xff))
      : Buffer.from(String(value), enumName(charset ?? 'UTF_8') === 'US_ASCII' ? 'ascii' : 'utf8');
    return signedBytes(createHash(name).update(data).digest());
  }
  formatDate(date: unknown, tz: unknown, pattern: unknown): string {
    if (!(date instanceof Date))
      throw new Error('Cannot find method formatDate(string,string,string).');
    return formatJavaPattern(date, String(tz), String(pattern));
  }
  formatString(fmt: unknown, ...args: unknown[]): string {
    return formatLog([String(fmt), ...args]);
  }
  /** No real sleeping: the optional onSleep hook lets tests interleave another runtime here. */
  sleep(ms: unknown): void {
    this.env.onSleep?.(Number(ms));
  }
  getUuid(): string {
    return randomUUID();
  }
  base64Encode(s: unknown): string {
    return Buffer.from(Array.isArray(s) ? s.map(Number) : String(s)).toString('base64');
  }
  base64Decode(s: unknown): number[] {
    return [...Buffer.from(String(s), 'base64')].map((b) => (b > 127 ? b - 256 : b));
  }
}

export class LoggerImpl extends ServiceObject {
  readonly _className = 'Logger';
  private readonly lines: string[] = [];
  constructor(private readonly env: Env) {
    super();
  }
  log(...args: unknown[]): this {
    const line = formatLog(args);
    this.lines.push(line);
    this.env.log(line);
    return this;
  }
  getLog(): string {
    return this.lines.join('\n');
  }
  clear(): void {
    this.lines.length = 0;
  }
}

/** console inside the bundle: buffered (not counted: it is not an Apps Script service). */
export class ConsoleImpl extends ServiceObject {
  readonly _className = 'console';
  constructor(private readonly env: Env) {
    super();
  }
  override get _counted(): boolean {
    return false;
  }
  log(...a: unknown[]): void {
    this.env.log(formatLog(a));
  }
  info(...a: unknown[]): void {
    this.env.log(`INFO ${formatLog(a)}`);
  }
  warn(...a: unknown[]): void {
    this.env.log(`WARN ${formatLog(a)}`);
  }
  error(...a: unknown[]): void {
    this.env.log(`ERROR ${formatLog(a)}`);
  }
  debug(...a: unknown[]): void {
    this.env.log(`DEBUG ${formatLog(a)}`);
  }
  time(_label?: unknown): void {}
  timeEnd(_label?: unknown): void {}
}
