// "Tạo phiếu báo cáo": one submission sheet per unit for the period, all-or-nothing. Every sheet
// is computed (plan, old inputs, records) before the first write; a sheet made before is rewritten
// in place with what its unit typed kept by task code. Distributing also installs the one edit
// trigger that makes the sheets' "Nộp báo cáo" boxes work, and protects the shared sheets for the
// coordinating office.
import { formatDay } from '../../core/text/calendar.ts';
import { UserError } from '../../core/userError.ts';
import type { DistributeView, DistributedSheetView } from '../api.ts';
import type { ListedSheets, Transaction } from '../tx/transaction.ts';
import { appendAudit } from './auditLog.ts';
import { assertOpen, type ReportContext } from './reportContext.ts';
import { readPlan, type PlanKpi, type PlanTask, type ReportUnit } from './reportPlan.ts';
import { layoutSubmission, type LayoutRow, type Layout } from './layout/submissionLayout.ts';
import { SUBMIT_CELL } from './layout/submissionColumns.ts';
import { readRecords } from './records.ts';
import { protectSharedSheets } from './sharedSheets.ts';
import { ensureEditTrigger } from './submitTrigger.ts';
import { sentBackLine, stateLine, stateOf } from './submissionState.ts';
import {
  scanSubmissionSheets,
  submissionSheetName,
  validationRules,
  writeSubmissionSheets,
  type Access,
  type FoundSheet,
} from './submissionSheet.ts';

function taskRow(t: PlanTask): LayoutRow {
  return {
    fixed: {
      code: t.task.code,
      content: t.task.content,
      leadUnit: t.task.leadUnit,
      deadline: t.task.deadline.raw,
    },
  };
}

function kpiRow(k: PlanKpi): LayoutRow {
  return {
    fixed: {
      code: k.kpi.code,
      content: k.kpi.content,
      measureUnit: k.kpi.measureUnit,
      target: k.kpi.target,
    },
  };
}

function protectionNote(unit: ReportUnit): string {
  return unit.editors.length > 0
    ? `Chỉ người nhập liệu của ${unit.name} (${unit.editors.join(', ')}) và cơ quan thường trực được sửa các ô nhập liệu và tích ô "Nộp báo cáo"; các cột Mã, Nội dung, Cơ quan chủ trì, Thời hạn, Chỉ tiêu bị khóa.`
    : `Chưa có email người nhập liệu của ${unit.name} trong trang "Đơn vị": hiện chỉ cơ quan thường trực sửa được phiếu này. Cơ quan thường trực ghi email vào cột "Email người nhập liệu" rồi bấm "Tạo phiếu báo cáo" lại.`;
}

interface Planned {
  unit: ReportUnit;
  old: FoundSheet | undefined;
  name: string;
  layout: Layout;
  access: Access;
}

/** The sheet to rewrite for a unit: the one with the usual name, else the first found. */
function pickOld(sheets: FoundSheet[], usual: string): FoundSheet | undefined {
  return sheets.find((f) => f.parsed.sheet === usual) ?? sheets[0];
}

/** `listed`: the workbook's sheets with their names, when the action's guard has just listed them. */
export function distribute(
  ctx: ReportContext,
  tx: Transaction,
  listed?: ListedSheets,
): DistributeView {
  assertOpen(ctx);
  const { ss } = ctx;
  const plan = readPlan(ss, ctx.dir, ctx.coordinator);
  if (plan.units.length === 0) {
    throw new UserError({
      vi: 'Bảng nhiệm vụ chưa có nhiệm vụ nào có mã và đơn vị chủ trì; chưa tạo được phiếu báo cáo.',
      en: 'The task tables hold no task with a code and a lead unit yet.',
    });
  }
  const {
    found: scan,
    names,
    sheets: workbookSheets,
  } = scanSubmissionSheets(ss, ctx.period.text, ctx.dir, {
    formats: true,
    skip: new Set(plan.sheets),
    known: listed,
  });
  const records = readRecords(ss, ctx.period.text).records;
  const deadlineText = formatDay(ctx.period.deadline);

  // Everything is computed before the first write.
  const planned: Planned[] = plan.units.map((unit) => {
    const mine = scan.filter((f) => f.unit === unit.name);
    const usual = submissionSheetName(ctx.period.text, unit, () => false);
    const old = pickOld(mine, usual);
    const name =
      old?.parsed.sheet ??
      submissionSheetName(ctx.period.text, unit, (n) => names.has(n.toLowerCase()));
    names.add(name.toLowerCase());
    const access: Access = {
      unitEditors: unit.editors,
      coordinators: ctx.coordinators,
      keep: ctx.keep,
    };
    const state = old ? stateOf(old, records) : null;
    const box = old?.parsed.submitBox ?? { checked: false, result: '' };
    const layout = layoutSubmission({
      unit: unit.name,
      periodTitle: ctx.periodTitle,
      periodText: ctx.period.text,
      deadlineText,
      protectionNote: protectionNote(unit),
      state: state ? stateLine(state) : 'Chưa nộp',
      sentBack: new Map([...(state?.sentBack ?? new Map())].map(([k, r]) => [k, sentBackLine(r)])),
      submitBox: { checked: box.checked, result: box.result },
      blocks: [
        { role: 'lead', rows: unit.lead.map(taskRow) },
        { role: 'partner', rows: unit.partner.map(taskRow) },
        { role: 'kpi', rows: unit.kpis.map(kpiRow) },
      ],
      old: old?.parsed ?? null,
    });
    return { unit, old, name, layout, access };
  });

  writeSubmissionSheets(
    tx,
    planned.map((p) => ({
      target: p.old ?? null,
      name: p.name,
      unit: p.unit.name,
      layout: p.layout,
      access: p.access,
    })),
    validationRules(),
    ss.getNumSheets(),
  );
  const sheets: DistributedSheetView[] = planned.map((p) => {
    return {
      unit: p.unit.name,
      sheetName: p.name,
      sheet: p.name,
      submitCell: SUBMIT_CELL,
      created: !p.old,
      lead: p.unit.lead.length,
      partner: p.unit.partner.length,
      kpis: p.unit.kpis.length,
      kept: p.layout.kept,
      editors: p.unit.editors,
    };
  });

  const trigger = ensureEditTrigger(tx, ctx);
  ctx.saveSettings(tx);
  protectSharedSheets(tx, ss, plan.sheets, ctx, workbookSheets);
  const created = sheets.filter((s) => s.created).length;
  appendAudit(
    tx,
    {
      at: ctx.now,
      user: ctx.user,
      action: 'Tạo phiếu báo cáo',
      period: ctx.period.text,
      counts: `${sheets.length} phiếu (${created} mới, ${sheets.length - created} cập nhật); ${plan.planTasks.length} nhiệm vụ, ${plan.kpis.length} chỉ tiêu; hạn nộp ${deadlineText}`,
      problems: plan.notes.length > 0 ? `${plan.notes.length} lưu ý về bảng nhiệm vụ` : '',
      details: plan.notes.map((n) => `${n.sheet} dòng ${n.row}: ${n.message}`),
    },
    ctx,
  );
  return { period: ctx.period.text, deadline: deadlineText, sheets, notes: plan.notes, trigger };
}
