/** How the pane reads a result: one row per school, real reasons before warnings, counts per kind. */
import { kindCounts, schoolRows, visibleRows } from '../../src/taskpane/resultView';
import { splitCellRefs, cellRef } from '../../src/engine/flags/format';
import { resultOfTwoSchools } from './summaryFixture';

describe('the pane’s rows', () => {
  it('lists a school with a real reason before warned-only ones, its R2 warning after its real reasons', () => {
    const result = resultOfTwoSchools();
    // School 102 also gets an R2 warning, listed first in the summary.
    result.flags.unshift({ ...result.flags[0], schoolId: 'code:102', schoolName: 'МКОУ Берёзовская ООШ' });
    const rows = schoolRows(result);
    expect(rows.map((r) => r.schoolId)).toEqual(['code:102', 'code:101']);
    expect(rows[0].kinds).toEqual(['ШНОР', 'ШНСУ', 'Предупреждение']);
    expect(rows[0].flags.map((f) => f.ruleId)).toEqual(['R1', 'SOC', 'R2']);
    expect(kindCounts(rows)).toEqual({ ШНОР: 1, ШНСУ: 1, 'Риск необъективности': 0, Предупреждение: 2 });
    expect(visibleRows(rows, ['Предупреждение']).map((r) => r.schoolId)).toEqual(['code:102', 'code:101']);
    expect(visibleRows(rows, ['ШНСУ']).map((r) => r.schoolId)).toEqual(['code:102']);
  });
});

describe('cell references in explanations', () => {
  it('finds every reference cellRef writes, quoted or plain, and keeps the rest as text', () => {
    const refs = [
      { sheet: 'Социальный паспорт', cell: 'D18' },
      { sheet: 'ОГЭ', cell: 'F7' },
      { sheet: "O'Brien 2025", cell: 'B2' },
    ];
    const text = `Доля: ${refs.map(cellRef).join(', ')}; в 2025 г.!`;
    const pieces = splitCellRefs(text);
    expect(pieces.filter((p) => 'sheet' in p)).toEqual(refs.map((r) => ({ text: cellRef(r), ...r })));
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});
