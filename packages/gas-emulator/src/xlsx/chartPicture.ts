/**
 * Embedded charts in .xlsx files. ExcelJS cannot write native xlsx charts, so each chart is kept
 * twice: its spec in the sidecar sheet (read back as the same EmbeddedChart), and a PNG picture of
 * it over the same cells, so the file shows the chart in Excel or LibreOffice. The picture is drawn
 * with Apache ECharts' server-side SVG renderer (no browser) and rasterised by resvg.
 */
import type ExcelJS from 'exceljs';
import { boxToA1, quoteSheetName } from '../a1.ts';
import { chartView } from '../chartData.ts';
import { echartsOption } from '../chartOption.ts';
import type { ChartModel } from '../chartModel.ts';
import { parseA1 } from '../a1.ts';
import type { SheetModel } from '../sheetModel.ts';
import type { Workbook } from '../workbook.ts';

interface StoredChart {
  id: number;
  type: string;
  ranges: string[];
  options: Record<string, unknown>;
  position: ChartModel['position'];
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string;
  hiddenStrategy: string;
}

export function chartToJson(c: ChartModel): string {
  const stored: StoredChart = {
    id: c.id,
    type: c.type,
    ranges: c.ranges.map((r) => `${quoteSheetName(r.sheet.name)}!${boxToA1(r.box)}`),
    options: c.options,
    position: c.position,
    numHeaders: c.numHeaders,
    transpose: c.transpose,
    mergeStrategy: c.mergeStrategy,
    hiddenStrategy: c.hiddenStrategy,
  };
  return JSON.stringify(stored);
}

/** A chart read back from the sidecar; ranges naming a sheet that is gone are dropped. */
export function chartFromJson(json: string, wb: Workbook): ChartModel | null {
  const o = JSON.parse(json) as Partial<StoredChart>;
  if (typeof o.type !== 'string' || !o.position) return null;
  const ranges = (o.ranges ?? []).flatMap((a1) => {
    const p = parseA1(a1, 10_000_000, 18_278);
    const sheet = p?.sheetName !== undefined ? wb.sheetByName(p.sheetName) : undefined;
    return p && sheet ? [{ sheet, box: p.box }] : [];
  });
  return {
    id: typeof o.id === 'number' ? o.id : wb.nextChartId(),
    type: o.type,
    ranges,
    options: o.options ?? {},
    position: o.position,
    numHeaders: o.numHeaders ?? -1,
    transpose: o.transpose ?? false,
    mergeStrategy: o.mergeStrategy ?? 'MERGE_COLUMNS',
    hiddenStrategy: o.hiddenStrategy ?? 'IGNORE_BOTH',
  };
}

type Renderer = (c: ChartModel) => Buffer | null;
let renderer: Promise<Renderer | null> | undefined;

/** Loads ECharts and resvg once, and only when a workbook has charts. */
function loadRenderer(): Promise<Renderer | null> {
  renderer ??= (async () => {
    try {
      const echarts = await import('echarts');
      const { Resvg } = await import('@resvg/resvg-js');
      return (c: ChartModel) => {
        const view = chartView(c);
        const chart = echarts.init(null, null, {
          renderer: 'svg',
          ssr: true,
          width: view.width,
          height: view.height,
        });
        try {
          chart.setOption(echartsOption(view));
          const svg = chart.renderToSVGString();
          return new Resvg(svg, {
            font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
          })
            .render()
            .asPng();
        } finally {
          chart.dispose();
        }
      };
    } catch {
      return null;
    }
  })();
  return renderer;
}

/** Adds a picture of each chart of the sheet at its anchor; a chart that cannot be drawn is skipped. */
export async function addChartPictures(
  xwb: ExcelJS.Workbook,
  ws: ExcelJS.Worksheet,
  sheet: SheetModel,
): Promise<number> {
  if (sheet.charts.length === 0) return 0;
  const render = await loadRenderer();
  if (!render) return 0;
  let added = 0;
  for (const c of sheet.charts) {
    let png: Buffer | null;
    try {
      png = render(c);
    } catch {
      png = null;
    }
    if (!png) continue;
    const view = chartView(c);
    const id = xwb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    ws.addImage(id, {
      tl: { col: c.position.col - 1, row: c.position.row - 1 } as ExcelJS.Anchor,
      ext: { width: view.width, height: view.height },
      editAs: 'oneCell',
    });
    added++;
  }
  return added;
}
