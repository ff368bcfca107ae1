/**
 * The veryHidden sheet `_emulator_properties`: what xlsx cannot hold (document properties,
 * range protections, owner/editors, grid sizes, some validation kinds). Rows: kind | key | value…
 * Long values are split over several cells (Excel caps a cell at 32,767 characters).
 */
import type { DeveloperMetadataModel, MetadataVisibility } from '../metadataModel.ts';
import type { Workbook } from '../workbook.ts';

export const SIDECAR_SHEET = '_emulator_properties';
/** Names earlier versions gave the sidecar, still read. */
export const LEGACY_SIDECAR_SHEETS = ['_sauro_properties'];
const CHUNK = 30_000;

export interface SidecarRecord {
  kind: string;
  key: string;
  value: string;
}

export function toRows(records: SidecarRecord[]): string[][] {
  const rows: string[][] = [['kind', 'key', 'value']];
  for (const r of records) {
    const chunks: string[] = [];
    for (let i = 0; i < r.value.length; i += CHUNK) chunks.push(r.value.slice(i, i + CHUNK));
    rows.push([r.kind, r.key, ...(chunks.length ? chunks : [''])]);
  }
  return rows;
}

export function fromRows(rows: unknown[][]): SidecarRecord[] {
  return rows.slice(1).flatMap((row) => {
    const [kind, key, ...rest] = row.map((v) => (v === null || v === undefined ? '' : String(v)));
    if (!kind) return [];
    return [{ kind, key: key ?? '', value: rest.join('') }];
  });
}

/** Developer metadata (key: the sheet's name, '' for the spreadsheet). */
export function metadataRecords(wb: Workbook): SidecarRecord[] {
  const out: SidecarRecord[] = [];
  for (const m of wb.developerMetadata) {
    out.push({
      kind: 'metadata',
      key: m.sheet?.name ?? '',
      value: JSON.stringify({
        id: m.id,
        key: m.key,
        value: m.value,
        visibility: m.visibility,
        project: m.project,
      }),
    });
  }
  return out;
}

export function applyMetadataRecord(rec: SidecarRecord, wb: Workbook): void {
  const sheet = rec.key === '' ? null : (wb.sheetByName(rec.key) ?? undefined);
  if (sheet === undefined) return;
  const o = JSON.parse(rec.value) as {
    id: number;
    key: string;
    value: string | null;
    visibility: MetadataVisibility;
    project: string;
  };
  const model: DeveloperMetadataModel = { ...o, sheet };
  wb.developerMetadata.push(model);
}
