/**
 * Installable onEdit triggers: ScriptApp.newTrigger(h).forSpreadsheet(ss).onEdit().create(). They
 * share `workbook.triggers` with the clock triggers (clockTriggers.ts), are kept in .xlsx, and run
 * as their owner when Runtime.edit types into a cell. Like an add-on, a project may hold one
 * trigger of each kind per user per document.
 */
import { randomBytes } from 'node:crypto';
import type { Env } from '../environment.ts';
import { ServiceObject } from '../serviceObject.ts';
import { TriggerImpl, type OnEditTriggerRecord } from './clockTriggers.ts';
import { SpreadsheetImpl } from './spreadsheet.ts';

function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export class SpreadsheetTriggerBuilderImpl extends ServiceObject {
  readonly _className = 'SpreadsheetTriggerBuilder';
  private edit = false;
  constructor(
    private readonly env: Env,
    private readonly handler: string,
  ) {
    super();
  }
  onEdit(): this {
    this.edit = true;
    return this;
  }
  create(): TriggerImpl {
    const env = this.env;
    if (!this.edit) throw new Error('Emulator: only onEdit spreadsheet triggers are emulated');
    if (env.authMode !== 'FULL')
      throw new Error('You do not have permission to call ScriptApp.newTrigger');
    const mine = env.workbook.triggers.filter(
      (t) =>
        t.kind === 'onEdit' &&
        sameEmail(t.owner, env.user) &&
        (t.project ?? env.projectId) === env.projectId,
    );
    if (mine.length > 0)
      throw new Error(
        'This add-on has created too many edit triggers in this document for this Google user account.',
      );
    const record: OnEditTriggerRecord = {
      id: BigInt(`0x${randomBytes(8).toString('hex')}`)
        .toString()
        .padStart(19, '0'),
      kind: 'onEdit',
      handler: this.handler,
      owner: env.user,
      project: env.projectId,
    };
    env.workbook.triggers.push(record);
    return new TriggerImpl(record);
  }
}

/** TriggerBuilder.forSpreadsheet(ss | id). */
export function forSpreadsheet(
  env: Env,
  handler: string,
  ss: unknown,
): SpreadsheetTriggerBuilderImpl {
  const id = ss instanceof SpreadsheetImpl ? ss.getId() : String(ss);
  if (id !== env.workbook.id) throw new Error('Emulator: forSpreadsheet of another file');
  return new SpreadsheetTriggerBuilderImpl(env, handler);
}
