/**
 * «Опора · Динамика» and «Опора · Мониторинг 1.2» on a generated region (the sample's generator, `REGION`
 * schools in municipalities of 25): the package adapter (the CLI's file path) and the Office.js adapter
 * against the strict Excel simulator each write both sheets, and each reads back equal to the planned sheet
 * cell by cell, with its conditional formats and print titles. 500 schools by default (2,000 take minutes on
 * a busy machine: `OPORA_REGION_SCHOOLS=2000 npx jest tests/integration/regionDynamicsMonitoring.test.ts`).
 * How long planning them takes at 22, 500 and 2,000 schools is measured by
 * `npm run bench -- --only dynamicsMonitoring`, not here.
 */
import JSZip from 'jszip';
import type { CellValue, OutputSheet, SheetGrid } from '../../src/engine/model';
import { OWNED_SHEETS } from '../../src/engine/owned';
import { recalculate, type RecalcResult } from '../../src/engine/recalculate';
import { OfficeJsWorkbook } from '../../src/workbook/officejs';
import { PackageWorkbook } from '../../src/workbook/package';
import { readLayout } from '../../src/workbook/package/layout';
import { elements } from '../../src/workbook/package/xmlText';
import { syntheticWorkbook } from '../../scripts/lib';
import { everyCell } from '../support/everyCell';
import { loadGridsIntoSimulator, type SimSheet } from '../support/excel-simulator';

const REGION = Number(process.env.OPORA_REGION_SCHOOLS ?? 500);
const SHEETS = [OWNED_SHEETS.dynamics, OWNED_SHEETS.monitoring] as const;

let input: Uint8Array;
let grids: SheetGrid[];
let result: RecalcResult;
const planned = (name: string): OutputSheet => result.output.sheets.find((s) => s.name === name)!;

/** Every non-empty planned cell as «A1-like r:c = value», so a difference names its cell. */
function cells(values: readonly (readonly CellValue[])[]): string[] {
  const out: string[] = [];
  values.forEach((row, r) => row.forEach((v, c) => v !== null && v !== '' && out.push(`${r}:${c} = ${JSON.stringify(v)}`)));
  return out;
}

beforeAll(async () => {
  input = new Uint8Array(await syntheticWorkbook(REGION).xlsx.writeBuffer());
  grids = await (await PackageWorkbook.fromBytes(input)).readGrids();
  result = recalculate(grids);
}, 600_000);

describe(`the plan of both sheets for a region of ${REGION} schools`, () => {
  test('the dynamics cover every school of the register over the region\'s three years; the monitoring counts them all', () => {
    const dynamics = planned(OWNED_SHEETS.dynamics);
    expect(dynamics.values[0][0]).toMatch(/\(2024, 2025, 2026\)/);
    const named = new Set(dynamics.values.map((r) => r[1]));
    expect(result.dataset.schools.filter((s) => !named.has(s.name))).toEqual([]);
    const shnor = result.summary.verdicts.filter((v) => v.shnor === true).length;
    expect(shnor).toBeGreaterThan(0);
    const row = planned(OWNED_SHEETS.monitoring).values.find((r) => r[1] === 'Число и доля ШНОР')!;
    expect(String(row[3])).toMatch(new RegExp(`^${shnor} из ${REGION} \\(`));
  });
});

describe('the package adapter (CLI)', () => {
  let back: SheetGrid[];
  let zip: JSZip;
  beforeAll(async () => {
    const book = await PackageWorkbook.fromBytes(input);
    await book.apply(result.output);
    const bytes = await book.toBytes();
    back = await everyCell(bytes);
    zip = await JSZip.loadAsync(bytes);
  }, 600_000);

  test.each(SHEETS)('writes «%s» cell for cell', (name) => {
    const grid = back.find((g) => g.name === name);
    expect(grid).toBeDefined();
    expect(cells(grid!.values)).toEqual(cells(planned(name).values));
  });

  test.each(SHEETS)('writes the conditional formats and print titles of «%s»', async (name) => {
    const part = (await readLayout(zip)).sheets.find((s) => s.name === name)!.part!;
    const xml = (await zip.file(part)!.async('string'))!;
    expect(elements(xml, 'cfRule')).toHaveLength(planned(name).conditionalFormats.length);
    expect(elements(xml, 'pageSetup')[0].tag).toContain('orientation="landscape"');
  });
});

describe('the Office.js adapter against the Excel simulator', () => {
  let sheets: SimSheet[];
  beforeAll(async () => {
    const sim = loadGridsIntoSimulator(grids);
    await new OfficeJsWorkbook(sim.run, sim.isSetSupported).apply(result.output);
    sheets = sim.model.sheets;
  }, 600_000);

  test.each(SHEETS)('writes «%s» cell for cell', (name) => {
    const sheet = sheets.find((s) => s.name === name);
    expect(sheet).toBeDefined();
    const values = sheet!.rows.map((row) => Array.from(row ?? [], (cell) => cell?.value ?? null));
    expect(cells(values)).toEqual(cells(planned(name).values));
  });

  test.each(SHEETS)('writes the conditional formats and print titles of «%s»', (name) => {
    const sheet = sheets.find((s) => s.name === name)!;
    expect(sheet.conditionalFormats).toHaveLength(planned(name).conditionalFormats.length);
    expect(sheet.pageLayout.orientation).toBe('Landscape');
    expect(sheet.pageLayout.printTitleRows).toBeTruthy();
  });
});
