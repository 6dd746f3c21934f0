import type { SheetGrid } from '../../../src/engine/model';
import { resolveSheetNames } from '../../../src/engine/output/naming';
import { buildMetaSheet } from '../../../src/engine/output/meta';
import { META_SHEET, ownedGrid, ownedSheetName, type OwnedSheet } from '../../../src/engine/owned';

const grid = (name: string): SheetGrid => ({ name, values: [] });

describe('choosing names for Opora sheets', () => {
  it('keeps the preferred name when no user sheet has it', () => {
    const { names, diagnostics } = resolveSheetNames(['Опора · Сводка'], [grid('ОГЭ 2026')], []);
    expect(names.get('Опора · Сводка')).toBe('Опора · Сводка');
    expect(diagnostics).toEqual([]);
  });

  it('never takes the name of a sheet the user made, and says which name it used instead', () => {
    const { names, diagnostics } = resolveSheetNames(['Опора · Сводка'], [grid('опора · сводка')], []);
    expect(names.get('Опора · Сводка')).toBe('Опора · Сводка (2)');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'owned-name-taken', sheet: 'Опора · Сводка', used: 'Опора · Сводка (2)' }),
    ]);
  });

  it('reuses its own sheet from the previous run', () => {
    const { names } = resolveSheetNames(['Опора · Сводка'], [grid('Опора · Сводка')], ['Опора · Сводка']);
    expect(names.get('Опора · Сводка')).toBe('Опора · Сводка');
  });

  it('keeps a substitute name within Excel’s 31 characters', () => {
    const long = 'Опора · Паспорт программы развития';
    const { names } = resolveSheetNames([long], [grid(long), grid(`${long.slice(0, 27)} (2)`)], []);
    const used = names.get(long)!;
    expect(used.length).toBeLessThanOrEqual(31);
    expect(used.endsWith(' (3)')).toBe(true);
  });
});

describe('finding Opora’s own sheets', () => {
  const registry = (owned: OwnedSheet[]): SheetGrid => ({ name: META_SHEET, values: buildMetaSheet({ owned }).values });

  it('finds the settings Opora wrote as «(2)» by the `_opora` registry, not the user’s namesake', () => {
    const grids = [grid('Опора · Настройки'), grid('Опора · Настройки (2)'), registry([{ key: 'settings', name: 'Опора · Настройки (2)' }])];
    expect(ownedSheetName(grids, 'settings')).toBe('Опора · Настройки (2)');
    expect(ownedGrid(grids, 'settings')).toBe(grids[1]);
  });

  it('finds none before Opora has recorded any sheet, whatever the user named their sheets', () => {
    const grids = [grid('Опора · Настройки')];
    expect(ownedSheetName(grids, 'settings')).toBeUndefined();
    expect(ownedGrid(grids, 'settings')).toBeUndefined();
  });

  it('finds none when Opora’s recorded sheet was deleted', () => {
    const grids = [grid('Опора · Настройки'), registry([{ key: 'settings', name: 'Опора · Настройки (2)' }])];
    expect(ownedGrid(grids, 'settings')).toBeUndefined();
  });
});
