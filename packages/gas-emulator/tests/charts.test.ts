// Embedded charts: the builder, getCharts / updateChart / removeChart, ranges that follow row
// inserts, the preview view, and the .xlsx round trip (spec in the sidecar, a picture in the file).
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { echartsOption } from '../src/chartOption.ts';
import {
  createRuntime,
  createWorkbook,
  toXlsxBuffer,
  viewWorkbook,
  workbookFromBuffer,
  type Runtime,
} from '../src/index.ts';

const BUNDLE = `
function table_() {
  var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  s.getRange('A1:C4').setValues([['Team', 'Done', 'Open'], ['North', 3, 1], ['South', 2, 4], ['East', 0, 2]]);
  return s;
}
function build() {
  var s = table_();
  var chart = s.newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(s.getRange('A1:C4'))
    .setOption('title', 'Progress')
    .setOption('isStacked', true)
    .setOption('width', 480)
    .setPosition(2, 5, 10, 0)
    .build();
  s.insertChart(chart);
  s.insertChart(s.newChart().asPieChart().setTitle('Share').addRange(s.getRange('A1:B4')).setPosition(20, 5, 0, 0).build());
  return s.getCharts().map(describe_);
}
function describe_(c) {
  var info = c.getContainerInfo();
  return { id: c.getChartId(), type: String(c.modify().getChartType()), title: c.getOptions().get('title'),
    stacked: c.getOptions().get('isStacked'), ranges: c.getRanges().map(function (r) { return r.getA1Notation(); }),
    anchor: [info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()] };
}
function charts() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].getCharts().map(describe_); }
function widen() {
  var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  s.getRange('A5:C5').setValues([['West', 1, 1]]);
  var c = s.getCharts()[0];
  s.updateChart(c.modify().clearRanges().addRange(s.getRange('A1:C5')).setOption('title', 'Progress (all)').build());
  return charts();
}
function removeFirst() {
  var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  s.removeChart(s.getCharts()[0]);
  return charts();
}
function insertAbove() { SpreadsheetApp.getActiveSpreadsheet().getSheets()[0].insertRowsBefore(1, 2); return charts(); }
function noType() { var s = table_(); s.newChart().addRange(s.getRange('A1:B2')).build(); }
function updateDetached() { var s = table_(); s.updateChart(s.newChart().setChartType(Charts.ChartType.LINE).build()); }
`;

function runtime(): Runtime {
  return createRuntime({ workbook: createWorkbook('Charts'), bundleCode: BUNDLE });
}

describe('EmbeddedChart and its builder', () => {
  it('builds, inserts and lists charts with their type, ranges, options and position', () => {
    const rt = runtime();
    const out = rt.call<Array<Record<string, unknown>>>('build');
    expect(out).toEqual([
      {
        id: expect.any(Number),
        type: 'BAR',
        title: 'Progress',
        stacked: true,
        ranges: ['A1:C4'],
        anchor: [2, 5, 10, 0],
      },
      {
        id: expect.any(Number),
        type: 'PIE',
        title: 'Share',
        stacked: null,
        ranges: ['A1:B4'],
        anchor: [20, 5, 0, 0],
      },
    ]);
    expect(out[0]?.id).not.toBe(out[1]?.id);
    expect(rt.counts()['Sheet.insertChart']).toBe(2);
  });

  it('updateChart keeps the chart (same id) with its new ranges; removeChart drops it', () => {
    const rt = runtime();
    const [first, second] = rt.call<Array<{ id: number }>>('build');
    const widened = rt.call<Array<{ id: number; ranges: string[]; title: string }>>('widen');
    expect(widened).toHaveLength(2);
    expect(widened[0]).toMatchObject({ id: first?.id, ranges: ['A1:C5'], title: 'Progress (all)' });
    expect(rt.call<Array<{ id: number }>>('removeFirst').map((c) => c.id)).toEqual([second?.id]);
  });

  it('ranges and anchors move with inserted rows, like Sheets', () => {
    const rt = runtime();
    rt.call('build');
    const moved = rt.call<Array<{ ranges: string[]; anchor: number[] }>>('insertAbove');
    expect(moved[0]).toMatchObject({ ranges: ['A3:C6'], anchor: [4, 5, 10, 0] });
  });

  it('refuses a chart without a type and an update of a chart that is not on the sheet', () => {
    const rt = runtime();
    expect(() => rt.call('noType')).toThrow(/chart type must be set/);
    expect(() => rt.call('updateDetached')).toThrow(/does not exist on this sheet/);
  });

  it('views each chart with the data it shows: labels from the first column, one series per column', () => {
    const rt = runtime();
    rt.call('build');
    const [bar, pie] = viewWorkbook(rt.workbook).sheets[0]?.charts ?? [];
    expect(bar).toMatchObject({
      type: 'BAR',
      title: 'Progress',
      width: 480,
      height: 371,
      ranges: ['Sheet1!A1:C4'],
      labels: ['North', 'South', 'East'],
      series: [
        { name: 'Done', values: [3, 2, 0] },
        { name: 'Open', values: [1, 4, 2] },
      ],
    });
    expect(pie?.series).toEqual([{ name: 'Done', values: [3, 2, 0] }]);
    const option = echartsOption(bar as NonNullable<typeof bar>);
    expect(option.yAxis).toMatchObject({ type: 'category', data: ['North', 'South', 'East'] });
    expect(option.series).toEqual([
      expect.objectContaining({ type: 'bar', name: 'Done', stack: 'total' }),
      expect.objectContaining({ type: 'bar', name: 'Open', stack: 'total' }),
    ]);
  });

  it('keeps charts through .xlsx: the spec in the sidecar, and a picture of each in the file', async () => {
    const rt = runtime();
    const before = rt.call<Array<Record<string, unknown>>>('build');
    const buffer = await toXlsxBuffer(rt.workbook);
    const xwb = new ExcelJS.Workbook();
    await xwb.xlsx.load(buffer as unknown as ArrayBuffer);
    const images = xwb.getWorksheet('Sheet1')?.getImages() ?? [];
    expect(images).toHaveLength(2);
    expect(images[0]?.range.tl).toMatchObject({ nativeRow: 1, nativeCol: 4 });
    const media = (xwb.model as unknown as { media: Array<{ extension: string; buffer: Buffer }> })
      .media;
    expect(media.map((m) => m.extension)).toEqual(['png', 'png']);
    // A PNG file starts with its signature.
    expect(media[0]?.buffer.subarray(1, 4).toString('latin1')).toBe('PNG');

    const back = await workbookFromBuffer(buffer, 'Charts');
    const again = createRuntime({ workbook: back, bundleCode: BUNDLE });
    expect(again.call('charts')).toEqual(before);
    // Saving the loaded file again gives one picture per chart, not one more each time.
    const twice = new ExcelJS.Workbook();
    await twice.xlsx.load((await toXlsxBuffer(back)) as unknown as ArrayBuffer);
    expect(twice.getWorksheet('Sheet1')?.getImages()).toHaveLength(2);
  });
});
