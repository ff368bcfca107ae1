/** Developer metadata as the workbook stores it (kept in .xlsx). */
import type { SheetModel } from './sheetModel.ts';

export type MetadataVisibility = 'DOCUMENT' | 'PROJECT';

export interface DeveloperMetadataModel {
  id: number;
  key: string;
  value: string | null;
  visibility: MetadataVisibility;
  /** The project that created it: PROJECT-visible metadata is only seen by that project. */
  project: string;
  /** null: the spreadsheet itself. */
  sheet: SheetModel | null;
}

/** Sheets caps the developer metadata of one location (the spreadsheet, or a sheet). */
export const METADATA_LOCATION_LIMIT = 30_000;

export function metadataSize(m: { key: string; value: string | null }): number {
  return m.key.length + (m.value?.length ?? 0);
}
