/**
 * The headline the CLI, the standalone page and the pane print: a verdict counted over the schools that have
 * it, the schools without it counted apart, «нет данных» when none has it (no social passport), never
 * «ШНСУ — 0» for a district nobody could judge.
 */
import { recalculate } from '../../../src/engine/recalculate';
import { headline, summaryHeadline } from '../../../src/engine/output/headline';
import { lastResultOf } from '../../../src/engine/output/lastResult';
import type { SummaryFlag } from '../../../src/engine/output/summary';
import type { SheetGrid } from '../../../src/engine/model';

const flag = (schoolId: string, kind: SummaryFlag['kind'], ruleId: string) => ({ schoolId, schoolName: schoolId, kind, ruleId }) as SummaryFlag;

const grid = (name: string, values: (string | number)[][]): SheetGrid => ({
  name,
  values,
  numberFormats: values.map((row) => row.map(() => 'General')),
  merges: [],
  tables: [],
});

const RESULTS = grid('ОГЭ математика', [
  ['Год', 'Процедура', 'Предмет', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»'],
  [2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 1', 40, 14, 16, 8, 2],
  [2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 2', 52, 3, 20, 20, 9],
  [2024, 'ОГЭ', 'Математика', 'МБОУ ООШ с. Луговое', 12, 1, 6, 4, 1],
]);

describe('headline', () => {
  it('counts the flagged schools, and the schools without a verdict apart', () => {
    // a: ШНОР and ШНСУ, b: ШНСУ — two schools flagged, one ШНОР, two ШНСУ; two of the four have no ШНСУ verdict.
    const flags = [flag('a', 'ШНОР', 'R1'), flag('a', 'ШНСУ', 'SOC'), flag('b', 'ШНСУ', 'SOC')];
    expect(headline(4, flags, { shnsu: 2 })).toBe('Школ: 4; отмечено: 2 (ШНОР — 1, ШНСУ — 2; нет данных: ШНСУ — 2).');
    expect(headline(4, [], { shnsu: 3 })).toBe('Школ: 4; отмечено: 0 (ШНОР — 0, ШНСУ — 0; нет данных: ШНСУ — 3).');
    expect(headline(22, [], { shnor: 2, shnsu: 4 })).toBe('Школ: 22; отмечено: 0 (ШНОР — 0, ШНСУ — 0; нет данных: ШНОР — 2, ШНСУ — 4).');
    expect(headline(4, flags, {})).toBe('Школ: 4; отмечено: 2 (ШНОР — 1, ШНСУ — 2).');
  });

  it('says «нет данных» instead of a count when no school has the verdict', () => {
    expect(headline(4, [flag('a', 'ШНОР', 'R1')], { shnsu: 4 })).toBe('Школ: 4; отмечено: 1 (ШНОР — 1, ШНСУ — нет данных).');
    expect(headline(4, [], { shnor: 4, shnsu: 4 })).toBe('Школ: 4; отмечено: 0 (ШНОР — нет данных, ШНСУ — нет данных).');
  });

  it('reads «нет данных» from a real run over a workbook without a social passport, and the pane gets the same count', () => {
    const { summary } = recalculate([RESULTS]);
    expect(summary.schools).toHaveLength(3);
    expect(summary.verdicts.map((v) => v.shnsu)).toEqual([null, null, null]);
    expect(summaryHeadline(summary)).toMatch(/^Школ: 3; отмечено: \d+ \(ШНОР — \d+, ШНСУ — нет данных\)\.$/);
    const last = lastResultOf(summary);
    expect(headline(last.counts.schools, last.flags, { shnor: last.counts.shnorNoData, shnsu: last.counts.shnsuNoData })).toBe(summaryHeadline(summary));
  });
});
