// Server functions called from the sidebar (google.script.run) and the CLI.
// Payloads are validated here, at the boundary.
import { UserError } from '../core/userError.ts';
import { requestSchemas, type ScaffoldResponse, type TemplateSummary } from './api.ts';
import { allTemplates, templateById } from './templates.ts';
import { scaffold } from './scaffold.ts';
import { seedUnits } from './seedUnits.ts';
import { withDocumentLock } from './lock.ts';

export function getTemplates(): TemplateSummary[] {
  return allTemplates().map((t) => ({
    id: t.id,
    name: t.name,
    description: t.description,
    kind: t.kind,
    sheetName: t.sheetName,
    columns: t.columns.map((c) => c.header),
  }));
}

export function scaffoldTemplate(payload: unknown): ScaffoldResponse {
  const parsed = requestSchemas().scaffold.safeParse(payload);
  if (!parsed.success) {
    throw new UserError(
      'Yêu cầu tạo bảng không hợp lệ: cần chọn một mẫu bảng.',
      `Invalid scaffold request: ${parsed.error.issues.map((i) => i.path.join('.') + ' ' + i.message).join('; ')}`,
    );
  }
  const request = parsed.data;
  const template = templateById(request.templateId);
  return withDocumentLock(() =>
    scaffold(SpreadsheetApp.getActiveSpreadsheet(), template, request, seedUnits),
  );
}
