// The sidebar ↔ server contract. Pure types and lazily built schemas, so the
// sidebar can import the types without pulling in Apps Script code.
import * as z from 'zod/mini';

export interface TemplateSummary {
  id: string;
  name: string;
  description: string;
  kind: 'tasks' | 'kpis';
  sheetName: string;
  columns: string[];
}

export interface ScaffoldRequest {
  templateId: string;
  sheetName?: string;
  planName?: string;
  commune?: string;
}

export interface ScaffoldResponse {
  sheetName: string;
  templateId: string;
  headerRow: number;
  firstDataRow: number;
  columns: string[];
  createdUnitSheet: boolean;
  rangeName: string;
}

export interface CheckProblemView {
  sheet: string;
  row: number;
  column: string;
  value: unknown;
  message: string;
}

export interface CheckResponse {
  tables: number;
  problems: CheckProblemView[];
  marked: number;
  cleared: number;
}

/** `sauro target` prints this object. */
export interface TargetView {
  kind: 'compare' | 'range' | 'yesno' | 'qualitative' | 'invalid';
  op?: string;
  value?: number;
  min?: number;
  max?: number;
  unit?: string;
  note?: string;
  message?: string;
  normalized?: string;
}

export interface KpiRowView {
  indicator: string;
  target: string;
  measureUnit: string;
  normalized: string;
  kind: TargetView['kind'];
  group: string;
  line: number;
}

export interface KpiExtractView {
  rows: KpiRowView[];
  skipped: Array<{ text: string; reason: string; line: number }>;
}

export interface WriteKpiRequest {
  text: string;
  sheetName?: string;
}

export interface WriteKpiResponse {
  sheetName: string;
  written: number;
  skipped: number;
  firstRow: number;
}

/** Every server function the sidebar may call, with its argument and result. */
export interface ServerApi {
  getTemplates(): TemplateSummary[];
  scaffoldTemplate(request: ScaffoldRequest): ScaffoldResponse;
  checkWorkbook(): CheckResponse;
  extractKpiRows(text: string): KpiExtractView;
  writeKpiRows(request: WriteKpiRequest): WriteKpiResponse;
}

let schemas: ReturnType<typeof build> | undefined;
function build() {
  const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
  return {
    scaffold: z.object({
      templateId: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
      sheetName: z.optional(text(90)),
      planName: z.optional(text(300)),
      commune: z.optional(text(100)),
    }),
    pastedText: z.string().check(z.maxLength(500_000)),
    writeKpi: z.object({
      text: z.string().check(z.minLength(1), z.maxLength(500_000)),
      sheetName: z.optional(text(90)),
    }),
  };
}

export function requestSchemas() {
  schemas ??= build();
  return schemas;
}
