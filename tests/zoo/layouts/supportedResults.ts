/**
 * Results layouts Opora read before issue 10 (tests/fixtures/layouts draws one hand-made example of
 * each): tidy long, simple long per year with «Итого», one sheet per procedure, wide years, wide subjects
 * (regional ЕГЭ), a ListObject under an «УТВЕРЖДАЮ» block, grouped regional, the ФИС ОКО long export.
 */
import type { CellValue, SheetGrid } from '../../../src/engine/model';
import { sheet } from '../../fixtures/layouts/grid';
import type { ZooDistrict } from '../district';
import { grades, resultsOf, subjectCell, subjectShort, sums, type ZooLayout } from './layout';

const GRADES = ['«2»', '«3»', '«4»', '«5»'];

function rowsByYearAndProcedure(d: ZooDistrict, row: (year: number, p: ZooDistrict['procedures'][number]) => CellValue[][]): CellValue[][] {
  return d.years.flatMap((y) => d.procedures.flatMap((p) => row(y, p)));
}

export const tidy: ZooLayout = {
  name: 'tidy long (Год | Код ОО | ОО | Процедура | Класс | Предмет | …)',
  options: { assessments: ['ОГЭ', 'ЕГЭ', 'ВПР', 'ККР'], counts: 'grades' },
  facets: ['results'],
  render: (d) => [
    sheet('Результаты', [
      ['Год', 'Код ОО', 'Наименование ОО', 'Процедура', 'Класс', 'Предмет', 'Участники', ...GRADES],
      ...rowsByYearAndProcedure(d, (y, p) =>
        resultsOf(d, y, p).map((r) => [y, d.schools[r.school].code, d.schools[r.school].name, p.assessment, p.grade!, subjectCell(p), r.n, ...grades(r)]),
      ),
    ]),
  ],
};

export const simpleLong: ZooLayout = {
  name: 'simple long per year with «Итого по району»',
  options: { assessments: ['ОГЭ'], counts: 'grades' },
  facets: ['results'],
  render: (d) =>
    d.years.map((y) => {
      const body = d.procedures.flatMap((p) => resultsOf(d, y, p).map((r) => [d.schools[r.school].name, subjectCell(p), r.n, ...grades(r)]));
      const totals = d.procedures.map((p) => [null, 'Итого по району', subjectCell(p), ...sums(resultsOf(d, y, p).map((r) => [r.n, ...grades(r)]))]);
      return sheet(
        `ОГЭ ${y}`,
        [
          [`Результаты ОГЭ по школам, ${y} г.`],
          [],
          ['№ п/п', 'Наименование ОО', 'Предмет', 'Кол-во участников', ...GRADES],
          ...body.map((r, i) => [i + 1, ...r]),
          ...totals,
          [],
          [`Примечание: данные РЦОИ на 01.07.${y}`],
        ],
        { merges: ['A1:H1'] },
      );
    }),
};

