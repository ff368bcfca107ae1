/** Apps Script enums used by the add-on; values are shared singletons. */
import { EnumSet } from './serviceObject.ts';

export const ProtectionType = new EnumSet('ProtectionType', ['RANGE', 'SHEET']);
export const WrapStrategy = new EnumSet('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);
export const BorderStyle = new EnumSet('BorderStyle', [
  'DOTTED',
  'DASHED',
  'SOLID',
  'SOLID_MEDIUM',
  'SOLID_THICK',
  'DOUBLE',
]);
export const Dimension = new EnumSet('Dimension', ['COLUMNS', 'ROWS']);
export const DataValidationCriteria = new EnumSet('DataValidationCriteria', [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
]);
export const BooleanCriteria = new EnumSet('BooleanCriteria', [
  'CELL_EMPTY',
  'CELL_NOT_EMPTY',
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_EQUAL_TO',
  'DATE_NOT_EQUAL_TO',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_NOT_EQUAL_TO',
  'TEXT_STARTS_WITH',
  'TEXT_ENDS_WITH',
  'CUSTOM_FORMULA',
]);
export const AuthMode = new EnumSet('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const Button = new EnumSet('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = new EnumSet('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export const SandboxMode = new EnumSet('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = new EnumSet('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);
export const SheetType = new EnumSet('SheetType', ['GRID', 'OBJECT', 'DATASOURCE']);
// Charts service enums (Charts.ChartType…), also used by EmbeddedChartBuilder.
export const ChartType = new EnumSet('ChartType', [
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
]);
export const ChartHiddenDimensionStrategy = new EnumSet('ChartHiddenDimensionStrategy', [
  'IGNORE_BOTH',
  'IGNORE_ROWS',
  'IGNORE_COLUMNS',
  'SHOW_BOTH',
]);
export const ChartMergeStrategy = new EnumSet('ChartMergeStrategy', [
  'MERGE_COLUMNS',
  'MERGE_ROWS',
]);
export const ChartPositionEnum = new EnumSet('Position', ['TOP', 'RIGHT', 'BOTTOM', 'NONE']);
export const CurveStyle = new EnumSet('CurveStyle', ['NORMAL', 'SMOOTH']);
export const PointStyle = new EnumSet('PointStyle', ['NONE', 'TINY', 'MEDIUM', 'LARGE', 'HUGE']);
export const DigestAlgorithm = new EnumSet('DigestAlgorithm', [
  'MD2',
  'MD5',
  'SHA_1',
  'SHA_256',
  'SHA_384',
  'SHA_512',
]);
export const Charset = new EnumSet('Charset', ['US_ASCII', 'UTF_8']);
export const DeveloperMetadataVisibility = new EnumSet('DeveloperMetadataVisibility', [
  'DOCUMENT',
  'PROJECT',
]);
export const DeveloperMetadataLocationType = new EnumSet('DeveloperMetadataLocationType', [
  'SPREADSHEET',
  'SHEET',
  'ROW',
  'COLUMN',
]);
