// The preview as each role uses it, in Chromium, driven only by clicks and typing: the
// coordinator sets up and distributes, a unit without the add-on fills and submits its sheet, the
// coordinator merges, sends back and closes, and a leader reads every sheet and changes nothing.
// Each test starts its own preview; what a test does not exercise is prepared through the
// add-on's own server functions, as the previous role would have done it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { viewWorkbook, type Runtime } from 'gas-emulator';
import { fixtureText, UNITS } from '../helpers/fixtures.ts';
import {
  cell,
  choose,
  dialog,
  grid,
  launch,
  menu,
  onSheet,
  open,
  openSheet,
  PERIOD,
  pickUser,
  rowOf,
  seeText,
  tab,
  text,
  typeInto,
} from './harness.ts';

const OWNER = 'vhxh@xa-mau.vn';
const POLICE = 'congan@xa-mau.vn';
const VIEWER = 'lanhdao@xa-mau.vn';
const POLICE_SHEET = `BC ${PERIOD} - Công an xã`;
const SUMMARY = `Tổng hợp ${PERIOD}`;
/** The units seed 001 gives at least one task to lead (its "Cơ quan chủ trì" column). */
const LEADS = [UNITS.VHXH, UNITS.TTVH, UNITS.VP, UNITS.KT, UNITS.CA];
/** What the police types as the result of its first task (a vi_VN number inside). */
const RESULT = 'Đã cấp 1,5 nghìn tài khoản định danh điện tử';

/** The coordinator's settings and a distribution, as steps 1 and 4 would leave them. */
function distributed(rt: Runtime): void {
  rt.call('saveReportSettings', {
    rhythm: 'Hằng quý',
    rule: 'ngày 20 tháng cuối quý',
    coordinator: UNITS.VHXH,
    emails: OWNER,
  });
  rt.call('distributeReports', { period: PERIOD });
}

/** The police's first lead task filled and submitted by the police, through the add-on. */
function policeSubmitted(rt: Runtime): void {
  distributed(rt);
  rt.setUser(POLICE);
  for (const [a1, value] of [
    ['E13', 'Hoàn thành'],
    ['F13', '100'],
    ['G13', RESULT],
  ] as const)
    expect(rt.edit(POLICE_SHEET, a1, value)).toMatchObject({ applied: true });
  expect(rt.call('submitReport', { period: PERIOD, unit: UNITS.CA })).toMatchObject({
    accepted: true,
  });
  rt.setUser(OWNER);
}

/** Every cell's text and formula of every sheet: "changes nothing" compares two of these. */
function snapshot(rt: Runtime): string {
  return JSON.stringify(viewWorkbook(rt.workbook).sheets.map((s) => [s.name, s.cells, s.merges]));
}

async function boardCount(page: Page, label: string): Promise<number> {
  const frame = page.frameLocator('#sidebar');
  const box = frame.locator(`#board-counts [aria-label^="${label}:"]`);
  return Number(await box.locator('b').innerText());
}

