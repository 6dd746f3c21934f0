import { advanceSnapshots, buildMetaSheet, readMeta, type MetaState } from '../../../src/engine/output/meta';
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
      values: [['owned', 'Опора · Сводка'], ['owned', 'Опора · Настройки (2)'], ['owned', 'Опора · ДК СОШ № 7']],
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
