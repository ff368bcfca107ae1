// The plan as the reports see it: the task and KPI tables the add-on made (one read each), with
// every unit name resolved against the directory, and which unit reports on what.
import { cellString } from '../../core/sheet/cellText.ts';
import { findDuplicateCodes, headsSubTasks, type CodePlace } from '../../core/sheet/codes.ts';
import { isGeneralRow } from '../../core/sixClear.ts';
import type { CellValue } from '../../core/sheet/cellArgs.ts';
import { deadlineFromCell } from '../../core/deadline/deadlineFunctions.ts';
import type { MasterKpi, MasterTask } from '../../core/report/merge/mergeTypes.ts';
import { resolveUnits, type ResolvedUnit, type UnitDirectory } from '../../core/unit/unit.ts';
import type { UnitRole } from '../../core/unit/unitRoles.ts';
import { UserError } from '../../core/userError.ts';
import { findTables, isSectionCode, readTable, type TableBlock } from '../sheet/table.ts';

export interface PlanTask {
  task: MasterTask;
  /** Units accountable for the task (canonical names; the coordinator for a catch-all lead). */
  leads: string[];
  /** Units that support it and get it in their sheet's block B. */
  partners: string[];
  sheet: string;
  row: number;
  /** What the plan table's own Trạng thái / Tiến độ cells hold (reminders skip done tasks). */
  typed?: { status: unknown; progress: unknown };
}

export interface PlanKpi {
  kpi: MasterKpi;
  leads: string[];
  sheet: string;
  row: number;
}

/** A unit that gets a submission sheet. */
export interface ReportUnit {
  name: string;
  shortName?: string;
  role: UnitRole;
  editors: string[];
  /** In the directory (unknown lead names still get a sheet). */
  known: boolean;
  lead: PlanTask[];
  partner: PlanTask[];
  kpis: PlanKpi[];
}

export interface PlanNote {
  sheet: string;
  row: number;
  message: string;
}

export interface Plan {
  /** Sections and tasks in plan order, as mergeSubmissions takes them. */
  tasks: MasterTask[];
  planTasks: PlanTask[];
  kpis: PlanKpi[];
  /** Lead units first (plan order), then units that only support. */
  units: ReportUnit[];
  /** Units that must report: every unit leading a task or a KPI. */
  expectedUnits: string[];
  notes: PlanNote[];
  /** Names of the sheets holding the plan's tables. */
  sheets: string[];
}

function cell(block: TableBlock, row: unknown[], key: string): unknown {
  const col = block.match.index[key];
  return col === undefined ? '' : row[col];
}

/** Reads the plan: every task table (phu-luc, sau-ro) and KPI table (chi-tieu), in tab order. */
export function readPlan(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  dir: UnitDirectory,
  coordinator: string,
): Plan {
  const tables = findTables(ss)
    .map((t) => ({ ...t, index: t.sheet.getIndex() }))
    .sort((a, b) => a.index - b.index);
  if (!tables.some((t) => t.template.kind === 'tasks')) {
    throw new UserError({
      vi: 'Chưa có bảng nhiệm vụ do Sáu Rõ tạo (Phụ lục hoặc bảng "6 rõ"). Hãy tạo bảng và nhập nhiệm vụ trước khi tạo phiếu báo cáo.',
      en: 'No task table made by Sáu Rõ (appendix or "6 rõ" table) yet. Create one and enter the tasks first.',
    });
  }
  const builder = new PlanBuilder(dir, coordinator);
  const sheets: string[] = [];
  for (const t of tables) {
    sheets.push(t.name);
    const block = readTable(t.sheet, t.template);
    if (!block) continue;
    if (t.template.kind === 'tasks') builder.addTaskTable(block, t.name);
    else builder.addKpiTable(block, t.name);
  }
  return { ...builder.finish(), sheets };
}

