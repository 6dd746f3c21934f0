/**
 * Which sheets an adapter may read without their cells: Opora's outputs, never the user's data, `_opora`,
 * or the sheets of Opora's that the user edits — found by the names the `_opora` record gives them.
 */
import type { SheetGrid } from '../../../src/engine/model';
import { buildMetaSheet } from '../../../src/engine/output/meta';
import { type OwnedSheet, skippedOutputSheets } from '../../../src/engine/owned';

function record(owned: OwnedSheet[], name = '_opora'): SheetGrid {
  return { name, values: buildMetaSheet({ owned }, name).values };
}

describe('skippedOutputSheets', () => {
  it('skips Opora’s outputs and reads the user’s sheets, `_opora` and the sheets read back', () => {
    const owned: OwnedSheet[] = [
      { key: 'summary', name: 'Опора · Сводка' },
      { key: 'dynamics', name: 'Опора · Динамика' },
      { key: 'settings', name: 'Опора · Настройки' },
      { key: 'catalogue', name: 'Опора · Каталог мер' },
      { key: 'mapping', name: 'Опора · Сопоставление' },
      { key: 'roadmap:Школа 1', name: 'Опора · Карта Школа 1' },
    ];
    const names = ['ОГЭ 2025', ...owned.map((s) => s.name), '_opora'];
    expect([...skippedOutputSheets(names, [record(owned)])]).toEqual(['Опора · Сводка', 'Опора · Динамика', 'Опора · Карта Школа 1']);
  });

  it('reads the settings under the name the record gives them, beside a user’s sheet of the same preferred name', () => {
    const owned: OwnedSheet[] = [{ key: 'settings', name: 'Опора · Настройки (2)' }];
    const names = ['Опора · Настройки', 'Опора · Настройки (2)', '_opora (2)', '_opora'];
    const users = { name: '_opora', values: [['мой лист']] };
    // The user's «Опора · Настройки» is never read as settings (`ownedGrid`) nor as data (`recognizeSheet`).
    expect([...skippedOutputSheets(names, [users, record(owned, '_opora (2)')])]).toEqual(['Опора · Настройки']);
  });

  it('skips every sheet named like Opora’s output when there is no record (the engine reads none of them)', () => {
    const names = ['Опора · Настройки', 'Опора · Сводка', 'Данные'];
    expect([...skippedOutputSheets(names, [])]).toEqual(['Опора · Настройки', 'Опора · Сводка']);
  });
});
