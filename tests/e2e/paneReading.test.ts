/**
 * The pane for reading, in Chromium on the sample district: it opens on the result the workbook holds,
 * filters by kind with counts, one compact row per school opening to explanations whose cell references
 * select the cell, links to the school's row, its roadmap block, the event plan and the summary, focus
 * back on «Пересчитать», the remarks count by «Готово», a red banner of errors — and no serious or
 * critical accessibility violation. Saves the screenshots of the README.
 */
import { join } from 'path';
import type { Page } from 'playwright-core';
import { OWNED_SHEETS } from '../../src/engine/owned';
import type { ExcelSimulator } from '../support/excel-simulator';
import { R1_FLAGGED, SHNSU } from '../sample/planted';
import { seriousViolations } from './axe';
import { openPane, recalculate, startPaneHarness, type PaneHarness } from './paneHarness';

declare const window: { __oporaSimulator: ExcelSimulator };

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
let harness: PaneHarness;

beforeAll(async () => {
  harness = await startPaneHarness();
}, 600_000);

afterAll(async () => {
  await harness?.close();
});

const rowIds = (page: Page) => page.$$eval('[data-school-id]', (items) => items.map((li) => li.getAttribute('data-school-id') ?? ''));
const active = (page: Page) => page.evaluate(() => window.__oporaSimulator.model.activeSheet);
const selection = (page: Page, sheet: string) => page.evaluate((name) => window.__oporaSimulator.sheet(name).selection, sheet);
/** 0-based row and column of an A1 cell. */
const at = (cell: string) => ({ top: Number(cell.replace(/^[A-Z]+/, '')) - 1, left: cell.charCodeAt(0) - 65 });
/** The value in column `col` of the row selected on a sheet. */
const selectedValue = (page: Page, sheet: string, col: number) =>
  page.evaluate(
    ([name, c]) => {
      const simulator = window.__oporaSimulator;
      const top = simulator.sheet(name as string).selection?.top ?? -1;
      return simulator.model.sheets.find((s) => s.name === name)?.rows[top]?.[c as number]?.value;
    },
    [sheet, col] as const,
  );
const shnsuRow = (page: Page) => page.locator(`[data-school-id="code:${SHNSU[0]}"]`);

it('opens on the result the workbook holds, without recalculating', async () => {
  const page = await openPane(harness, { recalculated: true });
  await page.getByText(/^Результат последнего пересчёта, сохранённый в книге: школ — 22, ШНОР — \d+, ШНСУ — \d+\./).waitFor();
  expect(await rowIds(page)).toEqual(expect.arrayContaining(R1_FLAGGED.map((c) => `code:${c}`)));
  await expect(page.getByText('Готово').count()).resolves.toBe(0);
  await page.close();
});

it('filters by kind with counts: warnings only when chosen, ШНОР schools gone when ШНОР is off', async () => {
  const page = await openPane(harness, { recalculated: true });
  await page.getByText(/^Школ: 22; отмечено: \d+/).waitFor();
  const warnings = page.getByRole('button', { name: /^Предупреждение · \d+$/ });
  const warned = Number((await warnings.textContent())?.split('· ')[1]);
  expect(warned).toBeGreaterThan(5);
  expect(await warnings.getAttribute('aria-pressed')).toBe('false');
  const before = await rowIds(page);
  await warnings.click();
  const withWarnings = await rowIds(page);
  expect(withWarnings.length).toBeGreaterThan(before.length);
  expect(new Set(withWarnings).size).toBe(withWarnings.length); // one row per school
  // Real reasons come first: every row with ШНОР/ШНСУ/OBJ precedes every warned-only row.
  expect(withWarnings.slice(0, before.length)).toEqual(before);

  await page.getByRole('button', { name: /^ШНОР · \d+$/ }).click();
  await page.getByRole('button', { name: /^Предупреждение · \d+$/ }).click();
  const noShnor = await rowIds(page);
  // A school that is both ШНОР and ШНСУ stays, under its ШНСУ.
  for (const code of R1_FLAGGED) expect(noShnor.includes(`code:${code}`)).toBe((SHNSU as readonly string[]).includes(code));
  for (const code of SHNSU) expect(noShnor).toContain(`code:${code}`);
  await page.close();
});

