// Server functions called from the sidebar (google.script.run) and the CLI.
// Payloads are validated here, at the boundary.
import {
  parseRequest,
  requestSchemas,
  type ScaffoldResponse,
  type TemplateSummary,
  type ScaffoldRequest,
} from '../api.ts';
import { allTemplates, templateById } from './templates.ts';
import { scaffold } from './scaffold.ts';
import { asCoordinator } from '../roles/guard.ts';
import { focusOn } from '../sheet/focus.ts';
import { serve } from '../serve.ts';

export function getTemplates(): TemplateSummary[] {
  return serve('getTemplates', () => {
    return allTemplates().map((t) => ({
      id: t.id,
      name: t.name,
      description: t.description,
      kind: t.kind,
      sheetName: t.sheetName,
      columns: t.columns.map((c) => c.header),
    }));
  });
}

export function scaffoldTemplate(payload: ScaffoldRequest): ScaffoldResponse {
  return serve('scaffoldTemplate', () => {
    const request = parseRequest(
      requestSchemas().scaffold,
      payload,
      'Yêu cầu tạo bảng không hợp lệ: cần chọn một mẫu bảng.',
      'scaffold',
    );
    const template = templateById(request.templateId);
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const view = asCoordinator(
      { vi: 'tạo bảng', en: 'create the table' },
      (_caller, tx, access) => scaffold(tx, access, template, request).view,
    );
    try {
      focusOn(ss, view.sheetName, view.firstDataRow, 1);
    } catch {
      // The table stands; only the cursor did not move.
    }
    return view;
  });
}
