// A person's path through the demo preview: scaffold a table from the sidebar and see it in the
// grid; turn reminders on from step 5, send today's and see them in the outbox; merge a period
// and see the dashboard's charts drawn over the grid and kept in the downloaded .xlsx.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { DEMO_EDITORS } from '../../src/local/demo.ts';
import { SEED_HEADINGS } from '../helpers/seedHeadings.ts';
import { cell, launch, onSheet, open, openSheet, tab } from './harness.ts';

describe('the demo preview in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('scaffolds a "6 rõ" table from the sidebar and shows it in the grid', async () => {
    const s = await open(browser, 'demo-scaffold');
    const { page, sidebar } = s;
    await expect.poll(() => page.locator('#menus').textContent()).toContain('Tiện ích mở rộng');
    // The demo commune: seed 001's appendix imported by the add-on itself.
    await expect.poll(() => tab(page, 'Phụ lục I').count()).toBe(1);

    await sidebar.locator('[data-step=plan]').click();
    await sidebar.locator('#scaffold summary').click();
    await sidebar.locator('input[name="template"][value="sau-ro"]').check();
    await sidebar.getByRole('button', { name: 'Tạo bảng' }).click();
    await expect
      .poll(() => sidebar.locator('#scaffold-status').textContent(), { timeout: 15_000 })
      .toContain('Đã tạo trang tính "Nhiệm vụ 6 rõ"');
    // The grid follows to the new table.
    await onSheet(page, 'Nhiệm vụ 6 rõ');
    const headers = await Promise.all(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((c) => cell(page, `${c}4`).innerText()),
    );
    expect(headers.map((h) => h.trim())).toEqual(['Mã', ...(SEED_HEADINGS['sau-ro'][1] ?? [])]);
    await s.shot('scaffolded');
    await s.close();
  }, 120_000);

  it("turns reminders on from step 5, sends today's and shows them in the outbox", async () => {
    const s = await open(browser, 'demo-reminders');
    const { page, server, sidebar } = s;
    await sidebar.locator('[data-step=follow]').click();
    // Reminders start switched off.
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
    await expect.poll(() => tab(page, 'Ngày nghỉ').count()).toBe(1);
    expect(server.runtime.workbook.triggers).toEqual([
      expect.objectContaining({ kind: 'clock', handler: 'remindDaily', atHour: 7 }),
    ]);
    expect(await page.locator('#outbox summary').textContent()).toBe('Hộp thư đi (0)');
    await sidebar.getByRole('button', { name: 'Gửi ngay' }).click();
    await expect
      .poll(() => sidebar.locator('#remind-status').textContent(), { timeout: 15_000 })
      .toMatch(/^Đã gửi \d+ email/);
    // What was sent is in the header's outbox, one entry per email, to the demo's editors.
    const status = (await sidebar.locator('#remind-status').textContent()) ?? '';
    const sent = Number(/^Đã gửi (\d+)/.exec(status)?.[1]);
    await expect
      .poll(() => page.locator('#outbox summary').textContent())
      .toBe(`Hộp thư đi (${sent})`);
    const to = server.runtime.workbook.outbox.flatMap((m) => m.to);
    expect(to.every((email) => Object.values(DEMO_EDITORS).includes(email))).toBe(true);
    await s.shot('reminders');
    await s.close();
  }, 120_000);

  it('after "Tổng hợp" and "Cập nhật bảng điều khiển", the dashboard sheet shows its charts drawn, with the unit names as labels', async () => {
    const s = await open(browser, 'demo-dashboard');
    const { page, server, sidebar } = s;
    await sidebar.locator('#period-pick summary').click();
    await sidebar.locator('#report-period').fill('2025-Q3');
    await sidebar.locator('#report-period').press('Tab');
    await sidebar.locator('[data-step=report]').click();
    await sidebar.getByRole('button', { name: 'Tổng hợp' }).click();
    await expect
      .poll(() => sidebar.locator('#merge-status').textContent(), { timeout: 30_000 })
      .toContain('Đã tổng hợp');
    // The first merge makes no dashboard; the status says how to make it, and one click does.
    expect(await sidebar.locator('#merge-status').textContent()).toContain(
      'Chưa có bảng điều khiển cho lãnh đạo',
    );
    expect(await tab(page, 'Bảng điều khiển').count()).toBe(0);
    await sidebar.getByRole('button', { name: 'Cập nhật bảng điều khiển' }).click();
    await expect.poll(() => tab(page, 'Bảng điều khiển').count(), { timeout: 30_000 }).toBe(1);
    await openSheet(page, 'Bảng điều khiển');
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
    await s.shot('dashboard');
    // "Tải về .xlsx" keeps the dashboard's charts: a picture of each over its table.
    const download = await page.request.get(`${server.url}/download.xlsx`);
    const xwb = new ExcelJS.Workbook();
    await xwb.xlsx.load((await download.body()) as unknown as ArrayBuffer);
    expect(xwb.getWorksheet('Bảng điều khiển')?.getImages()).toHaveLength(4);
    await s.close();
  }, 120_000);
});