it('opens a school to its explanation, whose cell references select the cell, and links to its row and roadmap block', async () => {
  const page = await openPane(harness, { recalculated: true });
  const row = shnsuRow(page);
  await row.getByRole('button', { expanded: false }).click();
  await expect(row.getByRole('button', { expanded: true }).count()).resolves.toBe(1);

  const ref = row.getByRole('button', { name: /^Перейти к ячейке 'Социальный паспорт'!/ }).first();
  const cell = ((await ref.textContent()) ?? '').split('!')[1];
  await ref.click();
  await page.waitForFunction(() => window.__oporaSimulator.model.activeSheet === 'Социальный паспорт');
  expect(await selection(page, 'Социальный паспорт')).toMatchObject({ top: at(cell).top, left: at(cell).left });

  await row.getByRole('button', { name: 'Строка в перечне' }).click();
  await page.waitForFunction((name) => window.__oporaSimulator.model.activeSheet === name, OWNED_SHEETS.flags);
  expect(await selectedValue(page, OWNED_SHEETS.flags, 1)).toBe(await row.locator('.fui-Text').first().textContent());

  await row.getByRole('button', { name: 'Дорожная карта' }).click();
  await page.waitForFunction((name) => window.__oporaSimulator.model.activeSheet === name, OWNED_SHEETS.roadmap);
  expect(String(await selectedValue(page, OWNED_SHEETS.roadmap, 0))).toMatch(/^Дорожная карта: /);

  for (const sheet of [OWNED_SHEETS.eventPlan, OWNED_SHEETS.summary]) {
    await page.getByRole('button', { name: `Открыть «${sheet}»` }).click();
    await page.waitForFunction((name) => window.__oporaSimulator.model.activeSheet === name, sheet);
  }
  await expect(active(page)).resolves.toBe(OWNED_SHEETS.summary);
  await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-school.png'), animations: 'disabled', fullPage: true });
  await page.close();
});

it('returns focus to «Пересчитать» after a run and shows the remarks count next to «Готово»', async () => {
  const page = await openPane(harness);
  await recalculate(page);
  await page.waitForFunction(() => document.activeElement?.textContent === 'Пересчитать');
  const listed = await page.getByTestId('opora-diagnostics').locator('> li').count();
  await expect(page.getByTestId('opora-remarks-count').textContent()).resolves.toBe(`Замечаний: ${listed}`);
  await page.close();
});

it('lists every error in a red banner at the top when a conclusion rests on missing data', async () => {
  const page = await openPane(harness);
  await expect(page.getByTestId('opora-error-banner').count()).resolves.toBe(0);
  // Keep only a notes sheet: no school can be read.
  await page.evaluate(async () => {
    const simulator = window.__oporaSimulator;
    const names = simulator.model.sheets.map((s) => s.name);
    await simulator.run(async (context) => {
      const notes = context.workbook.worksheets.add('Заметки');
      notes.getRange('A1').values = [['Заметки методиста']];
      notes.activate();
      for (const name of names) context.workbook.worksheets.getItem(name).delete();
      await context.sync();
    });
  });
  await page.getByRole('button', { name: 'Пересчитать' }).click();
  const banner = page.getByTestId('opora-error-banner');
  await banner.waitFor({ timeout: 120_000 });
  await expect(banner.textContent()).resolves.toMatch(/Ошибки в данных \(\d+\).*не прочитала ни одной школы/);
  const box = await banner.boundingBox();
  const button = await page.getByRole('button', { name: 'Пересчитать' }).boundingBox();
  expect(box && button && box.y < button.y).toBe(true);
  await expect(page.getByText('Опора не прочитала ни одной школы — выводы не сделаны.', { exact: false }).count()).resolves.toBe(1);
  await expect(page.getByText(/Ни одна школа не отмечена/).count()).resolves.toBe(0);
  await page.screenshot({ path: join(SCREENSHOTS, 'taskpane-errors.png'), animations: 'disabled' });
  await page.close();
});

it('has no serious or critical accessibility violation, light and dark, list open', async () => {
  for (const theme of ['light', 'dark'] as const) {
    const page = await openPane(harness, { recalculated: true, theme });
    await page.getByRole('button', { name: /^Предупреждение · \d+$/ }).click();
    await shnsuRow(page).getByRole('button', { expanded: false }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  }
});
