/**
 * The standalone offline page, as an office without the add-in uses it: open the single HTML file from
 * disk, pick the district workbook, get the recalculated workbook as a download — with Opora's sheets,
 * the user's sheets untouched, the planted schools listed — and not one network request.
 */
import { join } from 'path';
import { tmpdir } from 'os';
import { mkdtempSync } from 'fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { summaryHeadline } from '../../src/engine/output/headline';
import { OWNED_SHEETS } from '../../src/engine/owned';
import { recalculate } from '../../src/engine/recalculate';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs';
import { snapshotXlsx } from '../adapter/exceljs/snapshotSheets';
import { DECOY_B, R1_FLAGGED, R3_ONLY } from '../sample/planted';
import { seriousViolations } from './axe';
import { launchChromium } from './chromium';
import { DIST, ensurePreviewBuilt } from './previewBuild';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample-district.xlsx');
const PAGE_URL = `file://${join(DIST, 'opora-standalone.html')}`;

let browser: Browser;

beforeAll(async () => {
  await ensurePreviewBuilt();
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

async function openPage(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ acceptDownloads: true });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(PAGE_URL);
  return { page, requests, errors };
}

it('recalculates a dropped workbook in the page and offers the result, without any network request', async () => {
  const { page, requests, errors } = await openPage();
  const download = page.waitForEvent('download', { timeout: 120_000 });
  await page.setInputFiles('input[type=file]', SAMPLE);
  const saved = join(mkdtempSync(join(tmpdir(), 'opora-standalone-')), 'out.xlsx');
  await (await download).saveAs(saved);

  await page.getByText('Готово. Сохранён файл «sample-district.opora.xlsx».').waitFor();
  await page.getByText('«Опора · Мониторинг 1.2», «Опора · Динамика»', { exact: false }).waitFor();
  const shnor = await page.$$eval('ul.schools:not([hidden]) > li', (rows) =>
    rows.filter((li) => [...li.querySelectorAll('summary .badge')].some((b) => b.textContent === 'ШНОР')).map((li) => li.dataset.schoolId),
  );
  expect(shnor.sort()).toEqual([...R1_FLAGGED, R3_ONLY.code, DECOY_B.code].map((c) => `code:${c}`).sort());

  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(saved);
  expect(out.getWorksheet(OWNED_SHEETS.summary)).toBeDefined();
  expect(out.getWorksheet(OWNED_SHEETS.eventPlan)).toBeDefined();
  const before = await snapshotXlsx(new Uint8Array(await (await new ExcelJS.Workbook().xlsx.readFile(SAMPLE)).xlsx.writeBuffer()));
  expect(await snapshotXlsx(new Uint8Array(await out.xlsx.writeBuffer()))).toEqual(before);

  expect(errors).toEqual([]);
  expect(requests).toEqual([PAGE_URL]);
});

