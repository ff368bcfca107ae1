// Every sauro command, in the order `sauro help` lists them. Add new ones here.
import type { Command } from '../command.ts';
import { templates } from './templates.ts';
import { scaffold } from './scaffold.ts';
import { check, extractKpi, target } from './kpi.ts';
import { deadline, importPlan, unit } from './importCmds.ts';
import { exportData } from './export.ts';
import { closePeriod, dashboard, distribute, merge, report, sendBack, submit } from './report.ts';
import { remind } from './remind.ts';
import { directory, edit, settings } from './roles.ts';

export const COMMANDS: Command[] = [
  templates,
  scaffold,
  target,
  check,
  extractKpi,
  importPlan,
  deadline,
  unit,
  distribute,
  submit,
  merge,
  closePeriod,
  sendBack,
  settings,
  directory,
  edit,
  remind,
  dashboard,
  report,
  exportData,
];
