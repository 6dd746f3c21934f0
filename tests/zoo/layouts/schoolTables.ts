/**
 * Layouts of the per-school tables: the Рособрнадзор marker table (supported before) and the ФИС ОКО
 * markers export (class 2); social passports — with no year, short names and text numbers (class 3),
 * with long headers (class 4), and in percents with full legal names (supported before); ВПР mark
 * confirmation keyed by logins (class 5). Each with the results the passport or confirmation belongs to.
 */
import type { CellValue, SheetGrid } from '../../../src/engine/model';
import { sheet } from '../../fixtures/layouts/grid';
import { MARKER_PROCEDURES, SOCIAL_KEYS, type ZooDistrict, type ZooSocialKey } from '../district';
import { tidy } from './supportedResults';
import type { ZooLayout } from './layout';
import { subjectCell } from './layout';

function markerRows(d: ZooDistrict, year: (y: number) => CellValue, name: (i: number) => string): CellValue[][] {
  return d.years.flatMap((y) =>
    d.markers
      .filter((m) => m.year === y)
      .map((m) => {
        const s = d.schools[m.school];
        return [year(y), s.login, s.municipality, name(m.school), ...MARKER_PROCEDURES.map((p) => (m.procedures.includes(p) ? 1 : null)), m.procedures.length];
      }),
  );
}

const MARKER_HEADER = ['Год', 'Логин', 'Муниципалитет', 'ОО', ...MARKER_PROCEDURES, 'Количество маркеров'];

export const markerTable: ZooLayout = {
  name: 'Рособрнадзор marker table beside results',
  options: { assessments: ['ВПР'], counts: 'grades' },
  facets: ['results', 'markers'],
  render: (d) => [
    ...fisOkoResults(d),
    sheet('Маркеры', [['Перечень ОО с признаками необъективных результатов ВПР'], MARKER_HEADER, ...markerRows(d, (y) => y, (i) => d.schools[i].name)]),
  ],
};

/** The ВПР results keyed by logins, as the same ФИС ОКО export gives them. */
function fisOkoResults(d: ZooDistrict): SheetGrid[] {
  return [
    sheet('ВПР', [
      ['Год', 'Логин', 'ОО', 'Класс', 'Предмет', 'Выполняли работу', 2, 3, 4, 5],
      ...d.results.map((r) => [r.year, d.schools[r.school].login, d.schools[r.school].name, r.procedure.grade!, subjectCell(r.procedure), r.n, r.m2, r.m3!, r.m4!, r.m5!]),
    ]),
  ];
}

export const fisOkoMarkers: ZooLayout = {
  name: 'ФИС ОКО markers alone (text years, full legal names, the latest block pasted twice)',
  issueClass: 2,
  options: { assessments: ['ВПР'], counts: 'grades' },
  facets: ['markers'],
  render: (d) => {
    const rows = markerRows(d, (y) => String(y), (i) => d.schools[i].fullName);
    const latest = String(d.years[d.years.length - 1]);
    return [sheet('Маркеры', [MARKER_HEADER, ...rows, ...rows.filter((r) => r[0] === latest)])];
  },
};

const NBSP = '\u00a0';
/** «1 012» with a no-break space, as a number stored as text. */
const asText = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);

const PLAIN_HEADERS: Record<ZooSocialKey, string> = {
  incomplete_family: 'в неполных семьях',
  registered: 'на учёте (ПДН, КДН, ВШУ)',
  guardianship: 'опекаемые',
  disability: 'с ОВЗ',
  low_income: 'малообеспеченные',
  large_family: 'многодетные',
};

export const passportNoYear: ZooLayout = {
  name: 'social passport with no year, short names, numbers as text',
  issueClass: 3,
  options: { assessments: ['ОГЭ'], counts: 'grades' },
  facets: ['results', 'contingent'],
  render: (d) => {
    const rows = d.contingent
      .map((c) => [d.schools[c.school].shortName, asText(c.total), ...SOCIAL_KEYS.map((k) => asText(c.counts[k]))])
      .sort((a, b) => a[0].localeCompare(b[0], 'ru'));
    return [...tidy.render(d), sheet('Соцпаспорт', [['ОО', 'Всего обучающихся', ...SOCIAL_KEYS.map((k) => PLAIN_HEADERS[k])], ...rows])];
  },
};

const LONG_HEADERS: Record<ZooSocialKey, string> = {
  incomplete_family: 'Обучающиеся в неполных семьях',
  registered: 'Численность обучающихся, состоящих на учёте в ПДН',
  guardianship: 'опекаемые',
  disability: 'Обучающиеся с ОВЗ',
  low_income: 'Из малообеспеченных семей',
  large_family: 'многодетные',
};

export const passportLongHeaders: ZooLayout = {
  name: 'social passport whose headers carry more words than the synonym',
  issueClass: 4,
  options: { assessments: ['ОГЭ'], counts: 'grades' },
  facets: ['results', 'contingent'],
  render: (d) => {
    const y = d.years[d.years.length - 1];
    return [
      ...tidy.render(d),
      sheet('Социальный паспорт', [
        ['Год', 'Наименование ОО', 'Всего обучающихся', ...SOCIAL_KEYS.map((k) => LONG_HEADERS[k])],
        ...d.contingent.map((c) => [y, d.schools[c.school].name, c.total, ...SOCIAL_KEYS.map((k) => c.counts[k])]),
      ]),
    ];
  },
};

export const sharesPassportFullNames: ZooLayout = {
  name: 'social passport in percents with full legal names, and a register of full names',
  options: { assessments: ['ОГЭ'], counts: 'grades' },
  facets: ['results', 'contingent'],
  render: (d) => {
    const y = d.years[d.years.length - 1];
    const pct = (part: number, whole: number) => ((part / whole) * 100).toFixed(2).replace('.', ',');
    return [
      ...tidy.render(d),
      sheet('Реестр ОО', [
        ['Реестр общеобразовательных организаций района'],
        ['№', 'Полное наименование', 'Тип ОО', 'Населённый пункт'],
        ...d.schools.map((s, i) => [i + 1, s.fullName, s.level, s.municipality]),
      ]),
      sheet('Социальный паспорт', [
        ['Год', 'ОО', 'Всего обучающихся', ...SOCIAL_KEYS.map((k) => `${PLAIN_HEADERS[k]}, %`)],
        ...d.contingent.map((c) => [y, d.schools[c.school].fullName, c.total, ...SOCIAL_KEYS.map((k) => pct(c.counts[k], c.total))]),
      ]),
    ];
  },
};

export const confirmationByLogin: ZooLayout = {
  name: 'ВПР mark confirmation keyed by logins, names in the «МБОУ СОШ N 1» form',
  issueClass: 5,
  options: { assessments: ['ВПР'], counts: 'grades' },
  facets: ['results', 'confirmations'],
  render: (d) => [
    ...tidy.render(d),
    sheet('Подтверждение', [
      [`Подтверждение отметок ВПР ${d.years[d.years.length - 1]} года`],
      ['Логин', 'ОО', 'Класс', 'Предмет', 'Понизили (Отметка < Отметка по журналу)', 'Подтвердили (Отметка = Отметке по журналу)', 'Повысили (Отметка > Отметка по журналу)', 'Всего'],
      ...d.confirmations.map((c) => {
        const s = d.schools[c.school];
        return [s.login, s.nName, c.procedure.grade!, subjectCell(c.procedure), c.lower, c.confirm, c.higher, c.lower + c.confirm + c.higher];
      }),
    ]),
  ],
};
