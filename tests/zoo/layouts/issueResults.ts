/**
 * Results layouts issue 10 added: the РЦОИ ЕГЭ report form with its applications sheet (class 1), a
 * «Регион» reference row under the schools (class 6), shares only formatted `0.0%` (class 7), and a long
 * table whose «Процедура» cell holds Opora's own label (class 8).
 */
import type { CellValue } from '../../../src/engine/model';
import { procedureLabel } from '../../../src/engine/procedures';
import { sheet } from '../../fixtures/layouts/grid';
import { grades, resultsOf, subjectCell, sums, type ZooLayout } from './layout';

const GRADES = ['«2»', '«3»', '«4»', '«5»'];
const letter = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(39 + i)}`);

/** Column sums where a column has numbers; blank where every row is blank (the form's =SUM of blanks shows blank). */
function sumsOrBlank(rows: (number | null)[][]): (number | null)[] {
  return rows[0].map((_, c) => (rows.every((r) => r[c] === null) ? null : rows.reduce((a, r) => a + (r[c] ?? 0), 0)));
}

export const egeRegionalForm: ZooLayout = {
  name: 'РЦОИ ЕГЭ report form with the next year’s applications sheet',
  issueClass: 1,
  options: { assessments: ['ЕГЭ'], counts: 'fails', regional: true },
  facets: ['results'],
  render: (d) => {
    const groups = d.municipalities.map((m) => d.schools.map((s, i) => (s.municipality === m ? i : -1)).filter((i) => i >= 0));
    const formSheet = (year: number, title: string, graduates: string, sub: string[], cells: (i: number) => (number | null)[]) => {
      const all = d.schools.map((_, i) => cells(i));
      const last = letter(3 + d.procedures.length * sub.length);
      return sheet(
        String(year),
        [
          [title],
          ['Субъект Российской Федерации ____Еврейская автономная область____'],
          [],
          ['Муниципальное образование', 'Образовательная организация (школа)', 'Профиль (при наличии)', graduates, 'из них:'],
          [null, null, null, null, ...d.procedures.flatMap((p) => [`${subjectCell(p)}, чел.`, ...sub.slice(1).map(() => null)])],
          [null, null, null, null, ...d.procedures.flatMap(() => sub)],
          [1, 2, 3, 4, ...d.procedures.flatMap(() => sub.map((_, j) => 5 + j))],
          ['ВСЕГО по региону', d.schools.length, 'х', ...sumsOrBlank(all)],
          ...groups.flatMap((g, k) => [
            [d.municipalities[k], null, null, ...sumsOrBlank(g.map((i) => all[i]))],
            ...g.map((i): CellValue[] => [null, d.schools[i].name, null, ...all[i]]),
          ]),
          [],
          ['Исполнитель: специалист РЦОИ'],
        ],
        {
          merges: [
            `A1:${last}1`,
            `A2:${last}2`,
            'A4:A6',
            'B4:B6',
            'C4:C6',
            'D4:D6',
            `E4:${last}4`,
            ...(sub.length > 1 ? d.procedures.map((_, k) => `${letter(4 + k * sub.length)}5:${letter(3 + (k + 1) * sub.length)}5`) : []),
          ],
        },
      );
    };
    const SUB = ['приняло участие', 'не преодолен min порог', 'высокобалльники (80-99 баллов)', 'получили 100 баллов', 'средний балл'];
    const results = d.years.map((y) => {
      const rs = d.procedures.map((p) => resultsOf(d, y, p));
      return formSheet(
        y,
        `Информация о результатах ЕГЭ выпускников школ в ${y} году`,
        `Всего выпускников в ${y} году по программам среднего общего образования, принявших участие в ЕГЭ, чел.`,
        SUB,
        (i) => [Math.max(...rs.map((r) => r[i].n)), ...rs.flatMap((r) => [r[i].n, r[i].m2, 0, 0, null])],
      );
    });
    // the applications of the next year: the same form, one «подали заявление» count a subject
    const next = d.years[d.years.length - 1] + 1;
    const latest = d.procedures.map((p) => resultsOf(d, next - 1, p));
    const applications = formSheet(
      next,
      `Информация о поданных выпускниками школ ${next} года заявлениях на участие в ЕГЭ`,
      `Всего выпускников ${next} года по программам среднего общего образования, подавших заявления на участие в ЕГЭ, чел.`,
      ['подали заявление'],
      (i) => [Math.max(...latest.map((r) => r[i].n)) + 1, ...latest.map((r) => r[i].n + 1)],
    );
    return [...results, applications];
  },
};

export const regionRow: ZooLayout = {
  name: '«Итого по району» and a «Регион» reference row under the schools',
  issueClass: 6,
  options: { assessments: ['ОГЭ'], counts: 'grades' },
  facets: ['results'],
  render: (d) =>
    d.years.map((y) =>
      sheet(`ОГЭ ${y}`, [
        [`Результаты ОГЭ-${y} по общеобразовательным организациям района`],
        ['№', 'Наименование ОО', 'Предмет', 'Участники', ...GRADES],
        ...d.procedures.flatMap((p) => resultsOf(d, y, p).map((r) => [d.schools[r.school].name, subjectCell(p), r.n, ...grades(r)])).map((r, i) => [i + 1, ...r]),
        ...d.procedures.map((p) => [null, 'Итого по району', subjectCell(p), ...sums(resultsOf(d, y, p).map((r) => [r.n, ...grades(r)]))]),
        // the region: far larger than the district, consistent in itself
        ...d.procedures.map((p) => [null, 'Регион', subjectCell(p), ...sums(resultsOf(d, y, p).map((r) => [r.n, ...grades(r)])).map((v) => v * 87 + 1000)]),
      ]),
    ),
};

export const sharesOnly: ZooLayout = {
  name: 'shares only, formatted 0.0% (counts rebuilt as round(n × share))',
  issueClass: 7,
  options: { assessments: ['ОГЭ'], counts: 'grades' },
  facets: ['results'],
  render: (d) => {
    const rows = d.years.flatMap((y) =>
      d.procedures.flatMap((p) =>
        resultsOf(d, y, p).map((r) => [y, d.schools[r.school].name, subjectCell(p), r.n, ...grades(r).map((g) => Math.round((g / r.n) * 1000) / 1000)]),
      ),
    );
    const formats: Record<string, string> = {};
    rows.forEach((_, i) => ['E', 'F', 'G', 'H'].forEach((c) => (formats[`${c}${i + 2}`] = '0.0%')));
    return [sheet('ОГЭ в долях', [['Год', 'ОО', 'Предмет', 'Участники', 'Доля «2»', 'Доля «3»', 'Доля «4»', 'Доля «5»'], ...rows], { formats })];
  },
};

export const procedureColumn: ZooLayout = {
  name: 'long table with Opora’s labels in «Процедура» («ОГЭ рус 9»)',
  issueClass: 8,
  options: { assessments: ['ОГЭ', 'ЕГЭ', 'ВПР', 'ККР'], counts: 'grades' },
  facets: ['results'],
  render: (d) => [
    sheet('Результаты', [
      ['Год', 'Код ОО', 'Наименование ОО', 'Процедура', 'Участники', 2, 3, 4, 5],
      ...d.years.flatMap((y) =>
        d.procedures.flatMap((p) => resultsOf(d, y, p).map((r) => [y, d.schools[r.school].code, d.schools[r.school].name, procedureLabel(p), r.n, ...grades(r)])),
      ),
    ]),
  ],
};
