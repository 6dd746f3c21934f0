/**
 * The task pane in Chromium, as a methodologist uses it: the browser preview (real pane, real Office.js
 * adapter, the Excel simulator holding the sample district) — press «Пересчитать», see the planted
 * ШНОР/ШНСУ schools, Opora's sheets written into the workbook, go to a remark's cell, save a quick
 * setting. Saves screenshots of the pane (light, dark, 320 px) into docs/screenshots/.
 */
import { mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { OWNED_SHEETS } from '../../src/engine/owned';
import type { ExcelSimulator } from '../support/excel-simulator';
import { DECOY_A, DECOY_B, R1_FLAGGED, R3_ONLY, SHNSU, SMALL_OOSH } from '../sample/planted';
import { DIST, openPane as open, recalculate, startPaneHarness, type PaneHarness } from './paneHarness';

// acorn is webpack's own parser.
const acorn = require('acorn') as { parse(code: string, options: { ecmaVersion: number }): unknown };

const ROOT = join(__dirname, '..', '..');
const SCREENSHOTS = join(ROOT, 'docs', 'screenshots');

declare const window: { __oporaSimulator: ExcelSimulator };

let harness: PaneHarness;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  harness = await startPaneHarness();
}, 600_000);

afterAll(async () => {
  await harness?.close();
});

const openPane = (width: number, theme: 'light' | 'dark') => open(harness, { width, theme });

/** The flagged schools as the pane lists them: school id → badges shown. */
async function flaggedSchools(page: Page): Promise<Map<string, string[]>> {
  const rows = await page.$$eval('[data-school-id]', (items) =>
    items.map((li) => [li.getAttribute('data-school-id') ?? '', [...li.querySelectorAll('.fui-Badge')].map((b) => b.textContent ?? '')] as const),
  );
  return new Map(rows.map(([id, kinds]) => [id, [...kinds]]));
}

const withKind = (flags: Map<string, string[]>, kind: string) =>
  [...flags].filter(([, kinds]) => kinds.includes(kind)).map(([id]) => id).sort();
const ids = (codes: readonly string[]) => codes.map((c) => `code:${c}`).sort();

describe('the boot script', () => {
  it('parses as ES5, so Office 2016’s Internet Explorer webview can show its message', () => {
    expect(() => acorn.parse(readFileSync(join(DIST, 'taskpane.js'), 'utf8'), { ecmaVersion: 5 })).not.toThrow();
    expect(() => acorn.parse('const x = () => 1;', { ecmaVersion: 5 })).toThrow();
  });
});

