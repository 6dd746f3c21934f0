import type { SheetGrid } from '../../../src/engine/model';
import { ownedSheetsByPreferredName, resolveSheetNames } from '../../../src/engine/output/naming';

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
      expect.objectContaining({ code: 'owned-name-taken', params: { name: 'Опора · Сводка', used: 'Опора · Сводка (2)' } }),
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

describe('reading Opora’s user-editable sheets', () => {
  it('reads Opora’s own settings written as «(2)» under the preferred name, and hides the user’s namesake', () => {
    const grids = [grid('Опора · Настройки'), grid('Опора · Настройки (2)'), grid('ОГЭ 2026')];
    const view = ownedSheetsByPreferredName(grids, ['Опора · Настройки (2)']);
    expect(view.map((g) => g.name)).toEqual(['Опора · Настройки', 'ОГЭ 2026']);
    expect(view[0]).not.toBe(grids[0]);
  });

  it('leaves grids as they are before Opora has recorded any sheet', () => {
    const grids = [grid('Опора · Настройки')];
    expect(ownedSheetsByPreferredName(grids, [])).toBe(grids);
  });
});