class PlanBuilder {
  private readonly tasks: MasterTask[] = [];
  private readonly planTasks: PlanTask[] = [];
  private readonly kpis: PlanKpi[] = [];
  private readonly notes: PlanNote[] = [];
  private readonly resolved = new Map<string, ResolvedUnit[]>();
  private readonly units = new Map<string, ReportUnit>();
  private readonly leadOrder: string[] = [];
  /** Every code written, to flag one code on two rows. */
  private readonly places: CodePlace[] = [];

  constructor(
    private readonly dir: UnitDirectory,
    private readonly coordinator: string,
  ) {}

  private resolve(text: string): ResolvedUnit[] {
    let r = this.resolved.get(text);
    if (!r) {
      r = resolveUnits(text, this.dir);
      this.resolved.set(text, r);
    }
    return r;
  }

  private unit(name: string): ReportUnit {
    let u = this.units.get(name);
    if (!u) {
      const found = this.dir.find(name);
      u = {
        name,
        role: found?.role ?? 'unit',
        editors: [...(found?.editors ?? [])],
        known: found !== undefined,
        lead: [],
        partner: [],
        kpis: [],
        ...(found?.shortName !== undefined ? { shortName: found.shortName } : {}),
      };
      this.units.set(name, u);
    }
    return u;
  }

  /** Lead units of a cell; a blank or catch-all lead ("Các phòng, ban…") goes to the coordinator. */
  private leads(text: string, where: { sheet: string; row: number }, code: string): string[] {
    const resolved = this.resolve(text);
    const named = resolved.filter((r) => r.catchAll !== true && r.title !== true);
    // A task given to a leader's title ("Chủ tịch UBND xã") is reported by the coordinator.
    for (const r of resolved.filter((x) => x.title === true))
      this.notes.push({
        ...where,
        message: `${code}: giao cho ${r.name} (chức danh); ${this.coordinator} (cơ quan thường trực) theo dõi và báo cáo${named.length > 0 ? ' cùng các đơn vị chủ trì' : ''}.`,
      });
    for (const r of named) {
      if (!r.known) {
        const hint = r.suggestion !== undefined ? ` (gần nhất: ${r.suggestion})` : '';
        this.notes.push({
          ...where,
          message: `${code}: đơn vị chủ trì "${r.input}" chưa có trong trang "Đơn vị"${hint}; vẫn tạo phiếu riêng cho đơn vị này.`,
        });
      }
    }
    if (named.length > 0) return named.map((r) => r.name);
    if (!resolved.some((x) => x.title === true))
      this.notes.push({
        ...where,
        message: `${code}: ${text === '' ? 'chưa ghi đơn vị chủ trì' : `giao chung cho "${text}"`}; ${this.coordinator} (cơ quan thường trực) báo cáo nhiệm vụ này.`,
      });
    return [this.coordinator];
  }