describe('the task pane in Office 2016’s webview', () => {
  it('shows the Russian message with the standalone page and never loads React', async () => {
    const page = await harness.browser.newPage({ userAgent: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko' });
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${harness.baseUrl}/taskpane.html`);
    await page.getByText('Эта версия Office не может показать панель Опоры').waitFor();
    await expect(page.getByRole('link', { name: 'Откройте автономную страницу Опоры' }).getAttribute('href')).resolves.toBe(
      'opora-standalone.html',
    );
    expect(scripts).toContain('/taskpane.js');
    expect(scripts.filter((s) => s !== '/taskpane.js' && !s.startsWith('/office-js/'))).toEqual([]);
    await page.close();
  });
});

describe('the task pane on the sample district', () => {
  it('recalculates, lists the planted ШНОР and ШНСУ schools and writes Opora’s sheets', async () => {
    const page = await openPane(400, 'light');
    await recalculate(page);

    const flags = await flaggedSchools(page);
    expect(withKind(flags, 'ШНОР')).toEqual(ids([...R1_FLAGGED, R3_ONLY.code, DECOY_B.code]));
    expect(withKind(flags, 'ШНСУ')).toEqual(ids(SHNSU));
    for (const decoy of [DECOY_A.code, SMALL_OOSH.code]) expect(flags.get(`code:${decoy}`) ?? []).not.toContain('ШНОР');

    const workbook = await page.evaluate(() => ({
      sheets: window.__oporaSimulator.model.sheets.map((s) => s.name),
      active: window.__oporaSimulator.model.activeSheet,
    }));
    expect(workbook.sheets).toEqual(
      expect.arrayContaining(['ОГЭ 2026', OWNED_SHEETS.summary, OWNED_SHEETS.flags, OWNED_SHEETS.settings, OWNED_SHEETS.diagnostics]),
    );
    expect(workbook.active).toBe(OWNED_SHEETS.summary);

    await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-light.png'), animations: 'disabled' });
    await page.close();
  });

  it('goes to the cell a remark names: a threshold typed as a word on the settings sheet', async () => {
    const page = await openPane(400, 'light');
    await recalculate(page);
    // The methodologist types «тридцать» into the R1 threshold on the settings sheet, then recalculates.
    const cell = await page.evaluate(async (sheetName) => {
      const simulator = window.__oporaSimulator;
      const sheet = simulator.model.sheets.find((s) => s.name === sheetName);
      const address = `C${(sheet?.rows.findIndex((r) => r?.[0]?.value === 'r1.fail_share') ?? -1) + 1}`;
      await simulator.run(async (context) => {
        context.workbook.worksheets.getItem(sheetName).getRange(address).values = [['тридцать']];
      });
      return address;
    }, OWNED_SHEETS.settings);
    expect(cell).not.toBe('C0');

    await page.getByRole('button', { name: 'Пересчитать' }).click();
    const link = page.getByRole('button', { name: `Перейти: ${OWNED_SHEETS.settings}, ${cell}` });
    await link.waitFor({ timeout: 120_000 });
    await expect(page.evaluate(() => window.__oporaSimulator.model.activeSheet)).resolves.toBe(OWNED_SHEETS.summary);
    await link.click();
    await page.waitForFunction((name) => window.__oporaSimulator.model.activeSheet === name, OWNED_SHEETS.settings);
    const selected = await page.evaluate((name) => window.__oporaSimulator.sheet(name).selection, OWNED_SHEETS.settings);
    const row = Number(cell.slice(1)) - 1;
    expect(selected).toEqual({ top: row, left: 2, bottom: row, right: 2 });
    await page.close();
  });

  it('saves min_n to «Опора · Настройки» after the first recalculation created it', async () => {
    const page = await openPane(400, 'light');
    await expect(page.getByText('Листа «Опора · Настройки» пока нет').isVisible()).resolves.toBe(true);
    await recalculate(page);
    const minN = page.getByLabel('Минимум участников (min_n)');
    await expect(minN.inputValue()).resolves.toBe('5');
    await minN.fill('7');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText(/^Сохранено/).waitFor();
    const written = await page.evaluate((sheetName) => {
      const sheet = window.__oporaSimulator.model.sheets.find((s) => s.name === sheetName);
      const row = sheet?.rows.find((r) => r?.[0]?.value === 'min_n');
      return row?.[2]?.value;
    }, OWNED_SHEETS.settings);
    expect(written).toBe(7);
    await page.close();
  });

  it('follows a dark Office theme and stays readable at 320 px, driven from the keyboard', async () => {
    const dark = await openPane(400, 'dark');
    await recalculate(dark);
    const background = await dark.$eval('.fui-FluentProvider', (el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(41, 41, 41)'); // webDarkTheme colorNeutralBackground1 #292929
    await dark.screenshot({ path: join(SCREENSHOTS, 'taskpane-dark.png'), animations: 'disabled' });
    await dark.close();

    const narrow = await openPane(320, 'light');
    await narrow.getByRole('button', { name: 'Пересчитать' }).focus();
    await narrow.keyboard.press('Enter');
    await narrow.getByText(/^Готово: школ — 22/).waitFor({ timeout: 120_000 });
    const overflow = await narrow.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await narrow.screenshot({ path: join(SCREENSHOTS, 'taskpane-320.png'), animations: 'disabled' });
    await narrow.close();
  });
});
