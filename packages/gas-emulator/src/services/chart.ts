/**
 * EmbeddedChart, its builders (newChart, modify, asBarChart…), ContainerInfo and ChartOptions, and
 * the Charts global's enums. Charts are kept on the sheet model; a built chart is a detached copy
 * until Sheet.insertChart / updateChart stores it.
 */
import { copyChart, type ChartModel } from '../chartModel.ts';
import {
  ChartHiddenDimensionStrategy,
  ChartMergeStrategy,
  ChartPositionEnum,
  ChartType,
  CurveStyle,
  PointStyle,
} from '../enums.ts';
import type { Env } from '../environment.ts';
import { ServiceObject, enumName } from '../serviceObject.ts';
import type { SheetModel } from '../sheetModel.ts';
import { RangeImpl } from './range.ts';

function int(v: unknown, what: string): number {
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`Cannot convert ${String(v)} to int (${what}).`);
  return Math.trunc(n);
}

/** The Charts global: only its enums (standalone charts are not emulated). */
export class ChartsImpl extends ServiceObject {
  readonly _className = 'Charts';
  override _fields(): Record<string, unknown> {
    return {
      ChartType,
      ChartHiddenDimensionStrategy,
      ChartMergeStrategy,
      Position: ChartPositionEnum,
      CurveStyle,
      PointStyle,
    };
  }
}

export class ContainerInfoImpl extends ServiceObject {
  readonly _className = 'ContainerInfo';
  constructor(private readonly p: ChartModel['position']) {
    super();
  }
  getAnchorRow(): number {
    return this.p.row;
  }
  getAnchorColumn(): number {
    return this.p.col;
  }
  getOffsetX(): number {
    return this.p.offsetX;
  }
  getOffsetY(): number {
    return this.p.offsetY;
  }
}

export class ChartOptionsImpl extends ServiceObject {
  readonly _className = 'ChartOptions';
  constructor(private readonly options: Record<string, unknown>) {
    super();
  }
  get(option: unknown): unknown {
    const v = this.options[String(option)];
    return v === undefined ? null : v;
  }
  getOrDefault(option: unknown): unknown {
    return this.get(option);
  }
}

export class EmbeddedChartImpl extends ServiceObject {
  readonly _className = 'EmbeddedChart';
  constructor(
    private readonly env: Env,
    /** The sheet it was built for (or read from). */
    readonly _sheet: SheetModel,
    /** A detached copy; id 0 until inserted. */
    readonly _model: ChartModel,
  ) {
    super();
  }
  getChartId(): number | null {
    return this._model.id === 0 ? null : this._model.id;
  }
  getRanges(): RangeImpl[] {
    return this._model.ranges.map((r) => new RangeImpl(this.env, r.sheet, r.box));
  }
  getOptions(): ChartOptionsImpl {
    return new ChartOptionsImpl({ ...this._model.options });
  }
  getContainerInfo(): ContainerInfoImpl {
    return new ContainerInfoImpl({ ...this._model.position });
  }
  getNumHeaders(): number {
    return this._model.numHeaders;
  }
  getTransposeRowsAndColumns(): boolean {
    return this._model.transpose;
  }
  getMergeStrategy(): unknown {
    return ChartMergeStrategy._get(this._model.mergeStrategy);
  }
  getHiddenDimensionStrategy(): unknown {
    return ChartHiddenDimensionStrategy._get(this._model.hiddenStrategy);
  }
  modify(): EmbeddedChartBuilderImpl {
    return new EmbeddedChartBuilderImpl(this.env, this._sheet, copyChart(this._model));
  }
}

export function newChartModel(): ChartModel {
  return {
    id: 0,
    type: '',
    ranges: [],
    options: {},
    position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
    numHeaders: -1,
    transpose: false,
    mergeStrategy: 'MERGE_COLUMNS',
    hiddenStrategy: 'IGNORE_BOTH',
  };
}

