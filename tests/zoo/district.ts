/**
 * The zoo's generated district (fast-check): schools with codes, logins and names in every spelling a
 * form uses, municipalities, consecutive years, procedures with participants and grade counts (or only
 * «2»/fail counts), a social passport, objectivity markers and ВПР mark confirmations. Small on purpose:
 * 2–5 schools, 2–3 years, so hundreds of districts per layout stay fast.
 */
import fc from 'fast-check';
import type { Assessment, Procedure } from '../../src/engine/model';

export interface ZooSchool {
  /** Six digits, as «Код ОО» gives it («053004»). */
  code: string;
  /** ФИС ОКО login: `sch` + the code. */
  login: string;
  /** «МБОУ СОШ № 4» */
  name: string;
  /** «СОШ № 4»: no legal form. */
  shortName: string;
  /** «МБОУ СОШ N 4»: ФИС ОКО spelling. */
  nName: string;
  /** «Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 4»». */
  fullName: string;
  municipality: string;
  level: 'ООШ' | 'СОШ';
}

export interface ZooResult {
  school: number;
  year: number;
  procedure: Procedure;
  n: number;
  m2: number;
  /** «3», «4», «5» — absent in a district drawn with fail counts only. */
  m3?: number;
  m4?: number;
  m5?: number;
}

export const SOCIAL_KEYS = ['incomplete_family', 'registered', 'guardianship', 'disability', 'low_income', 'large_family'] as const;
export type ZooSocialKey = (typeof SOCIAL_KEYS)[number];

export interface ZooContingent {
  school: number;
  total: number;
  counts: Record<ZooSocialKey, number>;
}

export const MARKER_PROCEDURES = ['4 РУ', '4 МА', '5 РУ', '5 МА'] as const;

export interface ZooMarker {
  school: number;
  year: number;
  procedures: string[];
}

export interface ZooConfirmation {
  school: number;
  year: number;
  procedure: Procedure;
  lower: number;
  confirm: number;
  higher: number;
}

export interface ZooDistrict {
  municipalities: string[];
  schools: ZooSchool[];
  years: number[];
  procedures: Procedure[];
  results: ZooResult[];
  contingent: ZooContingent[];
  markers: ZooMarker[];
  confirmations: ZooConfirmation[];
}

export interface DistrictOptions {
  /** Which assessments the layout can hold (a ФИС ОКО export holds ВПР, a РЦОИ report ЕГЭ). */
  assessments: Assessment[];
  /** `fails`: only participants and «2» (or «не преодолели порог»), as ЕГЭ reports give them. */
  counts: 'grades' | 'fails';
  /** Several municipalities, with one school name repeated in two of them. */
  regional?: boolean;
  /** Participants per procedure-year at most (shares written with 3 decimals stay exact up to ~500). */
  maxN?: number;
}

const PROCEDURES: Procedure[] = [
  { assessment: 'ОГЭ', subject: 'Русский язык', grade: 9 },
  { assessment: 'ОГЭ', subject: 'Математика', grade: 9 },
  { assessment: 'ЕГЭ', subject: 'Русский язык', grade: 11 },
  { assessment: 'ЕГЭ', subject: 'Математика профильная', grade: 11 },
  { assessment: 'ЕГЭ', subject: 'История', grade: 11 },
  { assessment: 'ВПР', subject: 'Русский язык', grade: 5 },
  { assessment: 'ВПР', subject: 'Математика', grade: 5 },
  { assessment: 'ВПР', subject: 'Математика', grade: 6 },
  { assessment: 'ККР', subject: 'Математика', grade: 7 },
  { assessment: 'ККР', subject: 'Русский язык', grade: 7 },
];

const MUNICIPALITIES = ['Энский муниципальный район', 'Северный муниципальный район', 'Заречный городской округ'];
const VILLAGES = ['Ивановская', 'Петровская', 'Сосновская', 'Берёзовская', 'Луговская', 'Кедровская', 'Озёрная'];

/** The school of kind `k` (0–3) and number `no`; villages are unique per number. */
function schoolOf(kind: number, no: number, municipality: string, code: string): ZooSchool {
  const village = VILLAGES[no % VILLAGES.length];
  const [form, formFull] = kind === 3 ? ['МКОУ', 'Муниципальное казённое'] : ['МБОУ', 'Муниципальное бюджетное'];
  const [short, long, level]: [string, string, 'ООШ' | 'СОШ'] =
    kind === 0
      ? [`СОШ № ${no}`, `Средняя общеобразовательная школа № ${no}`, 'СОШ']
      : kind === 1
        ? [`Лицей № ${no}`, `Лицей № ${no}`, 'СОШ']
        : kind === 2
          ? [`Гимназия № ${no}`, `Гимназия № ${no}`, 'СОШ']
          : [`${village} ООШ`, `${village} основная общеобразовательная школа`, 'ООШ'];
  return {
    code,
    login: `sch${code}`,
    name: `${form} ${short}`,
    shortName: short,
    nName: `${form} ${short.replace('№ ', 'N ')}`,
    fullName: `${formFull} общеобразовательное учреждение «${long}»`,
    municipality,
    level,
  };
}

