/** The pane's three quick settings on «Опора · Настройки»: where they sit and how they read. */
import type { CellValue, SheetGrid } from '../../../src/engine/model';
import { quickSettingCells, quickSettingWrites, readQuickSettings } from '../../../src/engine/settings/quickSettings';
import { buildSettingsSheet } from '../../../src/engine/settings/settingsSheet';

function freshSheet(): SheetGrid {
  const sheet = buildSettingsSheet();
  return { name: sheet.name, values: sheet.values.map((row) => [...row]) };
}

/** A settings sheet as a user might have trimmed it: only the rows given, ids in A, values in C. */
function sheetWith(rows: [string, CellValue][]): SheetGrid {
  return { name: 'Опора · Настройки', values: [['Опора · Настройки'], [], ['id', 'Параметр', 'Значение', 'Пояснение'], ...rows.map(([id, v]) => [id, 'x', v, ''])] };
}

describe('quick settings on the settings sheet', () => {
  it('finds the value cells of a fresh sheet: year in C5, min_n in C7, the R1 threshold in C9', () => {
    // Title row 1, hint row 2, header row 3; then district.name (4), year.current (5), year.plan (6),
    // min_n (7), r1.enabled (8), r1.fail_share (9).
    expect(quickSettingCells(freshSheet())).toEqual({ currentYear: 'C5', minN: 'C7', failShare: 'C9' });
  });

  it('reads the methodology defaults from a fresh sheet: 30 %, min_n 5, the year from the data', () => {
    expect(readQuickSettings(freshSheet())).toEqual({ failShare: 0.3, minN: 5 });
  });

  it('reads what the user typed, «25 %» as a percent and «2024/2025» as 2025', () => {
    const grid = sheetWith([
      ['min_n', 8],
      ['r1.fail_share', '25 %'],
      ['year.current', '2024/2025'],
    ]);
    expect(readQuickSettings(grid)).toEqual({ currentYear: 2025, failShare: 0.25, minN: 8 });
  });

  it('falls back to the default for a value it cannot read, as the recalculation does', () => {
    const grid = sheetWith([
      ['min_n', 'много'],
      ['r1.fail_share', 0.2],
    ]);
    expect(readQuickSettings(grid)).toEqual({ failShare: 0.2, minN: 5 });
  });

  it('reads the settings sheet even when the grid carries another name', () => {
    const grid = { ...sheetWith([['min_n', 12]]), name: 'опора · настройки' };
    expect(readQuickSettings(grid).minN).toBe(12);
  });

  it('follows rows the user moved and leaves out a row the user deleted', () => {
    const grid = sheetWith([
      ['r1.fail_share', 0.3],
      ['  min_n ', 5],
    ]);
    expect(quickSettingCells(grid)).toEqual({ failShare: 'C4', minN: 'C5' });
    expect(quickSettingWrites(grid, { currentYear: 2025, failShare: 0.25, minN: 7 })).toEqual([
      { address: 'C4', value: 0.25 },
      { address: 'C5', value: 7 },
    ]);
  });

  it('empties the year cell when no year is set, so the latest year in the data applies', () => {
    expect(quickSettingWrites(freshSheet(), { failShare: 0.3, minN: 5 })).toEqual([
      { address: 'C5', value: null },
      { address: 'C9', value: 0.3 },
      { address: 'C7', value: 5 },
    ]);
  });
});
