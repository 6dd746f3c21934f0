/**
 * «Did the support work?» on the sample district: the dynamics sheet and the monitoring sheet (section 1.2 of the
 * monitoring of municipal quality-management systems). Three monitoring indicators are recomputed here by hand
 * from the input cells they cite or from the input sheet itself; the schools that left and entered the list are
 * the sample's planted ones (assets/README.md: Заречная left; СОШ № 9, № 10, Берёзовская, Сосновская are new).
 */
import path from 'node:path';
import { parseRect } from '../../src/engine/a1';
import type { CellValue, OutputSheet, SheetGrid } from '../../src/engine/model';
import { recalculate, type RecalcResult } from '../../src/engine/recalculate';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'sample-district.xlsx');
let grids: SheetGrid[];
let result: RecalcResult;
const sheet = (name: string): OutputSheet => result.output.sheets.find((s) => s.name === name)!;
const monitoring = () => sheet('Опора · Мониторинг 1.2');
const row = (label: string) => monitoring().values.find((r) => r[1] === label)!;

/** A cited cell as a person reads it: the sheet, the row's header, the number. */
function cited(ref: string): { header: string; value: number } {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!([A-Z]+\d+)$/.exec(ref.trim())!;
  const name = (m[1] ?? m[2]).replace(/''/g, "'");
  const grid = grids.find((g) => g.name === name)!;
  const { top, left } = parseRect(m[3]);
  const headerRow = grid.values.findIndex((r) => r.some((v) => typeof v === 'string' && /участник/i.test(v)));
  return { header: String(grid.values[headerRow][left]), value: Number(String(grid.values[top][left] as CellValue).replace(',', '.')) };
}

beforeAll(async () => {
  grids = await (await ExcelJsWorkbook.fromFile(SAMPLE)).readGrids();
  result = recalculate(grids);
});

describe('Опора · Мониторинг 1.2', () => {
  test('the share of «2» of ШНОР on ОГЭ мат, recomputed from the cells it cites', () => {
    const r = row('Доля «2» в ШНОР: ОГЭ по математике (9 класс)');
    const cells = String(r[5]).split(', ').map(cited);
    const fails = cells.filter((c) => c.header === '«2»').reduce((a, c) => a + c.value, 0);
    const pupils = cells.filter((c) => /участник/i.test(c.header)).reduce((a, c) => a + c.value, 0);
    // СОШ № 3 12/30, СОШ № 9 9/25, СОШ № 10 9/31, Берёзовская, Сосновская 4/8 — five ШНОР
    expect(cells.length).toBe(10);
    expect(r[3]).toBe(`${fails} из ${pupils} (${((fails / pupils) * 100).toFixed(1).replace('.', ',')} %)`);
  });

  test('the district\'s share of «2» on ОГЭ мат, recomputed from the «ОГЭ 2026» sheet by hand', () => {
    const grid = grids.find((g) => g.name === 'ОГЭ 2026')!;
    const maths = grid.values.filter((r) => r[2] === 'Математика' && typeof r[1] === 'string' && !/итого/i.test(String(r[1])));
    const fails = maths.reduce((a, r) => a + Number(r[4]), 0);
    const pupils = maths.reduce((a, r) => a + Number(r[3]), 0);
    expect(row('Доля «2» по району: ОГЭ по математике (9 класс)')[3]).toBe(`${fails} из ${pupils} (${((fails / pupils) * 100).toFixed(1).replace('.', ',')} %)`);
  });

  test('the number of schools on the approved list is the number of rows it cites, each a school', () => {
    const r = row('Число ОО в утверждённом перечне ШНОР');
    const refs = String(r[5]).split(', ');
    expect(r[3]).toBe(String(refs.length));
    expect(refs).toEqual(["'Перечень ШНОР'!B3", "'Перечень ШНОР'!B4"]);
  });

  test('Заречная left the list; СОШ № 9, № 10, Берёзовская and Сосновская entered it; СОШ № 3 (confirmed) is in neither', () => {
    expect(row('Вышли из перечня (перешли в эффективный режим работы)')[3]).toBe('1: МБОУ Заречная СОШ');
    expect(row('Вошли в перечень (новые кандидаты)')[3]).toBe('4: МБОУ СОШ № 9, МБОУ СОШ № 10, МБОУ Берёзовская СОШ, МКОУ Сосновская ООШ');
  });

  test('criteria in force come from the settings; decisions are the event plan\'s sections; it prints like the plan sheets', () => {
    expect(String(row('Критерии отнесения к ШНОР')[3])).toContain('доля «2» не ниже 30 % в 2 процедурах года');
    const at = monitoring().values.findIndex((r) => r[0] === 'Принятые решения: разделы плана мероприятий');
    expect(monitoring().values[at + 1][1]).toBe('Нормативно-правовое обеспечение реализации программы');
    expect(monitoring().print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: '4:4' });
    expect(result.summary.monitoring.find((m) => m.label === 'Число и доля ШНОР')?.current).toBe('5 из 22 (22,7 %)');
  });
});