  addTaskTable(block: TableBlock, sheet = block.sheet.getName()): void {
    let section = '';
    const heads = headsSubTasks(block.rows.map((row) => cellString(cell(block, row, 'code'))));
    block.rows.forEach((row, i) => {
      const where = { sheet, row: block.firstDataRow + i };
      const code = cellString(cell(block, row, 'code'));
      const content = cellString(cell(block, row, 'content'));
      if (code === '') {
        if (content !== '')
          this.notes.push({
            ...where,
            message: `Dòng ${where.row} có nội dung nhưng chưa có mã nhiệm vụ; nhiệm vụ này chưa được giao báo cáo.`,
          });
        return;
      }
      this.places.push({ code, ...where });
      if (isSectionCode(code)) {
        section = code.replace(/\.$/, '');
        this.tasks.push({
          code: section,
          section,
          content,
          leadUnit: '',
          partnerUnits: [],
          deadline: { kind: 'invalid', raw: '' },
          kind: 'section',
        });
        return;
      }
      const leadText = cellString(cell(block, row, 'leadUnit'));
      const general = cellString(cell(block, row, 'parent'));
      const prefix = /^([IVXLC]+)\./i.exec(code)?.[1] ?? '';
      const deadlineCell = cell(block, row, 'deadline') as CellValue;
      const text = {
        content,
        general,
        lead: leadText,
        deadline: cellString(deadlineCell),
        output: cellString(cell(block, row, 'output')),
      };
      if (isGeneralRow(text, heads[i] ?? false)) {
        // It groups the sub-tasks below it, which carry the work: a heading of the summary, not
        // a task to hand out.
        this.tasks.push({
          code,
          section: section || prefix,
          content: content || general,
          leadUnit: '',
          partnerUnits: [],
          deadline: { kind: 'invalid', raw: '' },
          kind: 'group',
        });
        return;
      }
      const leads = this.leads(leadText, where, code);
      const partnerNames = this.resolve(cellString(cell(block, row, 'partnerUnits')));
      const partners = partnerNames
        .filter((r) => r.known && !leads.includes(r.name))
        .map((r) => r.name)
        .filter((name) => this.dir.find(name)?.role !== 'partner');
      const deadline = deadlineFromCell(deadlineCell);
      const task: MasterTask = {
        code,
        section: section || prefix || general,
        content: content || general,
        leadUnit: leads.join('; '),
        partnerUnits: partnerNames.map((r) => r.name),
        deadline: { ...deadline, raw: deadline.raw },
      };
      const planTask: PlanTask = {
        task,
        leads,
        partners,
        ...where,
        typed: { status: cell(block, row, 'status'), progress: cell(block, row, 'progress') },
      };
      this.tasks.push(task);
      this.planTasks.push(planTask);
      for (const name of leads) this.addLead(name).lead.push(planTask);
      for (const name of partners) this.unit(name).partner.push(planTask);
    });
  }

  addKpiTable(block: TableBlock, sheet = block.sheet.getName()): void {
    block.rows.forEach((row, i) => {
      const where = { sheet, row: block.firstDataRow + i };
      const code = cellString(cell(block, row, 'code'));
      const target = cellString(cell(block, row, 'target'));
      if (code !== '') this.places.push({ code, ...where });
      // Group rows (CT-I "Về hạ tầng") carry no target.
      if (code === '' || target === '') return;
      const leads = this.leads(cellString(cell(block, row, 'leadUnit')), where, code);
      const kpi: MasterKpi = {
        code,
        content: cellString(cell(block, row, 'content')),
        target,
        measureUnit: cellString(cell(block, row, 'measureUnit')),
        leadUnit: leads.join('; '),
      };
      const planKpi: PlanKpi = { kpi, leads, ...where };
      this.kpis.push(planKpi);
      for (const name of leads) this.addLead(name).kpis.push(planKpi);
    });
  }

  private addLead(name: string): ReportUnit {
    if (!this.leadOrder.includes(name)) this.leadOrder.push(name);
    return this.unit(name);
  }

  /** One code on two rows: each place is named, so the officer can fix it before units report. */
  private duplicateNotes(): PlanNote[] {
    return findDuplicateCodes(this.places).flatMap((d) =>
      d.places.map((p) => ({
        ...p,
        message: `Mã ${d.code} bị trùng: ${d.places
          .filter((o) => o !== p)
          .map((o) => `trang "${o.sheet}" dòng ${o.row}`)
          .join(
            ', ',
          )} cũng dùng mã này; báo cáo của hai dòng sẽ bị gộp nhầm. Hãy sửa cho mỗi dòng một mã riêng.`,
      })),
    );
  }

  finish(): Omit<Plan, 'sheets'> {
    const leads = this.leadOrder.map((n) => this.unit(n));
    const others = [...this.units.values()].filter((u) => !this.leadOrder.includes(u.name));
    return {
      tasks: this.tasks,
      planTasks: this.planTasks,
      kpis: this.kpis,
      units: [...leads, ...others],
      expectedUnits: [...this.leadOrder],
      notes: [...this.duplicateNotes(), ...this.notes],
    };
  }
}
