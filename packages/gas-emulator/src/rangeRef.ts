import type { Box } from './geometry.ts';
import type { SheetModel } from './sheetModel.ts';

/** A block on a specific sheet; follows the sheet through renames because it holds the object. */
export interface RangeRef {
  sheet: SheetModel;
  box: Box;
}