describe('Опора · Динамика', () => {
  const block = (title: string) => {
    const s = sheet('Опора · Динамика');
    const at = s.values.findIndex((r) => r[0] === title);
    const rows: CellValue[][] = [];
    for (let i = at + 2; (s.values[i] ?? []).some((v) => v !== null && v !== undefined); i++) rows.push(s.values[i]);
    return { rows, top: at + 2 };
  };

  test('the district heads each block, then ШНОР and ШНСУ schools, then the rest', () => {
    const { rows } = block('Доля «2» (ЕГЭ — не преодолели минимальный порог)');
    const signs = rows.map((r) => String(r[2] ?? ''));
    const firstSchool = rows.findIndex((r) => r[1] !== 'Район (все ОО)');
    expect(rows.slice(0, firstSchool).every((r) => r[1] === 'Район (все ОО)')).toBe(true);
    const lastFlagged = signs.map((s) => s !== '').lastIndexOf(true);
    const firstPlain = rows.findIndex((r, i) => i >= firstSchool && r[2] === '');
    expect(lastFlagged).toBeLessThan(firstPlain);
  });

  test('СОШ № 3, ОГЭ мат: 34,4 % → 40,0 %, +5,6 p.p. on the year, filled red (worse)', () => {
    const { rows, top } = block('Доля «2» (ЕГЭ — не преодолели минимальный порог)');
    const at = rows.findIndex((r) => r[1] === 'МБОУ СОШ № 3' && r[3] === 'ОГЭ мат 9');
    const r = rows[at];
    expect(r.slice(5, 7)).toEqual([11 / 32, 12 / 30]);
    expect(r[9] as number).toBeCloseTo((12 / 30 - 11 / 32) * 100, 9);
    const s = sheet('Опора · Динамика');
    const red = s.conditionalFormats.find((c) => c.fill === 'FFC7CE' && parseRect(c.range).top <= top + at && parseRect(c.range).bottom >= top + at);
    expect(red?.operator).toBe('greaterThan');
  });

  test('Ключевская (3–4 pupils) shows its values greyed with «мало участников», never blank', () => {
    const { rows } = block('Доля «2» (ЕГЭ — не преодолели минимальный порог)');
    const r = rows.find((x) => x[1] === 'МКОУ Ключевская ООШ' && x[3] === 'ОГЭ рус 9')!;
    expect(r[6]).toBe('50,0 % — мало участников');
    expect(r.slice(4, 7).every((v) => v !== null && v !== undefined && v !== '')).toBe(true);
    expect(result.summary.dynamics.rows.find((x) => x.schoolId === result.dataset.schools.find((s) => s.name === 'МКОУ Ключевская ООШ')!.id && x.procedure === 'ОГЭ рус 9' && x.indicator === 'fail')?.values[2]).toEqual({ value: 0.5, few: true });
  });
});
