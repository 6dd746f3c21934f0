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
import { OWNED_SHEETS } from '../../src/engine/owned';
import { snapshotXlsx } from '../adapter/exceljs/snapshotSheets';
import { R1_FLAGGED } from '../sample/planted';
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
  const listed = await page.locator('li').allTextContents();
  const shnor = listed.filter((t) => t.includes('— ШНОР'));
  expect(shnor.length).toBeGreaterThanOrEqual(R1_FLAGGED.length);

  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(saved);
  expect(out.getWorksheet(OWNED_SHEETS.summary)).toBeDefined();
  expect(out.getWorksheet(OWNED_SHEETS.eventPlan)).toBeDefined();
  const before = await snapshotXlsx(new Uint8Array(await (await new ExcelJS.Workbook().xlsx.readFile(SAMPLE)).xlsx.writeBuffer()));
  expect(await snapshotXlsx(new Uint8Array(await out.xlsx.writeBuffer()))).toEqual(before);

  expect(errors).toEqual([]);
  expect(requests).toEqual([PAGE_URL]);
});

it('says in Russian what to do with a file that is not a workbook, and offers nothing', async () => {
  const { page } = await openPage();
  await page.setInputFiles('input[type=file]', { name: 'отчёт.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from('not a workbook') });
  await page.getByText(/Это не книга \.xlsx/).waitFor();
  await page.setInputFiles('input[type=file]', { name: 'битая.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 broken') });
  await page.getByText(/Не удалось открыть книгу/).waitFor();
});
