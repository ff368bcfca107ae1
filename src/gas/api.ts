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

/** Every server function the sidebar may call, with its argument and result. */
export interface ServerApi {
  getTemplates(): TemplateSummary[];
  scaffoldTemplate(request: ScaffoldRequest): ScaffoldResponse;
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
  };
}

export function requestSchemas() {
  schemas ??= build();
  return schemas;
}
