/**
 * The sample district «Энский муниципальный район»: the generator is reproducible, the committed asset is
 * what it writes, the planted cases hold by the methodology's own arithmetic, and the engine flags exactly
 * the planted schools (and leaves every decoy alone for the planned reason).
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import { buildSampleDistrict, sampleWorkbook } from '../../scripts/lib';
import { ruleRecord, type R1Record } from '../../src/engine/ruleRecords';
import type { RecalcResult } from '../../src/engine/recalculate';
import { failCounts, quartileInc, workbookValues, type FailCount } from './sampleModel';
import {
  APPROVED_FLAGGED,
  APPROVED_NOT_FLAGGED,
  DECOY_A,
  DECOY_B,
  NEVER_MERGE,
  OBJECTIVITY_RISK,
  ORDINARY_MAX_FAIL,
  R1_EXACT_THIRTY,
  R1_FLAGGED,
  R1_OOSH,
  R3_ONLY,
  RESILIENT,
  SAMPLE_SCHOOL_COUNT,
  SAMPLE_YEAR,
  SHNSU,
  SMALL_OOSH,
} from './planted';

const ROOT = path.join(__dirname, '..', '..');
const GENERATOR = path.join(ROOT, 'scripts', 'generate-sample.js');
const SAMPLE_PATH = path.join(ROOT, 'assets', 'sample-district.xlsx');

async function load(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function loadBuffer(buffer: ExcelJS.Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer);
  return wb;
}

describe('the sample generator', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'opora-sample-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const generate = (...args: string[]) => execFileSync(process.execPath, [GENERATOR, ...args], { cwd: ROOT });

  it('writes the same cell values, and the same bytes, on every run', async () => {
    generate('--out', path.join(dir, 'a.xlsx'));
    generate('--out', path.join(dir, 'b.xlsx'));
    const a = workbookValues(await load(path.join(dir, 'a.xlsx')));
    const b = workbookValues(await load(path.join(dir, 'b.xlsx')));
    expect(Object.keys(a)).toHaveLength(11);
    expect(b).toEqual(a);
    expect(readFileSync(path.join(dir, 'b.xlsx')).equals(readFileSync(path.join(dir, 'a.xlsx')))).toBe(true);
  });

  it('writes the same synthetic region for the same seed and another one for another seed', async () => {
    generate('--schools', '60', '--out', path.join(dir, 'r1.xlsx'));
    generate('--schools', '60', '--out', path.join(dir, 'r2.xlsx'));
    generate('--schools', '60', '--seed', '2', '--out', path.join(dir, 'r3.xlsx'));
    const [r1, r2, r3] = await Promise.all(['r1', 'r2', 'r3'].map(async (f) => workbookValues(await load(path.join(dir, `${f}.xlsx`)))));
    expect(r2).toEqual(r1);
    expect(r3).not.toEqual(r1);
    // 60 schools in 3 municipalities, each named in the register.
    const register = r1['Реестр ОО'];
    const municipalityCol = register[2].indexOf('Муниципалитет');
    const municipalities = new Set(register.slice(3).map((row) => row[municipalityCol]));
    expect(register.slice(3)).toHaveLength(60);
    expect(municipalities.size).toBe(3);
  });

  it('keeps the committed asset equal to a fresh generation', async () => {
    const committed = workbookValues(await load(SAMPLE_PATH));
    const fresh = workbookValues(await loadBuffer(await sampleWorkbook().xlsx.writeBuffer()));
    expect(committed).toEqual(fresh);
  });

  it('adds 2023 below the other years on the stacked sheets and leaves 2024–2026 as they were', async () => {
    const model = buildSampleDistrict();
    expect(model.years).toEqual([2023, 2024, 2025, 2026]);
    const values = workbookValues(await load(SAMPLE_PATH));
    const egeYears = values['ЕГЭ'].slice(1).map((row) => row[0]);
    const firstOf2023 = egeYears.indexOf(2023);
    expect(firstOf2023).toBeGreaterThan(0);
    expect(egeYears.slice(firstOf2023).every((y) => y === 2023)).toBe(true);
    const vprLabels = values['ВПР'].slice(2).map((row) => row[0]);
    expect(vprLabels.indexOf('2022-23')).toBe(vprLabels.lastIndexOf('2025/2026') + 1);
    // The district's pooled ОГЭ математика as assets/README.md states it: drawn from the first stream, unchanged.
    const pooledOge = (year: number) => {
      const rows = model.oge.filter((r) => r.year === year && r.subject === 'Математика');
      return `${rows.reduce((a, r) => a + r.m2, 0)}/${rows.reduce((a, r) => a + r.n, 0)}`;
    };
    expect([2023, 2024, 2025, 2026].map(pooledOge)).toEqual(['35/596', '51/582', '58/573', '69/556']);
  });

  it('lays out the sheets of the spec with names spelled as in life', async () => {
    const values = workbookValues(await load(SAMPLE_PATH));
    expect(Object.keys(values)).toEqual([
      'Реестр ОО', 'ОГЭ 2023', 'ОГЭ 2024', 'ОГЭ 2025', 'ОГЭ 2026', 'ЕГЭ', 'ВПР', 'ВПР подтверждение', 'Социальный паспорт', 'Кадры', 'Перечень ШНОР',
    ]);
    expect(values['ОГЭ 2026'][2]).toEqual(['№ п/п', 'Наименование ОО', 'Предмет', 'Кол-во участников', '«2»', '«3»', '«4»', '«5»', 'Средний балл']);
    expect(values['ВПР'].map((row) => row[0])).toEqual(expect.arrayContaining(['2022-23', '2023/2024', '2024-2025', '2025/2026']));
    const texts = Object.values(values).flat(2).filter((v): v is string => typeof v === 'string');
    expect(texts).toEqual(expect.arrayContaining(['МБОУ СОШ № 1', 'МБОУ СОШ № 11', 'Итого по району', 'Всего', 'Итого', 'н/д']));
    expect(texts.some((t) => /СОШ N \d/.test(t))).toBe(true);
    expect(texts.some((t) => /СОШ №\d/.test(t))).toBe(true);
    expect(texts.some((t) => / {2}/.test(t))).toBe(true);
    expect(texts.some((t) => /«СОШ № \d+»/.test(t))).toBe(true);
    expect(texts.some((t) => /"СОШ № \d+"/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('основная общеобразовательная школа') && !t.startsWith('Муниципальное'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Озерная') || t.startsWith('Березовская'))).toBe(true);
    expect(texts.some((t) => /^\d,\d$/.test(t))).toBe(true);
  });
});

describe('the planted cases, checked by the methodology’s own arithmetic', () => {
  const model = buildSampleDistrict();
  const counts = failCounts(model);
  const share = (c: FailCount) => c.m2 / c.n;
  const usable = counts.filter((c) => c.n >= 5);
  const pooled = (key: string, year: number) => {
    const group = counts.filter((c) => c.key === key && c.year === year);
    return group.reduce((a, c) => a + c.m2, 0) / group.reduce((a, c) => a + c.n, 0);
  };
  const highKeys = (code: string, year: number) =>
    usable.filter((c) => c.code === code && c.year === year && share(c) >= 0.3).map((c) => c.key);
  const r1 = (code: string) => {
    const now = highKeys(code, SAMPLE_YEAR);
    const before = highKeys(code, SAMPLE_YEAR - 1);
    return now.length >= 2 && now.some((k) => before.includes(k));
  };
  // R3 looks at the last 3 years only (2024–2026): the sample's first year, 2023, is outside its window.
  const inR3Window = (c: FailCount) => c.year > SAMPLE_YEAR - 3;
  const r3Keys = (code: string) => {
    const mine = usable.filter((c) => c.code === code && inR3Window(c));
    const keys = [...new Set(mine.map((c) => c.key))];
    return keys.filter((k) => mine.filter((c) => c.key === k && share(c) - pooled(k, c.year) >= 0.15).length >= 2);
  };
  const find = (code: string, p: { key: string; year: number }) => counts.find((c) => c.code === code && c.key === p.key && c.year === p.year);

  it('flags exactly the three planted schools under R1, the ООШ and the 30,0 % case among them', () => {
    const flagged = model.schools.map((s) => s.code).filter(r1);
    expect(flagged).toEqual([...R1_FLAGGED]);
    expect(flagged).toContain(R1_OOSH);
    expect(model.schools.find((s) => s.code === R1_OOSH)?.kind).toBe('ООШ');
    expect(find(R1_EXACT_THIRTY.code, R1_EXACT_THIRTY.share)).toMatchObject({ m2: 3, n: 10 });
    // Without the exact 30,0 % procedure the school would have one procedure only.
    expect(highKeys(R1_EXACT_THIRTY.code, SAMPLE_YEAR).filter((k) => k !== R1_EXACT_THIRTY.share.key)).toHaveLength(1);
  });

  it('holds the decoys’ numbers as planned', () => {
    for (const p of [...DECOY_A.high2026, ...DECOY_A.same2025]) expect(find(DECOY_A.code, p)).toMatchObject({ m2: p.m2, n: p.n });
    expect(highKeys(DECOY_A.code, 2026).sort()).toEqual(DECOY_A.high2026.map((p) => p.key).sort());
    expect(highKeys(DECOY_A.code, 2025)).toEqual([]);
    for (const p of DECOY_B.high) expect(find(DECOY_B.code, p)).toMatchObject({ m2: p.m2, n: p.n });
    expect(highKeys(DECOY_B.code, 2026)).toEqual(['ВПР|Русский язык|5']);
    expect(highKeys(DECOY_B.code, 2025)).toEqual(['ВПР|Русский язык|5']);
    for (const p of SMALL_OOSH.high) {
      expect(find(SMALL_OOSH.code, p)).toMatchObject({ m2: p.m2, n: p.n });
      expect(p.m2 / p.n).toBeGreaterThanOrEqual(0.5);
    }
    expect(counts.filter((c) => c.code === SMALL_OOSH.code).every((c) => c.n < 5)).toBe(true);
  });

  it('keeps ordinary schools at 0–20 % and puts СОШ № 10 ≥ 15 p.p. above the district in 2024 and 2026', () => {
    const planted = new Set<string>([...R1_FLAGGED, DECOY_A.code, DECOY_B.code, SMALL_OOSH.code, R3_ONLY.code, APPROVED_NOT_FLAGGED]);
    const ordinary = counts.filter((c) => !planted.has(c.code));
    expect(Math.max(...ordinary.map(share))).toBeLessThanOrEqual(ORDINARY_MAX_FAIL);
    for (const p of R3_ONLY.high) {
      expect(find(R3_ONLY.code, p)).toMatchObject({ m2: p.m2, n: p.n });
      expect(p.m2 / p.n - pooled(p.key, p.year)).toBeGreaterThanOrEqual(0.15);
    }
    expect(r1(R3_ONLY.code)).toBe(false);
    const r3Schools = model.schools.map((s) => s.code).filter((code) => r3Keys(code).length > 0);
    expect(r3Schools.sort()).toEqual([...R1_FLAGGED, DECOY_B.code, R3_ONLY.code].sort());
  });

  it('makes three schools ШНСУ candidates and no other school high in three social shares', () => {
    const shares = model.social.map((r) => r.counts.map((c) => c / r.total));
    const q3 = shares[0].map((_, k) => quartileInc(shares.map((s) => s[k]), 0.75));
    const above = model.social.map((r, i) => ({ code: r.code, count: shares[i].filter((v, k) => v >= q3[k]).length }));
    expect(above.filter((a) => a.count >= 3).map((a) => a.code)).toEqual([...SHNSU]);
    const resilient = counts.filter((c) => c.code === RESILIENT && c.year === SAMPLE_YEAR && /^(ОГЭ|ЕГЭ)\|(Русский язык|Математика)/.test(c.key));
    expect(resilient.length).toBe(5);
    expect(resilient.every((c) => c.m2 === 0)).toBe(true);
  });

  it('puts one school at objectivity risk and lists one flagged and one recovered school as approved', () => {
    const risky = model.confirmation.filter((c) => c.total >= 20 && (c.higher / c.total > 0.15 || c.lower / c.total > 0.5));
    expect(risky).toEqual([expect.objectContaining({ code: OBJECTIVITY_RISK.code, lower: 4, confirm: 38, higher: 10, total: 52 })]);
    expect(model.approved.map((a) => a.code)).toEqual([APPROVED_FLAGGED, APPROVED_NOT_FLAGGED]);
    expect(r1(APPROVED_FLAGGED)).toBe(true);
    expect(r1(APPROVED_NOT_FLAGGED)).toBe(false);
    expect(r3Keys(APPROVED_NOT_FLAGGED)).toEqual([]);
  });
});

describe('the engine on the sample district', () => {
  let result: RecalcResult;
  const codeOf = (id: string) => result.summary.schools.find((s) => s.id === id)?.code;
  const flaggedBy = (ruleId: string) =>
    [...new Set(result.summary.flags.filter((f) => f.ruleId === ruleId).map((f) => codeOf(f.schoolId)))].sort();
  const r1Record = (code: string): R1Record => {
    const school = result.summary.schools.find((s) => s.code === code);
    const record = ruleRecord(result.analysis.verdicts.find((v) => v.schoolId === school?.id)?.rules ?? [], 'R1');
    if (!record) throw new Error(`no R1 record for ${code}`);
    return record;
  };
  const verdictCodes = (pick: (v: RecalcResult['summary']['verdicts'][number]) => boolean) =>
    result.summary.verdicts.filter(pick).map((v) => codeOf(v.schoolId)).sort();
  const statusOf = (code: string) => result.summary.verdicts.find((v) => codeOf(v.schoolId) === code)?.status;
  const metKeys = (record: R1Record, year: number) =>
    [...new Set(record.evidence.filter((e) => e.year === year && e.met).map((e) => e.procedureKey))].sort();

  beforeAll(async () => {
    // Loaded here, not imported at the top, so the generator tests above run while these modules are being written.
    const { ExcelJsWorkbook } = require('../../src/workbook/exceljs') as typeof import('../../src/workbook/exceljs');
    const { recalculate } = require('../../src/engine/recalculate') as typeof import('../../src/engine/recalculate');
    const workbook = await ExcelJsWorkbook.fromFile(SAMPLE_PATH);
    result = recalculate(await workbook.readGrids());
  });

  it('finds the 22 schools of the register, СОШ № 1 and СОШ № 11 apart', () => {
    const codes = result.summary.schools.map((s) => s.code);
    expect(codes).toHaveLength(SAMPLE_SCHOOL_COUNT);
    expect(new Set(codes).size).toBe(SAMPLE_SCHOOL_COUNT);
    expect(codes).toEqual(expect.arrayContaining([...NEVER_MERGE]));
  });

  it('flags exactly СОШ № 3, СОШ № 9 and Сосновская ООШ under R1', () => {
    expect(flaggedBy('R1')).toEqual([...R1_FLAGGED].sort());
  });

  it('counts ЕГЭ мат проф 3 of 10 = 30,0 % as reaching the threshold', () => {
    const record = r1Record(R1_EXACT_THIRTY.code);
    const exact = record.evidence.find((e) => e.procedureKey === R1_EXACT_THIRTY.share.key && e.year === SAMPLE_YEAR);
    expect(exact).toMatchObject({ value: 0.3, met: true });
    expect(record.fired).toBe(true);
  });

  it('leaves decoy A alone: two procedures ≥ 30 % in 2026 but none of them in 2025', () => {
    const record = r1Record(DECOY_A.code);
    expect(record.fired).toBe(false);
    expect(metKeys(record, 2026)).toEqual(DECOY_A.high2026.map((p) => p.key).sort());
    expect(metKeys(record, 2025)).toEqual([]);
  });

  it('leaves decoy B alone: only one procedure ≥ 30 % in either year', () => {
    const record = r1Record(DECOY_B.code);
    expect(record.fired).toBe(false);
    expect(metKeys(record, 2026)).toEqual(['ВПР|Русский язык|5']);
  });

  it('never judges the small ООШ on its 3–4 participants («мало участников»)', () => {
    const record = r1Record(SMALL_OOSH.code);
    expect(record.fired).toBe(false);
    expect(record.evidence.filter((e) => e.met)).toEqual([]);
    const oge2026 = record.evidence.filter((e) => e.year === SAMPLE_YEAR && e.procedureKey.startsWith('ОГЭ'));
    expect(oge2026.length).toBeGreaterThan(0);
    expect(oge2026.every((e) => e.excluded === 'few_participants')).toBe(true);
  });

  it('flags СОШ № 10 under R3 only', () => {
    expect(flaggedBy('R3')).toContain(R3_ONLY.code);
    expect(flaggedBy('R1')).not.toContain(R3_ONLY.code);
  });

  it('does not flag the approved school that recovered', () => {
    expect(flaggedBy('R1')).not.toContain(APPROVED_NOT_FLAGGED);
    expect(flaggedBy('R3')).not.toContain(APPROVED_NOT_FLAGGED);
  });

  it('marks the three ШНСУ candidates, Никольская СОШ among them as резильентная', () => {
    expect(verdictCodes((v) => v.shnsu === true)).toEqual([...SHNSU].sort());
    expect(verdictCodes((v) => v.resilient)).toEqual([RESILIENT]);
  });

  it('sees the risk of non-objective ВПР marks at Лицей № 7 only', () => {
    expect(verdictCodes((v) => v.objectivityRisk)).toEqual([OBJECTIVITY_RISK.code]);
  });

  it('confirms СОШ № 3 on the approved list and lets Заречная СОШ out', () => {
    expect(statusOf(APPROVED_FLAGGED)).toBe('подтверждено');
    expect(['кандидат на выход', 'перешла в эффективный режим']).toContain(statusOf(APPROVED_NOT_FLAGGED));
  });
});
