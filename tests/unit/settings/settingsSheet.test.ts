import { renderDiagnostic } from '../../../src/engine/messages';
import type { CellValue, SheetGrid } from '../../../src/engine/model';
import { DEFAULT_SETTINGS } from '../../../src/engine/settings/defaults';
import { buildSettingsSheet, cloneSettings, readSettings } from '../../../src/engine/settings/settingsSheet';

const NAME = 'Опора · Настройки';

/** The sheet as a workbook would hand it back: the values Opora wrote, as a grid. */
function asGrid(values: CellValue[][]): SheetGrid {
  return { name: NAME, values: values.map((row) => [...row]) };
}

function rowOf(grid: SheetGrid, id: string): number {
  return grid.values.findIndex((r) => r[0] === id);
}

function edit(id: string, value: CellValue): SheetGrid {
  const grid = asGrid(buildSettingsSheet().values);
  grid.values[rowOf(grid, id)][2] = value;
  return grid;
}

describe('the settings sheet «Опора · Настройки»', () => {
  it('is owned, created once, with id | Параметр | Значение | Пояснение', () => {
    const sheet = buildSettingsSheet();
    expect(sheet).toMatchObject({ key: 'settings', name: NAME, mode: 'createOnce' });
    expect(sheet.values[2]).toEqual(['id', 'Параметр', 'Значение', 'Пояснение']);
    const ids = sheet.values.slice(3).map((r) => r[0]);
    expect(ids).toEqual(expect.arrayContaining(['district.name', 'year.current', 'year.plan', 'min_n', 'r1.enabled', 'r1.fail_share', 'r1.combine', 'r2.enabled', 'r3.gap', 'r3.comparator', 'obj.higher_max', 'shnsu.min_indicators', 'partner.max_mentees', 'shnor.rules', 'roadmap.per_school', 'target.fail']));
  });

  it('reads back exactly the settings it was built from (defaults and non-defaults)', () => {
    expect(readSettings(asGrid(buildSettingsSheet().values))).toEqual({ settings: DEFAULT_SETTINGS, diagnostics: [] });
    const custom = cloneSettings(DEFAULT_SETTINGS);
    Object.assign(custom, { districtName: 'Энский район', currentYear: 2025, planYear: 2026, minN: 7, lowResultsRules: ['R1'], roadmapPerSchool: true, targets: { fail: 0.1 } });
    custom.r1.combine = 'or';
    custom.r3.gap = 0.2;
    custom.objectivity.enabled = false;
    expect(readSettings(asGrid(buildSettingsSheet(custom).values))).toEqual({ settings: custom, diagnostics: [] });
  });

  it('shows the user Russian words for the choices the engine keeps in English, and reads them back', () => {
    const value = (grid: SheetGrid, id: string) => grid.values[rowOf(grid, id)][2];
    const defaults = asGrid(buildSettingsSheet().values);
    expect([value(defaults, 'r1.combine'), value(defaults, 'r3.comparator')]).toEqual(['и', 'муниципалитет']);
    const custom = cloneSettings(DEFAULT_SETTINGS);
    custom.r1.combine = 'or';
    custom.r3.comparator = 'region';
    const written = asGrid(buildSettingsSheet(custom).values);
    expect([value(written, 'r1.combine'), value(written, 'r3.comparator')]).toEqual(['или', 'регион']);
    expect(readSettings(edit('r3.comparator', ' Регион ')).settings.r3.comparator).toBe('region');
    const wrong = readSettings(edit('r3.comparator', 'region'));
    expect(wrong.settings.r3.comparator).toBe('municipality');
    expect(wrong.diagnostics).toEqual([expect.objectContaining({ code: 'settings-invalid-choice', choices: 'муниципалитет / регион' })]);
  });

  it('gives defaults without a diagnostic when the workbook has no settings sheet', () => {
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, diagnostics: [] });
  });

  it('a user edit in one cell changes exactly that setting', () => {
    const { settings, diagnostics } = readSettings(edit('r1.fail_share', 0.25));
    expect(diagnostics).toEqual([]);
    const expected = cloneSettings(DEFAULT_SETTINGS);
    expected.r1.failShare = 0.25;
    expect(settings).toEqual(expected);
  });

  it.each([['30 %', 0.3], [30, 0.3], ['0,3', 0.3], [0.3, 0.3], ['45,5%', 0.455], ['15', 0.15]])('reads the threshold typed as %p as %p', (typed, value) => {
    expect(readSettings(edit('r1.fail_share', typed)).settings.r1.failShare).toBeCloseTo(value, 12);
  });

  it('reports an invalid threshold with its cell and keeps the default for that one setting only', () => {
    const grid = edit('r1.fail_share', 'тридцать');
    grid.values[rowOf(grid, 'min_n')][2] = 6;
    const { settings, diagnostics } = readSettings(grid);
    const cell = `C${rowOf(grid, 'r1.fail_share') + 1}`;
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'settings-invalid-percent', sheet: NAME, cell })]);
    expect(settings.r1.failShare).toBe(0.3);
    expect(settings.minN).toBe(6);
    expect(renderDiagnostic(diagnostics[0]).text).toBe(`Лист «Опора · Настройки», ячейка ${cell}: «R1: порог доли «2»» — порог должен быть числом от 0 до 100 % (введено «тридцать»).`);
    expect(renderDiagnostic(diagnostics[0]).advice).toContain('30 %');
  });

  it('names the sheet by its real name when Opora had to write «Опора · Настройки (2)»', () => {
    const grid = { ...edit('min_n', 'пять'), name: 'Опора · Настройки (2)' };
    const cell = `C${rowOf(grid, 'min_n') + 1}`;
    const text = renderDiagnostic(readSettings(grid).diagnostics[0]).text;
    expect(text.startsWith(`Лист «Опора · Настройки (2)», ячейка ${cell}: «`)).toBe(true);
  });

  it('rejects 150 % and a negative min_n, and accepts «или», «нет», «Р1, R3» and an academic year', () => {
    expect(readSettings(edit('r1.fail_share', 150)).diagnostics[0].code).toBe('settings-invalid-percent');
    expect(readSettings(edit('min_n', -1)).diagnostics[0].code).toBe('settings-invalid-integer');
    expect(readSettings(edit('r1.combine', 'ИЛИ')).settings.r1.combine).toBe('or');
    expect(readSettings(edit('r2.enabled', 'нет')).settings.r2.enabled).toBe(false);
    expect(readSettings(edit('shnor.rules', 'Р1, R3')).settings.lowResultsRules).toEqual(['R1', 'R3']);
    expect(readSettings(edit('shnor.rules', 'R1, R2')).diagnostics[0].code).toBe('settings-invalid-rules');
    expect(readSettings(edit('year.current', '2025/2026')).settings.currentYear).toBe(2026);
    expect(readSettings(edit('year.plan', '2026/2027')).settings.planYear).toBe(2026);
  });
});