/** EmbeddedChartBuilder. The typed builders (asBarChart…) share its state and add setters. */
export class EmbeddedChartBuilderImpl extends ServiceObject {
  readonly _className: string = 'EmbeddedChartBuilder';
  constructor(
    protected readonly env: Env,
    protected readonly sheet: SheetModel,
    protected readonly model: ChartModel,
  ) {
    super();
  }
  addRange(range: unknown): this {
    if (!(range instanceof RangeImpl)) throw new Error('Cannot find method addRange(object).');
    this.model.ranges.push(range._ref());
    return this;
  }
  removeRange(range: unknown): this {
    if (!(range instanceof RangeImpl)) throw new Error('Cannot find method removeRange(object).');
    const r = range._ref();
    this.model.ranges = this.model.ranges.filter(
      (x) =>
        !(
          x.sheet === r.sheet &&
          x.box.row === r.box.row &&
          x.box.col === r.box.col &&
          x.box.numRows === r.box.numRows &&
          x.box.numCols === r.box.numCols
        ),
    );
    return this;
  }
  clearRanges(): this {
    this.model.ranges = [];
    return this;
  }
  getRanges(): RangeImpl[] {
    return this.model.ranges.map((r) => new RangeImpl(this.env, r.sheet, r.box));
  }
  setChartType(type: unknown): this {
    this.model.type = ChartType._get(enumName(type)).name();
    return this;
  }
  getChartType(): unknown {
    return this.model.type === '' ? null : ChartType._get(this.model.type);
  }
  setOption(option: unknown, value: unknown): this {
    this.model.options[String(option)] = value;
    return this;
  }
  setPosition(anchorRow: unknown, anchorCol: unknown, offsetX: unknown, offsetY: unknown): this {
    const row = int(anchorRow, 'anchorRowPos');
    const col = int(anchorCol, 'anchorColPos');
    if (row < 1 || col < 1) throw new Error('The anchor row and column must be at least 1.');
    this.model.position = {
      row,
      col,
      offsetX: int(offsetX, 'offsetX'),
      offsetY: int(offsetY, 'offsetY'),
    };
    return this;
  }
  getContainer(): ContainerInfoImpl {
    return new ContainerInfoImpl({ ...this.model.position });
  }
  setNumHeaders(n: unknown): this {
    this.model.numHeaders = int(n, 'headers');
    return this;
  }
  setTransposeRowsAndColumns(b: unknown): this {
    this.model.transpose = Boolean(b);
    return this;
  }
  setMergeStrategy(s: unknown): this {
    this.model.mergeStrategy = ChartMergeStrategy._get(enumName(s)).name();
    return this;
  }
  setHiddenDimensionStrategy(s: unknown): this {
    this.model.hiddenStrategy = ChartHiddenDimensionStrategy._get(enumName(s)).name();
    return this;
  }
  build(): EmbeddedChartImpl {
    if (this.model.type === '') throw new Error('A chart type must be set before build().');
    return new EmbeddedChartImpl(this.env, this.sheet, copyChart(this.model));
  }
  private as(type: string): TypedChartBuilderImpl {
    this.model.type = type;
    return new TypedChartBuilderImpl(this.env, this.sheet, this.model, type);
  }
  asAreaChart(): TypedChartBuilderImpl {
    return this.as('AREA');
  }
  asBarChart(): TypedChartBuilderImpl {
    return this.as('BAR');
  }
  asColumnChart(): TypedChartBuilderImpl {
    return this.as('COLUMN');
  }
  asLineChart(): TypedChartBuilderImpl {
    return this.as('LINE');
  }
  asPieChart(): TypedChartBuilderImpl {
    return this.as('PIE');
  }
}

const TYPED_CLASS: Record<string, string> = {
  AREA: 'EmbeddedAreaChartBuilder',
  BAR: 'EmbeddedBarChartBuilder',
  COLUMN: 'EmbeddedColumnChartBuilder',
  LINE: 'EmbeddedLineChartBuilder',
  PIE: 'EmbeddedPieChartBuilder',
};

/** EmbeddedBarChartBuilder and friends: the shortcuts they add, stored as options. */
export class TypedChartBuilderImpl extends EmbeddedChartBuilderImpl {
  override readonly _className: string;
  constructor(env: Env, sheet: SheetModel, model: ChartModel, type: string) {
    super(env, sheet, model);
    this._className = TYPED_CLASS[type] ?? 'EmbeddedChartBuilder';
  }
  setTitle(title: unknown): this {
    return this.setOption('title', String(title));
  }
  setStacked(): this {
    return this.setOption('isStacked', true);
  }
  setColors(colors: unknown): this {
    if (!Array.isArray(colors)) throw new Error('Cannot find method setColors(string).');
    return this.setOption('colors', colors.map(String));
  }
  setLegendPosition(position: unknown): this {
    return this.setOption('legend.position', enumName(position).toLowerCase());
  }
  setXAxisTitle(title: unknown): this {
    return this.setOption('hAxis.title', String(title));
  }
  setYAxisTitle(title: unknown): this {
    return this.setOption('vAxis.title', String(title));
  }
}