export const perProcedureSheets: ZooLayout = {
  name: 'one sheet per procedure («ОГЭ рус 2024»)',
  options: { assessments: ['ОГЭ'], counts: 'grades' },
  facets: ['results'],
  render: (d) =>
    d.years.flatMap((y) =>
      d.procedures.map((p) =>
        sheet(`ОГЭ ${subjectShort(p)} ${y}`, [
          ['№', 'ОО', 'Участники', 'Отметка 2', 'Отметка 3', 'Отметка 4', 'Отметка 5'],
          ...resultsOf(d, y, p).map((r, i) => [i + 1, d.schools[r.school].shortName, r.n, ...grades(r)]),
        ]),
      ),
    ),
};

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1).replace('.', ',')} %`;

export const wideYears: ZooLayout = {
  name: 'wide years (year groups over «Уч. | «2» | %»)',
  options: { assessments: ['ОГЭ'], counts: 'fails' },
  facets: ['results'],
  render: (d) =>
    d.procedures.map((p) => {
      const cols = d.years.length * 3;
      const letter = (i: number) => String.fromCharCode(65 + i);
      const byYear = d.years.map((y) => resultsOf(d, y, p));
      return sheet(
        `ОГЭ ${subjectShort(p)}`,
        [
          [`Доля «2» по ОГЭ, ${subjectCell(p).toLowerCase()}`],
          ['ОО', ...d.years.flatMap((y) => [y, null, null])],
          [null, ...d.years.flatMap(() => ['Уч.', '«2»', '%'])],
          ...d.schools.map((s, i) => [s.name, ...byYear.flatMap((rs) => [rs[i].n, rs[i].m2, percent(rs[i].m2, rs[i].n)])]),
          ['Итого', ...byYear.flatMap((rs) => {
            const [n, m2] = sums(rs.map((r) => [r.n, r.m2]));
            return [n, m2, percent(m2, n)];
          })],
        ],
        { merges: [`A1:${letter(cols)}1`, 'A2:A3', ...d.years.map((_, i) => `${letter(1 + i * 3)}2:${letter(3 + i * 3)}2`)] },
      );
    }),
};

export const wideSubjects: ZooLayout = {
  name: 'wide subjects, regional ЕГЭ (subject groups over «Кол-во участников | Не преодолели минимальный порог»)',
  options: { assessments: ['ЕГЭ'], counts: 'fails', regional: true },
  facets: ['results'],
  render: (d) =>
    d.years.map((y) => {
      const byProcedure = d.procedures.map((p) => resultsOf(d, y, p));
      const letter = (i: number) => String.fromCharCode(65 + i);
      return sheet(
        `ЕГЭ ${y} регион`,
        [
          [`Результаты ЕГЭ ${y} года по муниципалитетам`],
          ['Муниципалитет', 'ОО', ...d.procedures.flatMap((p) => [subjectCell(p), null])],
          [null, null, ...d.procedures.flatMap(() => ['Кол-во участников', 'Не преодолели минимальный порог'])],
          ['Все муниципалитеты', null, ...byProcedure.flatMap((rs) => sums(rs.map((r) => [r.n, r.m2])))],
          ...d.schools.map((s, i) => [s.municipality, s.name, ...byProcedure.flatMap((rs) => [rs[i].n, rs[i].m2])]),
        ],
        { merges: ['A2:A3', 'B2:B3', ...d.procedures.map((_, i) => `${letter(2 + i * 2)}2:${letter(3 + i * 2)}2`)] },
      );
    }),
};

export const listObject: ZooLayout = {
  name: 'ListObject under «УТВЕРЖДАЮ» («ККР 2024»)',
  options: { assessments: ['ККР'], counts: 'grades' },
  facets: ['results'],
  render: (d) =>
    d.years.map((y) => {
      const body = d.procedures.flatMap((p) =>
        resultsOf(d, y, p).map((r) => [d.schools[r.school].name, String(p.grade), subjectCell(p), r.n, ...grades(r)]),
      );
      return sheet(
        `ККР ${y}`,
        [
          [null, null, null, null, null, 'УТВЕРЖДАЮ'],
          [null, null, null, null, null, 'Начальник управления образования'],
          [],
          [],
          ['Школа', 'Класс', 'Предмет', 'Писали', 'Отметка 2', 'Отметка 3', 'Отметка 4', 'Отметка 5'],
          ...body,
          ['Составил: методист ИМЦ'],
        ],
        { tables: [{ name: `ККР${y}`, range: `A5:H${5 + body.length}` }] },
      );
    }),
};

export const groupedRegional: ZooLayout = {
  name: 'grouped regional (municipality subtotal rows, no municipality column)',
  options: { assessments: ['ОГЭ'], counts: 'grades', regional: true },
  facets: ['results'],
  render: (d) =>
    d.years.flatMap((y) =>
      d.procedures.map((p, k): SheetGrid => {
        const rs = resultsOf(d, y, p);
        const line = (i: number) => [rs[i].n, ...grades(rs[i])];
        const groups = d.municipalities.map((m) => ({ m, idx: d.schools.map((s, i) => (s.municipality === m ? i : -1)).filter((i) => i >= 0) }));
        return sheet(`Лист${d.years.indexOf(y) * d.procedures.length + k + 1}`, [
          [`ОГЭ ${y}. ${subjectCell(p)}`],
          ['Наименование', 'Участники', ...GRADES],
          ['Все муниципалитеты', ...sums(rs.map((_, i) => line(i)))],
          ...groups.flatMap((g) => [[g.m, ...sums(g.idx.map(line))], ...g.idx.map((i) => [d.schools[i].name, ...line(i)])]),
        ]);
      }),
    ),
};

export const fisOkoLong: ZooLayout = {
  name: 'ФИС ОКО long export (academic years, logins)',
  options: { assessments: ['ВПР'], counts: 'grades' },
  facets: ['results'],
  render: (d) => [
    sheet('Выгрузка ФИС ОКО', [
      ['Учебный год', 'Логин', 'Муниципалитет', 'ОО', 'Процедура', 'Класс', 'Предмет', 'Выполняли работу', 2, 3, 4, 5],
      ...rowsByYearAndProcedure(d, (y, p) =>
        resultsOf(d, y, p).map((r) => {
          const s = d.schools[r.school];
          return [`${y - 1}-${y}`, s.login, s.municipality, s.name, 'ВПР', p.grade!, subjectCell(p), r.n, ...grades(r)];
        }),
      ),
    ]),
  ],
};
