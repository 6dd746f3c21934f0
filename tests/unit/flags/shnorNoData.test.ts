/**
 * A school with no «2» share for the calculation year is «нет данных» for ШНОР — never «не ШНОР»: null in
 * the verdict and the JSON, its own line in the flags list, the indicators sheet and the summary counts.
 */
import { analyse } from '../../../src/engine/flags/analyse';
import { recalculate } from '../../../src/engine/recalculate';
import type { CellValue, OutputSheet } from '../../../src/engine/model';
import { sheet } from '../../fixtures/layouts/grid';
import { emptyDataset, failRow, MATH9, school } from './build';
import { settingsWith } from './context';

describe('ШНОР verdict without results of the year', () => {
  const d = emptyDataset();
  d.schools = [school('A'), school('B'), school('C')];
  d.results = [failRow('A', 2026, MATH9, 20, 10), failRow('A', 2025, MATH9, 20, 10), failRow('B', 2026, MATH9, 20, 1), failRow('C', 2025, MATH9, 20, 10)];
  const { analysis } = analyse(d, settingsWith((s) => (s.r1.minProcedures = 1)));
  const verdict = (id: string) => analysis.verdicts.find((v) => v.schoolId === id)!;

  it('is true when a rule fired, false when the year was looked at, null when it has no «2» share of the year', () => {
    expect(['A', 'B', 'C'].map((id) => verdict(id).lowResults)).toEqual([true, false, null]);
  });

  it('a school without data is no partner and not резильентная', () => {
    expect(verdict('A').partnerId).toBe('B');
    expect(verdict('C').resilient).toBe(false);
  });
});

const NAMES = ['МБОУ СОШ № 1', 'МБОУ СОШ № 2', 'МБОУ СОШ № 3', 'МБОУ СОШ № 4'];
function book() {
  const header: CellValue[] = ['Год', 'Процедура', 'Предмет', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»'];
  const row = (year: number, name: string): CellValue[] => [year, 'ОГЭ', 'Математика', name, 20, 2, 8, 6, 4];
  // СОШ № 4 wrote in 2025 but has no row for 2026.
  return [sheet('ОГЭ 2025', [header, ...NAMES.map((n) => row(2025, n))]), sheet('ОГЭ 2026', [header, ...NAMES.slice(0, 3).map((n) => row(2026, n))])];
}

describe('«нет данных» for ШНОР in every output', () => {
  const { summary, output } = recalculate(book());
  const idOf = (name: string) => summary.schools.find((s) => s.name.includes(name))!.id;
  const named = (name: string): OutputSheet => output.sheets.find((s) => s.name === name)!;
  const rowOf = (s: OutputSheet, text: string) => s.values.find((r) => r.some((c) => typeof c === 'string' && c.includes(text)));

  it('JSON: shnor null for the school without 2026, false for the others', () => {
    expect(summary.verdicts.find((v) => v.schoolId === idOf('№ 4'))?.shnor).toBeNull();
    expect(summary.verdicts.filter((v) => v.shnor === false)).toHaveLength(3);
  });

  it('flags list: a «Нет данных для ШНОР» row with the rule saying why', () => {
    const row = rowOf(named('Опора · ШНОР и ШНСУ'), 'СОШ № 4')!;
    expect(row[2]).toBe('Нет данных для ШНОР');
    expect(String(row[4])).toContain('R1: нет данных о доле «2» за 2026 г.');
    expect(named('Опора · ШНОР и ШНСУ').values[1][0]).toContain('Нет данных для ШНОР: 1');
  });

  it('indicators: the school is listed with «нет данных за 2026 г.»', () => {
    expect(rowOf(named('Опора · Показатели'), 'СОШ № 4')?.[2]).toBe('нет данных за 2026 г.');
  });

  it('summary counts: one school «ШНОР — нет данных»', () => {
    expect(rowOf(named('Опора · Сводка'), 'ШНОР — нет данных')?.[1]).toBe(1);
  });
});