const schoolsArb = (regional: boolean): fc.Arbitrary<ZooSchool[]> =>
  fc
    .record({
      // unique numbers keep names apart: «СОШ № 1» and «СОШ № 11» are both possible, never one twice
      ids: fc.uniqueArray(fc.record({ kind: fc.integer({ min: 0, max: 3 }), no: fc.integer({ min: 1, max: 30 }) }), {
        minLength: 2,
        maxLength: 5,
        selector: (s) => (s.kind === 3 ? `v${s.no % VILLAGES.length}` : `${s.kind}:${s.no}`),
      }),
      municipalities: fc.integer({ min: regional ? 2 : 1, max: regional ? 3 : 1 }),
      codeBase: fc.integer({ min: 10, max: 89 }),
      repeatName: fc.boolean(),
    })
    .map(({ ids, municipalities, codeBase, repeatName }) => {
      const code = (i: number) => `0${codeBase}${String(i + 1).padStart(3, '0')}`;
      const schools = ids.map((s, i) => schoolOf(s.kind, s.no, MUNICIPALITIES[i % municipalities], code(i)));
      if (regional && repeatName) {
        // the first school's name again, in the next municipality: a different school
        const first = ids[0];
        schools.push(schoolOf(first.kind, first.no, MUNICIPALITIES[1], code(schools.length)));
      }
      return schools;
    });

const countsArb = (counts: 'grades' | 'fails', maxN: number) =>
  fc.integer({ min: 5, max: maxN }).chain((n) =>
    counts === 'fails'
      ? fc.integer({ min: 0, max: n }).map((m2) => ({ n, m2 }))
      : fc
          .tuple(fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n }), fc.integer({ min: 0, max: n }))
          .map((cuts) => {
            const [a, b, c] = [...cuts].sort((x, y) => x - y);
            return { n, m2: a, m3: b - a, m4: c - b, m5: n - c };
          }),
  );

export function districtArb(options: DistrictOptions): fc.Arbitrary<ZooDistrict> {
  const pool = PROCEDURES.filter((p) => options.assessments.includes(p.assessment));
  return fc
    .record({
      schools: schoolsArb(options.regional ?? false),
      firstYear: fc.integer({ min: 2021, max: 2023 }),
      yearCount: fc.integer({ min: 2, max: 3 }),
      procedures: fc.subarray(pool, { minLength: 1, maxLength: Math.min(4, pool.length) }),
    })
    .chain(({ schools, firstYear, yearCount, procedures }) => {
      const years = Array.from({ length: yearCount }, (_, i) => firstYear + i);
      const cells = years.flatMap((year) => procedures.flatMap((procedure) => schools.map((_, school) => ({ year, procedure, school }))));
      // small counts are frequent: a share under 1 % («0,73») must read as a percent, not as a fraction
      const count = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 40 }));
      const social = fc.record(Object.fromEntries(SOCIAL_KEYS.map((k) => [k, count])) as Record<ZooSocialKey, fc.Arbitrary<number>>);
      const latest = years[years.length - 1];
      const vpr = procedures.filter((p) => p.assessment === 'ВПР');
      return fc.record({
        results: fc.tuple(...cells.map(() => countsArb(options.counts, options.maxN ?? 60))),
        contingent: fc.tuple(...schools.map(() => fc.record({ extra: fc.integer({ min: 0, max: 300 }), counts: social }))),
        markers: fc.tuple(...years.flatMap(() => schools.map(() => fc.subarray([...MARKER_PROCEDURES])))),
        confirmations: fc.tuple(
          ...schools.flatMap(() => vpr.map(() => fc.tuple(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 15 })))),
        ),
      }).map(
        (drawn): ZooDistrict => ({
          municipalities: [...new Set(schools.map((s) => s.municipality))],
          schools,
          years,
          procedures,
          results: cells.map((c, i) => ({ ...c, ...drawn.results[i] })),
          contingent: drawn.contingent.map((c, school) => ({
            school,
            // the total holds every counted pupil, with some pupils in no group
            total: Object.values(c.counts).reduce((a, b) => a + b, 0) + c.extra + 1,
            counts: c.counts,
          })),
          markers: years
            .flatMap((year) => schools.map((_, school) => ({ school, year })))
            .map((m, i) => ({ ...m, procedures: drawn.markers[i] }))
            .filter((m) => m.procedures.length > 0),
          confirmations: schools
            .flatMap((_, school) => vpr.map((procedure) => ({ school, procedure, year: latest })))
            .map((c, i) => {
              const [lower, confirm, higher] = drawn.confirmations[i];
              return { ...c, lower, confirm, higher };
            }),
        }),
      );
    });
}
