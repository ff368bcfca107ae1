// The table layouts shipped with the add-on. The JSON is inlined by the bundler and
// validated once, on first use (the build validates it too).
import * as z from 'zod/mini';
import { templateSchema, type Template } from '../../core/sheet/template.ts';
import { UserError } from '../../core/userError.ts';
import phuLuc from '../../../templates/phu-luc.json';
import sauRo from '../../../templates/sau-ro.json';
import chiTieu from '../../../templates/chi-tieu.json';

let cache: Template[] | undefined;

export function allTemplates(): Template[] {
  cache ??= z.array(templateSchema()).parse([phuLuc, sauRo, chiTieu]);
  return cache;
}

export function templateById(id: string): Template {
  const found = allTemplates().find((t) => t.id === id);
  if (!found) {
    const ids = allTemplates()
      .map((t) => t.id)
      .join(', ');
    throw new UserError({
      vi: `Không có mẫu bảng "${id}". Các mẫu hiện có: ${ids}.`,
      en: `Unknown template "${id}". Available templates: ${ids}.`,
    });
  }
  return found;
}

/** Named ranges mark the tables the add-on made: SAURO_<TEMPLATE>_<sheetId>. */
export function tableRangeName(template: Template, sheetId: number): string {
  return `SAURO_${template.id.toUpperCase().replace(/-/g, '_')}_${sheetId}`;
}

export function templateFromRangeName(name: string): Template | undefined {
  const m = /^SAURO_([A-Z_]+?)_\d+$/.exec(name);
  if (!m) return undefined;
  const id = (m[1] ?? '').toLowerCase().replace(/_/g, '-');
  return allTemplates().find((t) => t.id === id);
}
