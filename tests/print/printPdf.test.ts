/**
 * The plans as they come out of a printer: the sample district is recalculated, its plan sheets are
 * printed to PDF by LibreOffice (headless), and each page is read back as text. Every page is A4
 * landscape; every page of the event plan carries the whole header row (so the table is printed at full
 * width and its header repeats); each roadmap block starts on a page of its own.
 * Needs LibreOffice and poppler-utils: run with `npm run test:print` (CI installs them).
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { OWNED_SHEETS } from '../../src/engine/owned';
import { recalculate } from '../../src/engine/recalculate';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs';

const SAMPLE = join(__dirname, '..', '..', 'assets', 'sample-district.xlsx');
const PLAN_HEADERS = ['Мероприятия', 'Срок реализации', 'Ответственные', 'Предполагаемые результаты', 'ОО'];
const PRINTED = [OWNED_SHEETS.eventPlan, OWNED_SHEETS.roadmap, OWNED_SHEETS.passport, OWNED_SHEETS.dynamics, OWNED_SHEETS.monitoring];

let pages: string[];
let pageSizes: string[];
let roadmapBlocks: number;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'opora-print-'));
  const input = await ExcelJsWorkbook.fromFile(SAMPLE);
  const result = recalculate(await input.readGrids());
  roadmapBlocks = result.analysis.verdicts.filter((v) => v.lowResults || v.socialRisk).length;
  // The plan sheets alone, written once by the adapter as the CLI writes them (a reload through ExcelJS
  // would drop page breaks, which ExcelJS does not read).
  const plansOnly = new ExcelJsWorkbook(new ExcelJS.Workbook());
  const sheets = result.output.sheets.filter((s) => (PRINTED as readonly string[]).includes(s.name));
  expect(sheets).toHaveLength(PRINTED.length);
  await plansOnly.apply({ sheets, removeSheets: [] });
  const xlsx = join(dir, 'plans.xlsx');
  await plansOnly.writeFile(xlsx);

  execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'pdf', '--outdir', dir, xlsx], {
    stdio: 'ignore',
    timeout: 180_000,
  });
  const pdf = join(dir, readdirSync(dir).find((f) => f.endsWith('.pdf'))!);
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  pages = Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }),
  );
  pageSizes = [...execFileSync('pdfinfo', ['-f', '1', '-l', String(count), pdf], { encoding: 'utf8' }).matchAll(/size:\s+([\d.]+ x [\d.]+)/g)].map((m) => m[1]);
}, 300_000);

const flat = (text: string) => text.replace(/\s+/g, ' ');

it('prints every page on A4 landscape', () => {
  expect(pages.length).toBeGreaterThan(0);
  expect(pageSizes).toHaveLength(pages.length);
  for (const size of pageSizes) {
    const [w, h] = size.split(' x ').map(Number);
    expect(Math.round(w)).toBe(842);
    expect(Math.round(h)).toBe(595);
  }
});

it('opens with the plan’s title for the plan’s academic year', () => {
  expect(flat(pages[0])).toContain('План мероприятий по поддержке школ с низкими образовательными результатами');
  expect(flat(pages[0])).toContain('на 2026/2027 учебный год');
});

it('prints the event plan at full width with its header row repeated on every page', () => {
  const roadmapStart = pages.findIndex((p) => flat(p).includes('Дорожная карта по поддержке'));
  expect(roadmapStart).toBeGreaterThan(0);
  const planPages = pages.slice(0, roadmapStart);
  for (const page of planPages) for (const header of PLAN_HEADERS) expect(flat(page)).toContain(header);
});

it('starts each school’s roadmap on a page of its own', () => {
  expect(roadmapBlocks).toBeGreaterThan(1);
  const blockStarts = pages.map((p) => (flat(p).match(/Дорожная карта: /g) ?? []).length);
  expect(blockStarts.filter((n) => n > 1)).toEqual([]);
  expect(blockStarts.reduce((a, b) => a + b, 0)).toBe(roadmapBlocks);
  // A block begins its page: nothing of another block (a section heading) comes before its title there.
  for (const page of pages.filter((p) => p.includes('Дорожная карта: '))) {
    const text = flat(page);
    const before = text.slice(0, text.indexOf('Дорожная карта: '));
    expect(before).not.toMatch(/Основания включения —|Ведущие факторы риска —|Целевые показатели —|Мероприятия —|Контрольные точки —/);
  }
  // The expected page count: the plan's pages, at least one page per roadmap block, the passport, dynamics, monitoring.
  expect(pages.length).toBeGreaterThanOrEqual(1 + roadmapBlocks + 3);
});

it('names the school on every roadmap page, and repeats a continued table\'s header', () => {
  const first = pages.findIndex((p) => flat(p).includes('Дорожная карта по поддержке'));
  const passport = pages.findIndex((p) => flat(p).includes('Паспорт программы поддержки'));
  const roadmap = pages.slice(first, passport);
  expect(roadmap.length).toBeGreaterThan(roadmapBlocks); // blocks longer than a page: the case this guards
  for (const page of roadmap.slice(1)) {
    // under the repeated title (its two lines), the page begins with a block's title or a section heading naming the school
    const lines = page.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    expect(lines[2]).toMatch(/^(Дорожная карта: |\d\. [А-Яа-яё ]+ — (МБОУ|МКОУ|МАОУ))/);
    const text = flat(page);
    if (text.includes('(продолжение)')) expect(text.slice(text.indexOf('(продолжение)'))).toMatch(/№/);
  }
});

it('prints the programme passport with its sections, and ends with the signature lines', () => {
  expect(pages.some((p) => flat(p).includes('Паспорт программы') && flat(p).includes('Раздел паспорта'))).toBe(true);
  expect(pages.some((p) => flat(p).includes('Контроль за исполнением возлагается на'))).toBe(true);
});

it('prints the dynamics and the monitoring (section 1.2) sheets, the monitoring\'s header on each of its pages', () => {
  expect(pages.some((p) => flat(p).includes('Динамика результатов по годам'))).toBe(true);
  const first = pages.findIndex((p) => flat(p).includes('Мониторинг систем управления качеством образования, раздел 1.2'));
  expect(first).toBeGreaterThan(0);
  for (const page of pages.slice(first)) expect(flat(page)).toContain('Как считается');
});
