import { META_HEADER } from '../../../src/engine/owned';
import { advanceSnapshots, buildMetaSheet, metaSheetName, readMeta, type MetaState } from '../../../src/engine/output/meta';
import type { SheetGrid } from '../../../src/engine/model';

const roundTrip = (state: MetaState) => {
  const sheet = buildMetaSheet(state);
  const grid: SheetGrid = { name: sheet.name, values: sheet.values };
  return readMeta([grid]);
};

describe('the _opora sheet', () => {
  it('is very hidden and round-trips owned sheets and flagged sets', () => {
    const state: MetaState = {
      owned: [
        { key: 'summary', name: 'Опора · Сводка' },
        { key: 'settings', name: 'Опора · Настройки (2)' },
        { key: 'roadmap:code:ОО007', name: 'Опора · ДК СОШ № 7' },
      ],
      current: { 'code:ОО007': 'ШНОР', 'code:ОО002': 'ШНОР+ШНСУ' },
      baseline: {},
    };
    expect(buildMetaSheet(state).visibility).toBe('veryHidden');
    expect(roundTrip(state)).toEqual(state);
  });

  it('knows the keys of sheets recorded before keys were written, by their preferred names', () => {
    const legacy: SheetGrid = {
      name: '_opora',
      values: [[META_HEADER], ['owned', 'Опора · Сводка'], ['owned', 'Опора · Настройки (2)'], ['owned', 'Опора · ДК СОШ № 7']],
    };
    expect(readMeta([legacy]).owned).toEqual([
      { key: 'summary', name: 'Опора · Сводка' },
      { key: 'settings', name: 'Опора · Настройки (2)' },
      { key: 'roadmap:Опора · ДК СОШ № 7', name: 'Опора · ДК СОШ № 7' },
    ]);
  });

  it('reads nothing from a workbook Opora has not touched', () => {
    expect(readMeta([{ name: 'ОГЭ 2026', values: [['owned', 'x']] }])).toEqual({ owned: [] });
  });
});

describe('what changed since the previous result', () => {
  it('has no baseline on the first run', () => {
    expect(advanceSnapshots({ owned: [] }, { a: 'ШНОР' })).toEqual({ current: { a: 'ШНОР' } });
  });

  it('moves the previous result to the baseline when the result changes', () => {
    const prev: MetaState = { owned: [], current: { a: 'ШНОР' } };
    expect(advanceSnapshots(prev, { b: 'ШНСУ' })).toEqual({ current: { b: 'ШНСУ' }, baseline: { a: 'ШНОР' } });
  });

  it('keeps the baseline when recalculating the same data, so a second run writes the same workbook', () => {
    const prev: MetaState = { owned: [], current: { b: 'ШНСУ' }, baseline: { a: 'ШНОР' } };
    expect(advanceSnapshots(prev, { b: 'ШНСУ' })).toEqual({ current: { b: 'ШНСУ' }, baseline: { a: 'ШНОР' } });
  });
});

describe("a user's sheet named _opora", () => {
  const grid = (name: string, a1: string) => ({ name, values: [[a1]] });
  const marker = () => buildMetaSheet({ owned: [{ key: 'summary', name: 'Опора · Сводка' }] }).values[0][0] as string;

  it('is neither read as the record of Opora nor written over: the record goes to «_opora (2)»', () => {
    const grids = [grid('_opora', 'мои заметки')];
    expect(readMeta(grids).owned).toEqual([]);
    expect(metaSheetName(grids)).toBe('_opora (2)');
  });

  it('a later run finds the record in «_opora (2)» by its marker and keeps writing there', () => {
    const record = { ...grid('_opora (2)', marker()), values: [[marker()], ['owned', 'Опора · Сводка']] };
    const grids = [grid('_opora', 'мои заметки'), record];
    expect(readMeta(grids).owned).toEqual([{ key: 'summary', name: 'Опора · Сводка' }]);
    expect(metaSheetName(grids)).toBe('_opora (2)');
    expect(metaSheetName([])).toBe('_opora');
  });
});
