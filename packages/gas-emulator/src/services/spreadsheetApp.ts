/** The SpreadsheetApp global. */
import {
  BooleanCriteria,
  BorderStyle,
  DataValidationCriteria,
  DeveloperMetadataLocationType,
  DeveloperMetadataVisibility,
  Dimension,
  ProtectionType,
  SheetType,
  WrapStrategy,
} from '../enums.ts';
import type { Env } from '../environment.ts';
import { ServiceObject } from '../serviceObject.ts';
import { ConditionalFormatRuleBuilderImpl } from './conditionalFormat.ts';
import { DataValidationBuilderImpl } from './dataValidation.ts';
import type { RangeImpl } from './range.ts';
import type { SheetImpl } from './sheet.ts';
import { SpreadsheetImpl } from './spreadsheet.ts';
import { UiImpl } from './ui.ts';

export class SpreadsheetAppImpl extends ServiceObject {
  readonly _className = 'SpreadsheetApp';
  constructor(private readonly env: Env) {
    super();
  }
  override _fields(): Record<string, unknown> {
    return {
      ProtectionType,
      WrapStrategy,
      BorderStyle,
      DataValidationCriteria,
      DeveloperMetadataVisibility,
      DeveloperMetadataLocationType,
      BooleanCriteria,
      Dimension,
      SheetType,
    };
  }
  getActiveSpreadsheet(): SpreadsheetImpl {
    return new SpreadsheetImpl(this.env);
  }
  getActive(): SpreadsheetImpl {
    return new SpreadsheetImpl(this.env);
  }
  openById(id: unknown): SpreadsheetImpl {
    if (String(id) !== this.env.workbook.id)
      throw new Error(
        'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
      );
    return new SpreadsheetImpl(this.env);
  }
  getActiveSheet(): SheetImpl {
    return new SpreadsheetImpl(this.env).getActiveSheet();
  }
  getActiveRange(): RangeImpl {
    return new SpreadsheetImpl(this.env).getActiveRange();
  }
  setActiveSheet(sheet: unknown): SheetImpl {
    return new SpreadsheetImpl(this.env).setActiveSheet(sheet);
  }
  setActiveRange(range: unknown): RangeImpl {
    return new SpreadsheetImpl(this.env).setActiveRange(range);
  }
  getCurrentCell(): RangeImpl {
    return new SpreadsheetImpl(this.env).getCurrentCell();
  }
  getUi(): UiImpl {
    return new UiImpl(this.env.ui);
  }
  /** Writes are applied immediately here, so flush has nothing to do. */
  flush(): void {}
  newDataValidation(): DataValidationBuilderImpl {
    return new DataValidationBuilderImpl(this.env);
  }
  newConditionalFormatRule(): ConditionalFormatRuleBuilderImpl {
    return new ConditionalFormatRuleBuilderImpl(this.env);
  }
}
