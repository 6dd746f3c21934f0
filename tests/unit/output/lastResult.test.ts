/** The last result kept in `_opora`: the pane opens on it, so it must come back whole or not at all. */
import type { CellValue, SheetGrid } from '../../../src/engine/model';
import { lastResultOf, lastResultRows, readLastResult } from '../../../src/engine/output/lastResult';
import type { Summary } from '../../../src/engine/output/summary';
import { META_SHEET } from '../../../src/engine/owned';
import { summaryOfTwoSchools } from '../../taskpane/summaryFixture';

const asGrid = (rows: CellValue[][]): SheetGrid => ({ name: META_SHEET, values: rows });

describe('the last result in _opora', () => {
  it('round-trips a summary of any length, cut below Excel’s 32,767 characters per cell', () => {
    const summary: Summary = summaryOfTwoSchools();
    // 2,000 schools' worth of flags with explanations citing quoted sheets.
    summary.flags = Array.from({ length: 2000 }, (_, i) => ({ ...summary.flags[1], schoolId: `code:${i}`, explanation: `'Лист ${i}'!D18 ` + 'ж'.repeat(50) }));
    const rows = lastResultRows(summary);
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) expect(String(row[2]).length).toBeLessThanOrEqual(32_767);
    expect(readLastResult(asGrid([['owned', 'Опора · Сводка'], ...rows]))).toEqual(lastResultOf(summary));
  });

  it('is null when there is no record, or a piece is missing its wrapping or the JSON is cut', () => {
    const rows = lastResultRows(summaryOfTwoSchools());
    expect(readLastResult(null)).toBeNull();
    expect(readLastResult(asGrid([['owned', 'x']]))).toBeNull();
    expect(readLastResult(asGrid([['result', '1', String(rows[0][2]).slice(1)]]))).toBeNull();
    expect(readLastResult(asGrid([['result', '1', String(rows[0][2]).slice(0, 40) + '|']]))).toBeNull();
    expect(readLastResult(asGrid([['result', '0', rows[0][2]]]))).toBeNull();
  });
});
