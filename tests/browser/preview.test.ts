// A person's path through the local preview: open it, scaffold from the sidebar, see the table.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { chromium, type Browser } from 'playwright-core';
import { startServer, type PreviewServer } from '../../src/local/server.ts';
import { SEED_HEADINGS } from '../helpers/seedHeadings.ts';

const CHROMIUM = '/usr/bin/chromium';

describe('local preview in Chromium', () => {
  let server: PreviewServer;
  let browser: Browser;

  beforeAll(async () => {
    // A missing browser fails the run: a skipped test would hide a broken preview.
    if (!existsSync(CHROMIUM))
      throw new Error(
        `Chromium is missing at ${CHROMIUM}; the browser test needs it. Install it with: sudo apt-get install chromium`,
      );
    server = await startServer({ port: 0 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the demo commune, scaffolds a "6 rõ" table from the sidebar and shows it in the grid', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await expect.poll(() => page.locator('#menus').textContent()).toContain('Sáu Rõ');
    // The demo commune: seed 001's appendix imported by the add-on itself.
    await expect.poll(() => page.locator('#tabs').textContent()).toContain('Phụ lục I');

    const sidebar = page.frameLocator('#sidebar');
    await sidebar.locator('input[name="template"][value="sau-ro"]').check();
    await sidebar.getByRole('button', { name: 'Tạo bảng' }).click();
    await expect
      .poll(() => sidebar.locator('#scaffold-status').textContent(), { timeout: 15_000 })
      .toContain('Đã tạo trang tính "Nhiệm vụ 6 rõ"');

    const grid = page.locator('table.grid[data-sheet="Nhiệm vụ 6 rõ"]');
    await grid.waitFor({ timeout: 15_000 });
    const headers = await grid.locator('tr').nth(4).locator('td').allTextContents();
    expect(headers.slice(0, 8)).toEqual(['Mã', ...(SEED_HEADINGS['sau-ro'][1] ?? [])]);
    await expect.poll(() => page.locator('#tabs').textContent()).toContain('Đơn vị');
    await page.close();
  }, 60_000);

  it('turns reminders on from the "Nhắc việc" panel and shows the (empty) outbox', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const sidebar = page.frameLocator('#sidebar');
    // The demo's units have no email yet: nothing can be mailed, whatever the day.
    await expect
      .poll(() => sidebar.locator('#remind-info').textContent(), { timeout: 15_000 })
      .toContain('Nhắc việc: Tắt');
    await sidebar.getByRole('button', { name: 'Bật nhắc việc' }).click();
    await expect
      .poll(() => sidebar.locator('#remind-status').textContent(), { timeout: 15_000 })
      .toContain('Đã bật');
    await expect
      .poll(() => sidebar.locator('#remind-info').textContent())
      .toContain('Nhắc việc: Bật');
    await expect.poll(() => page.locator('#tabs').textContent()).toContain('Ngày nghỉ');
    expect(server.runtime.workbook.triggers).toEqual([
      expect.objectContaining({ kind: 'clock', handler: 'remindDaily', atHour: 7 }),
    ]);
    await sidebar.getByRole('button', { name: 'Gửi ngay' }).click();
    await expect
      .poll(() => sidebar.locator('#remind-status').textContent(), { timeout: 15_000 })
      .toBe('Không có email nào cần gửi thêm hôm nay.');
    await expect.poll(() => page.locator('#outbox summary').textContent()).toBe('Hộp thư đi (0)');
    await page.close();
  }, 60_000);
  it('after "Tổng hợp", the dashboard sheet shows its charts drawn, with the unit names as labels', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const sidebar = page.frameLocator('#sidebar');
    await sidebar.locator('#report-period').fill('2025-Q3');
    await sidebar.getByRole('button', { name: 'Tổng hợp' }).click();
    await expect
      .poll(() => sidebar.locator('#report-status').textContent(), { timeout: 30_000 })
      .toContain('Đã tổng hợp');
    await expect.poll(() => page.locator('#tabs').textContent()).toContain('Bảng điều khiển');
    await page.locator('#tabs button', { hasText: 'Bảng điều khiển' }).click();
    await page.locator('table.grid[data-sheet="Bảng điều khiển"]').waitFor({ timeout: 15_000 });
    const charts = page.locator('#grid .chart');
    await expect.poll(() => charts.count(), { timeout: 15_000 }).toBe(4);
    expect(
      await charts.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.chartType)),
    ).toEqual(['BAR', 'BAR', 'PIE', 'LINE']);
    const units = page.locator(
      '#grid .chart[data-chart-title="Tình hình thực hiện nhiệm vụ theo đơn vị"] svg',
    );
    const labels = await units.locator('text').allTextContents();
    for (const unit of ['Công an xã', 'Phòng Kinh tế']) expect(labels).toContain(unit);
    expect(labels.join(' ')).toContain('Phòng Văn hóa - Xã');
    // "Tải về .xlsx" keeps the dashboard's charts: a picture of each over its table.
    const download = await page.request.get(`${server.url}/download.xlsx`);
    const xwb = new ExcelJS.Workbook();
    await xwb.xlsx.load((await download.body()) as unknown as ArrayBuffer);
    expect(xwb.getWorksheet('Bảng điều khiển')?.getImages()).toHaveLength(4);
    await page.close();
  }, 90_000);
});