describe('the preview, one role at a time', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('the coordinator sets up, imports seed 001, distributes and sees the board', async () => {
    const s = await open(browser, 'coordinator-setup', { demo: false, owner: OWNER });
    const { page, sidebar } = s;
    await sidebar.locator('[data-step=setup]').waitFor();
    await s.shot('steps');

    // 1 Thiết lập: the settings form.
    await sidebar.locator('[data-step=setup]').click();
    await sidebar.locator('#set-rhythm').selectOption('Hằng quý');
    await sidebar.locator('#set-rule').fill('ngày 20 tháng cuối quý');
    await sidebar.locator('#set-coordinator').selectOption(UNITS.VHXH);
    await sidebar.locator('#set-emails').fill(OWNER);
    await sidebar.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect
      .poll(() => sidebar.locator('#set-status').innerText(), { timeout: 20_000 })
      .toContain(`kỳ hiện tại ${PERIOD}`);
    await onSheet(page, 'Cài đặt');
    expect(await text(page, 'B3')).toBe('Hằng quý');
    await s.shot('settings');

    // The police's editor, typed into the directory like any cell.
    await openSheet(page, 'Đơn vị');
    const police = await rowOf(page, UNITS.CA);
    await typeInto(page, `D${police}`, POLICE);
    await expect.poll(() => text(page, `D${police}`)).toBe(POLICE);

    // 2 Nhập kế hoạch: paste seed 001, preview, write.
    await sidebar.getByRole('button', { name: '← Các bước' }).click();
    await sidebar.locator('[data-step=plan]').click();
    // A stray line reads as one task "foo" with warnings: "Ghi" stays off until they are accepted.
    await sidebar.locator('#import-text').fill('1\tfoo');
    await sidebar.getByRole('button', { name: 'Xem trước' }).first().click();
    await expect
      .poll(() => sidebar.locator('#import-status').innerText(), { timeout: 20_000 })
      .toContain('cần xem lại');
    const write = sidebar.getByRole('button', { name: 'Ghi vào bảng tính' });
    expect(await write.isDisabled()).toBe(true);
    expect(await sidebar.locator('#import-accept-row').isVisible()).toBe(true);
    await s.shot('garbage-previewed');
    await sidebar.locator('#import-text').fill(fixtureText('appendix/seed-001-plan.txt'));
    await sidebar.getByRole('button', { name: 'Xem trước' }).first().click();
    await expect
      .poll(() => sidebar.locator('#import-status').innerText(), { timeout: 20_000 })
      .toMatch(/Đọc được \d+ nhiệm vụ/);
    if (await sidebar.locator('#import-accept-row').isVisible()) {
      await expect(write.isDisabled()).resolves.toBe(true);
      await sidebar.locator('#import-accept').check();
    }
    await write.click();
    await expect
      .poll(() => sidebar.locator('#import-status').innerText(), { timeout: 30_000 })
      .toContain('Đã ghi');
    await onSheet(page, 'Phụ lục I');
    await s.shot('imported');

    // 4 Giao phiếu.
    await sidebar.getByRole('button', { name: '← Các bước' }).click();
    await sidebar.locator('[data-step=distribute]').click();
    await sidebar.getByRole('button', { name: 'Tạo phiếu báo cáo' }).click();
    await expect
      .poll(() => sidebar.locator('#distribute-status').innerText(), { timeout: 30_000 })
      .toContain(`phiếu kỳ ${PERIOD}`);
    // The tab bar redraws after the status line: poll, as the other tab checks do.
    await expect.poll(() => tab(page, POLICE_SHEET).count()).toBe(1);
    await s.shot('distributed');

    // 5 Theo dõi: every lead unit is on the board, none has submitted yet.
    await sidebar.getByRole('button', { name: '← Các bước' }).click();
    await expect
      .poll(() => sidebar.locator('[data-step=distribute] .state').innerText())
      .toBe('Đã xong');
    await sidebar.locator('[data-step=follow]').click();
    const rows = sidebar.locator('#board tr td:first-child');
    await expect.poll(() => rows.allInnerTexts()).toEqual(LEADS);
    expect(await boardCount(page, 'Đã nộp')).toBe(0);
    expect(await boardCount(page, 'Chưa nộp')).toBe(LEADS.length);
    await s.shot('board');
    // A unit on the board is a link to its sheet.
    await sidebar.locator('#board a', { hasText: UNITS.CA }).click();
    await onSheet(page, POLICE_SHEET);
    await s.close();
  }, 240_000);

  it('a unit without the add-on fills its own sheet and submits; locked cells and other units refuse it', async () => {
    const s = await open(browser, 'unit', {
      prepare: (rt) => distributed(rt),
    });
    const { page } = s;
    await pickUser(page, POLICE, false);
    // No add-on: no sidebar, and the Extensions menu has nothing of Sáu Rõ.
    await expect(page.locator('#side').isHidden()).resolves.toBe(true);
    await page.locator('#menus .menu > button', { hasText: 'Tiện ích mở rộng' }).click();
    await expect(page.locator('#menus [role=menuitem]').count()).resolves.toBe(0);
    await page.keyboard.press('Escape');
    await page.locator('#title').click();

    await openSheet(page, POLICE_SHEET);
    await s.shot('own-sheet');

    // A locked cell (the task's content) refuses typing with a visible message.
    const before = await text(page, 'B13');
    await typeInto(page, 'B13', 'sửa nội dung');
    await seeText(dialog(page), 'được bảo vệ');
    await s.shot('locked-refused');
    await dialog(page).getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => text(page, 'B13')).toBe(before);

    // The unit's input cells (row 13: the first task of block A): a dropdown, a vi_VN number, a text.
    await choose(page, 'E13', 'Hoàn thành');
    await typeInto(page, 'F13', '100');
    await typeInto(page, 'G13', RESULT);
    await typeInto(page, 'F14', '12,5');
    await expect.poll(() => text(page, 'E13')).toBe('Hoàn thành');
    await expect.poll(() => text(page, 'G13')).toBe(RESULT);
    // "12,5" typed as a Vietnamese user types it is the number 12.5.
    await cell(page, 'F14').click();
    await expect.poll(() => page.locator('#formula-input').inputValue()).toBe('12,5');
    await s.shot('filled');

    // Submit without the add-on: tick the sheet's "Nộp báo cáo" box.
    // The edit trigger the coordinator installed at distribute checks and records it.
    const boxRow = await rowOf(page, 'Nộp báo cáo');
    expect(boxRow).toBe(7);
    await cell(page, `B${boxRow}`).locator('input[type=checkbox]').click();
    const stateRow = await rowOf(page, 'Trạng thái nộp');
    await expect.poll(() => text(page, `B${stateRow}`), { timeout: 20_000 }).toContain('Đã nộp');
    await s.shot('submitted');

    // Another unit's sheet is not the police's to fill.
    await openSheet(page, `BC ${PERIOD} - Phòng Kinh tế`);
    await typeInto(page, 'G13', 'không phải việc của công an');
    await seeText(dialog(page), 'được bảo vệ');
    await dialog(page).getByRole('button', { name: 'OK' }).click();
    await s.shot('other-unit-refused');

    // The coordinator's merge carries what the police typed into the summary.
    await pickUser(page, OWNER, true);
    await menu(page, 'Tổng hợp');
    await seeText(dialog(page), `Đã tổng hợp kỳ ${PERIOD}`);
    await dialog(page).getByRole('button', { name: 'OK' }).click();
    await onSheet(page, SUMMARY);
    await seeText(grid(page, SUMMARY), RESULT);
    await s.shot('summary');
    await s.close();
  }, 240_000);

  it('the coordinator merges, sends back, and closes after answering the confirmation', async () => {
    const s = await open(browser, 'coordinator-close', { prepare: (rt) => policeSubmitted(rt) });
    const { page, sidebar } = s;
    await sidebar.locator('[data-step=report]').click();
    await sidebar.getByRole('button', { name: 'Tổng hợp' }).click();
    await expect
      .poll(() => sidebar.locator('#merge-status').innerText(), { timeout: 30_000 })
      .toContain(`Đã tổng hợp vào trang "${SUMMARY}"`);
    await onSheet(page, SUMMARY);
    await seeText(grid(page, SUMMARY), RESULT);
    // No problem line starts with an empty place.
    for (const line of await sidebar.locator('#merge-problems li').allInnerTexts())
      expect(line).not.toMatch(/^\s*:/);
    await s.shot('merged');

    // 5 Theo dõi: send the police's first task back.
    await sidebar.getByRole('button', { name: '← Các bước' }).click();
    await sidebar.locator('[data-step=follow]').click();
    expect(await boardCount(page, 'Đã nộp')).toBe(1);
    await sidebar.locator('#report-back-unit').selectOption(UNITS.CA);
    await sidebar.locator('#report-back-code').fill('III.16');
    await sidebar.locator('#report-back-reason').fill('Thiếu minh chứng');
    await sidebar.getByRole('button', { name: 'Trả lại' }).click();
    await expect
      .poll(() => sidebar.locator('#back-status').innerText(), { timeout: 20_000 })
      .toContain('Đã trả lại mục III.16');
    await onSheet(page, POLICE_SHEET);
    await expect.poll(() => page.locator('#cell-name').innerText()).toBe('A13');
    await expect.poll(() => boardCount(page, 'Trả lại')).toBe(1);
    // The picker keeps the unit chosen after the action.
    expect(await sidebar.locator('#report-back-unit').inputValue()).toBe(UNITS.CA);
    await s.shot('sent-back');

    // Extensions → Sáu Rõ → Chốt kỳ asks; NO leaves the period open.
    await menu(page, 'Chốt kỳ');
    await seeText(dialog(page), `Chốt kỳ ${PERIOD}`);
    await s.shot('close-question');
    await dialog(page).getByRole('button', { name: 'Không' }).click();
    await seeText(page.locator('#toasts'), `kỳ ${PERIOD} vẫn mở`);
    await expect(tab(page, `Chốt kỳ ${PERIOD}`).count()).resolves.toBe(0);
    // YES closes it, and the grid shows the frozen summary.
    await menu(page, 'Chốt kỳ');
    await dialog(page).getByRole('button', { name: 'Có' }).click();
    await seeText(dialog(page), `Đã chốt kỳ ${PERIOD}`);
    await dialog(page).getByRole('button', { name: 'OK' }).click();
    await onSheet(page, `Chốt kỳ ${PERIOD}`);
    await s.shot('closed');
    await s.close();
  }, 240_000);

  it('a leader reads every sheet, changes nothing, and 30 tabs stay on one line', async () => {
    const s = await open(browser, 'viewer', {
      prepare: (rt) => {
        policeSubmitted(rt);
        rt.call('mergeReports', { period: PERIOD });
        // Enough sheets for a long tab bar: a commune keeps old periods' sheets around.
        for (let i = rt.workbook.sheets.length; i < 30; i++)
          rt.workbook.addSheet(`Lưu trữ ${2010 + i}`);
      },
    });
    const { page, server } = s;
    const before = snapshot(server.runtime);
    await pickUser(page, VIEWER, false);
    await expect(page.locator('#installed').isDisabled()).resolves.toBe(true);
    await expect(page.locator('#side').isHidden()).resolves.toBe(true);

    const names = await page.locator('#tabs [role=tab]').allInnerTexts();
    expect(names.length).toBeGreaterThanOrEqual(30);
    // One line: every tab at the same height, the bar no taller than one tab.
    const bar = await page.locator('#tabbar').boundingBox();
    const tops = await page
      .locator('#tabs [role=tab]')
      .evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().top));
    expect(new Set(tops).size).toBe(1);
    expect(bar?.height).toBeLessThanOrEqual(40);

    // Every sheet, from the sheet menu; the active tab is scrolled into view.
    for (const name of names) {
      await page.locator('#sheet-menu-button').click();
      await page.getByRole('menuitemradio', { name, exact: true }).click();
      await onSheet(page, name);
      const inView = await page.evaluate(() => {
        const strip = document.getElementById('tabs')?.getBoundingClientRect();
        const active = document
          .querySelector('#tabs [aria-selected=true]')
          ?.getBoundingClientRect();
        return (
          !!strip && !!active && active.left >= strip.left - 1 && active.right <= strip.right + 1
        );
      });
      expect(inView, name).toBe(true);
    }
    await s.shot('last-tab');

    // Typing is refused, and says why.
    await openSheet(page, SUMMARY);
    await typeInto(page, 'A1', 'xem thôi');
    await seeText(dialog(page), 'chỉ có quyền xem');
    await s.shot('viewer-refused');
    await dialog(page).getByRole('button', { name: 'OK' }).click();
    expect(snapshot(server.runtime)).toBe(before);
    await s.close();
  }, 300_000);
});
