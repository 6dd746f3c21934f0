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
      owned: ['Опора · Сводка', 'Опора · Диагностика'],
      current: { 'code:ОО007': 'ШНОР', 'code:ОО002': 'ШНОР+ШНСУ' },
      baseline: {},
    };
    expect(buildMetaSheet(state).visibility).toBe('veryHidden');
    expect(roundTrip(state)).toEqual(state);
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