it('says in Russian what to do with a file that is not a workbook, in red with an icon, and offers nothing', async () => {
  const { page } = await openPage();
  await page.setInputFiles('input[type=file]', { name: 'отчёт.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('not a workbook') });
  const error = page.locator('.status .error');
  await expect(error.textContent()).resolves.toMatch(/^✖ Это не книга \.xlsx/);
  await expect(error.evaluate((el) => getComputedStyle(el).color)).resolves.toBe('rgb(164, 38, 44)');
  await expect(error.getByRole('img', { name: 'Ошибка' }).count()).resolves.toBe(1);
  await expect(page.getByRole('button', { name: 'Выбрать книгу…' }).isEnabled()).resolves.toBe(true);
  await page.setInputFiles('input[type=file]', { name: 'битая.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 broken') });
  await page.getByText(/Не удалось открыть книгу/).waitFor();
});

/** The sample district's summary as the engine makes it, to compare the page with the CLI. */
async function sampleSummary() {
  return recalculate(await (await ExcelJsWorkbook.fromFile(SAMPLE)).readGrids()).summary;
}

describe('reading the result on the page', () => {
  let page: Page;
  beforeAll(async () => {
    page = (await openPage()).page;
    await page.setInputFiles('input[type=file]', SAMPLE);
    // Work shows from the moment the file is picked: the bar and a disabled button.
    await expect(page.locator('progress').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Выбрать книгу…' }).isDisabled()).resolves.toBe(true);
    await page.getByText(/^Готово\./).waitFor({ timeout: 120_000 });
  }, 180_000);

  it('heads the result with the CLI’s headline, and the bar is gone and the button back when done', async () => {
    const summary = await sampleSummary();
    await expect(page.locator('.headline').textContent()).resolves.toBe(summaryHeadline(summary));
    await expect(page.locator('.headline').textContent()).resolves.toMatch(/^Школ: 22; отмечено: \d+ \(ШНОР — \d+, ШНСУ — \d+\)\.$/);
    await expect(page.locator('progress').isVisible()).resolves.toBe(false);
    await expect(page.getByRole('button', { name: 'Выбрать книгу…' }).isEnabled()).resolves.toBe(true);
  });

  it('lists each flagged school once, with badges, opening to its explanations; warnings only behind the toggle', async () => {
    const rows = page.locator('ul.schools:not([hidden]) > li');
    const ids = await rows.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.schoolId));
    expect(new Set(ids).size).toBe(ids.length);
    const badges = await rows.locator('summary .badge').allTextContents();
    expect(badges).not.toContain('Предупреждение');
    const first = rows.first();
    await expect(first.locator('.flag').first().isVisible()).resolves.toBe(false);
    await first.locator('summary').click();
    await expect(first.locator('.flag p').first().textContent()).resolves.toMatch(/источник: /);

    const warnings = page.locator('#opora-warnings');
    await expect(warnings.isVisible()).resolves.toBe(false);
    const toggle = page.getByRole('button', { name: /^Показать предупреждения R2 \(школ: \d+\)$/ });
    await toggle.click();
    await expect(warnings.isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Скрыть предупреждения R2' }).getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(warnings.locator('> li').count()).resolves.toBeGreaterThan(5);
    await page.screenshot({ path: join(__dirname, '..', '..', 'docs', 'screenshots', 'standalone.png'), fullPage: true });
  });

  it('has no serious or critical accessibility violation', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  });
});

it('highlights the page while a file is dragged over it', async () => {
  const { page } = await openPage();
  const dataTransfer = await page.evaluateHandle(() => new DataTransfer());
  await page.dispatchEvent('#app', 'dragover', { dataTransfer });
  await expect(page.locator('#app.dragover').count()).resolves.toBe(1);
  await expect(page.locator('#app').evaluate((el) => getComputedStyle(el).borderTopStyle)).resolves.toBe('solid');
  await page.dispatchEvent('#app', 'dragleave', { dataTransfer });
  await expect(page.locator('#app.dragover').count()).resolves.toBe(0);
});

it('says loudly that no school was read, with the error in the red banner, never «none flagged»', async () => {
  const { page } = await openPage();
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Заметки').addRow(['Заметки методиста к совещанию']);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  page.on('download', () => undefined);
  await page.setInputFiles('input[type=file]', { name: 'заметки.xlsx', mimeType: 'application/octet-stream', buffer });
  await page.getByText(/^Готово\./).waitFor({ timeout: 120_000 });
  await expect(page.locator('.headline').textContent()).resolves.toBe('Школ: 0; отмечено: 0 (ШНОР — 0, ШНСУ — 0).');
  await expect(page.getByTestId('error-banner').textContent()).resolves.toMatch(/Ошибки в данных \(\d+\).*не прочитала ни одной школы/);
  await expect(page.locator('section .error[role=alert]').textContent()).resolves.toMatch(/^✖ Опора не прочитала ни одной школы, поэтому ничего не отмечено/);
  await expect(page.getByText('Ни одна школа не отмечена.').count()).resolves.toBe(0);
  await page.screenshot({ path: join(__dirname, '..', '..', 'docs', 'screenshots', 'standalone-no-schools.png'), fullPage: true });
  expect(await seriousViolations(page)).toEqual([]);
});
