// What the browser tests share: Debian's Chromium driven by playwright-core, a preview server per
// test (each test builds its own state), screenshots kept under artifacts/browser/ for CI, and
// the few gestures a person makes (open a tab, type into a cell, pick a user, use a menu).
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import {
  chromium,
  type Browser,
  type FrameLocator,
  type Locator,
  type Page,
} from 'playwright-core';
import { startServer, type PreviewServer, type ServerOptions } from '../../src/local/server.ts';

export const CHROMIUM = '/usr/bin/chromium';

/** Screenshots land here (gitignored); CI keeps the folder as its artifacts. */
export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/browser/', import.meta.url));

/** 20 Nov 2026, 10:00 in Vietnam: period 2026-Q4 is open, its deadline (20/12/2026) ahead. */
export const NOW = new Date('2026-11-20T03:00:00Z');
export const PERIOD = '2026-Q4';

export async function launch(): Promise<Browser> {
  // A missing browser fails the run: a skipped test would hide a broken preview.
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is missing at ${CHROMIUM}; the browser tests need it. Install it with: sudo apt-get install chromium`,
    );
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
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
}

export interface Session {
  server: PreviewServer;
  page: Page;
  sidebar: FrameLocator;
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** A fresh preview (its own workbook) opened in a new page. */
export async function open(
  browser: Browser,
  test: string,
  options: ServerOptions = {},
): Promise<Session> {
  const server = await startServer({ port: 0, now: () => NOW, ...options });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.locator('[role=gridcell]').first().waitFor();
  let n = 0;
  return {
    server,
    page,
    sidebar: page.frameLocator('#sidebar'),
    shot: async (name) => {
      n++;
      await page.screenshot({
        path: `${ARTIFACTS}${test}-${String(n).padStart(2, '0')}-${name}.png`,
      });
    },
    close: async () => {
      await page.close();
      await server.close();
      expect(errors, 'errors in the page').toEqual([]);
    },
  };
}

export function tab(page: Page, name: string): Locator {
  return page.locator('#tabs [role=tab]', { hasText: name });
}

/** Clicks a sheet's tab and waits for its grid. */
export async function openSheet(page: Page, name: string): Promise<void> {
  await tab(page, name).click();
  await grid(page, name).waitFor();
}

export function grid(page: Page, sheet: string): Locator {
  return page.locator(`[role=grid][aria-label="${sheet}"]`);
}

export function cell(page: Page, a1: string): Locator {
  return page.locator(`[role=gridcell][data-cell="${a1}"]`);
}

/** The displayed text of a cell. */
export async function text(page: Page, a1: string): Promise<string> {
  return (await cell(page, a1).innerText()).trim();
}

/** Double-clicks a cell and types, then Enter: what a person does to fill a cell. */
export async function typeInto(page: Page, a1: string, value: string): Promise<void> {
  await cell(page, a1).dblclick();
  const editor = cell(page, a1).locator('input.cell-editor');
  await editor.waitFor();
  await editor.pressSequentially(value);
  await editor.press('Enter');
}

/** Double-clicks a dropdown cell and picks an option. */
export async function choose(page: Page, a1: string, option: string): Promise<void> {
  await cell(page, a1).dblclick();
  await cell(page, a1).locator('select.cell-editor').selectOption(option);
}

/** The row (1-based) of the first cell in column A whose text is `label`. */
export async function rowOf(page: Page, label: string): Promise<number> {
  const found = page.locator('[role=gridcell][data-cell^="A"]', { hasText: label });
  if ((await found.count()) === 0) return 0;
  const name = (await found.first().getAttribute('data-cell')) ?? '';
  return Number(name.slice(1));
}

/** Picks a user in the header, with or without the add-on, and waits for the page to follow. */
export async function pickUser(page: Page, email: string, installed: boolean): Promise<void> {
  await page.selectOption('#user-picker', email);
  const box = page.locator('#installed');
  if (!(await box.isDisabled()) && (await box.isChecked()) !== installed)
    await box.setChecked(installed);
  const addon = installed && !(await box.isDisabled());
  await page
    .locator(`body[data-user="${email}"][data-installed="${String(addon)}"]`)
    .waitFor({ timeout: 20_000 });
}

/** Extensions → Sáu Rõ → item. */
export async function menu(page: Page, item: string): Promise<void> {
  await page.locator('#menus .menu > button', { hasText: 'Tiện ích mở rộng' }).click();
  await page.locator('#menus [role=menuitem]', { hasText: item }).click();
}

/** The dialog on screen (alert or question). */
export function dialog(page: Page): Locator {
  return page.locator('#dialogs [role=dialog], #dialogs [role=alertdialog]');
}

/** Waits for the active tab to be `sheet`. */
export async function onSheet(page: Page, sheet: string): Promise<void> {
  await expect
    .poll(() => page.locator('#tabs [role=tab][aria-selected=true]').innerText(), {
      timeout: 20_000,
    })
    .toBe(sheet);
  await grid(page, sheet).waitFor();
}

/** Waits until the element shows `wanted` (what a person reading the screen waits for). */
export async function seeText(target: Locator, wanted: string): Promise<void> {
  await target.first().waitFor({ timeout: 30_000 });
  await expect.poll(() => target.first().innerText(), { timeout: 30_000 }).toContain(wanted);
}
