/** The pane's Office host against the strict Excel simulator: settings on the sheet, and selection. */
import { buildMetaSheet } from '../../src/engine/output/meta';
import { buildSettingsSheet } from '../../src/engine/settings/settingsSheet';
import { META_SHEET, OWNED_SHEETS } from '../../src/engine/owned';
import { createExcelHost } from '../../src/taskpane/excelHost';
import { loadGridsIntoSimulator, displayOf } from '../support/excel-simulator';
import type { SheetGrid } from '../../src/engine/model';

const results: SheetGrid = { name: 'ОГЭ 2025', values: [['ОО', 'Участники'], ['МБОУ СОШ № 1', 24]] };

function hostOn(grids: SheetGrid[]) {
  const simulator = loadGridsIntoSimulator(grids);
  const host = createExcelHost({ run: simulator.run, isSetSupported: simulator.isSetSupported, theme: () => 'light' });
  return { simulator, host };
}

/** The value cell of a setting row, found by its id in column A. */
function settingValue(simulator: ReturnType<typeof hostOn>['simulator'], id: string) {
  const sheet = simulator.sheet(OWNED_SHEETS.settings);
  const row = sheet.rows.findIndex((r) => r?.[0]?.value === id);
  return displayOf(sheet.rows[row]?.[2]);
}

describe('quick settings in the workbook', () => {
  it('offers nothing to edit before the first recalculation has created the settings sheet', async () => {
    const { host } = hostOn([results]);
    await expect(host.readSettings()).resolves.toBeNull();
    await expect(host.writeSettings({ failShare: 0.25, minN: 8 })).resolves.toBe(false);
  });

  it('reads the defaults from a fresh settings sheet and writes the user’s values into its «Значение» column', async () => {
    const settings = buildSettingsSheet();
    const registry = { name: META_SHEET, values: buildMetaSheet({ owned: [{ key: 'settings', name: settings.name }] }).values };
    const { simulator, host } = hostOn([results, { name: settings.name, values: settings.values }, registry]);
    await expect(host.readSettings()).resolves.toEqual({ failShare: 0.3, minN: 5 });

    await expect(host.writeSettings({ currentYear: 2025, failShare: 0.25, minN: 8 })).resolves.toBe(true);
    expect(settingValue(simulator, 'year.current')).toBe(2025);
    expect(settingValue(simulator, 'r1.fail_share')).toBe(0.25);
    expect(settingValue(simulator, 'min_n')).toBe(8);
    await expect(host.readSettings()).resolves.toEqual({ currentYear: 2025, failShare: 0.25, minN: 8 });

    await host.writeSettings({ failShare: 0.25, minN: 8 });
    await expect(host.readSettings()).resolves.toEqual({ failShare: 0.25, minN: 8 });
  });
});

describe('quick settings beside a user sheet named «Опора · Настройки»', () => {
  const ours = buildSettingsSheet();
  const userSheet: SheetGrid = { name: OWNED_SHEETS.settings, values: [['Мои заметки'], ['min_n', 'моё', 'не трогать']] };
  /** Opora wrote its settings as «… (2)» and recorded that in `_opora`. */
  const grids = (): SheetGrid[] => [
    results,
    userSheet,
    { name: `${OWNED_SHEETS.settings} (2)`, values: ours.values },
    { name: META_SHEET, values: buildMetaSheet({ owned: [{ key: 'settings', name: `${OWNED_SHEETS.settings} (2)` }] }).values },
  ];

  it('reads and writes Opora’s own sheet and leaves the user’s sheet as it was', async () => {
    const { simulator, host } = hostOn(grids());
    await expect(host.readSettings()).resolves.toEqual({ failShare: 0.3, minN: 5 });
    await expect(host.writeSettings({ failShare: 0.25, minN: 8 })).resolves.toBe(true);
    expect(displayOf(simulator.sheet(OWNED_SHEETS.settings).rows[1]?.[2])).toBe('не трогать');
    await expect(host.readSettings()).resolves.toEqual({ failShare: 0.25, minN: 8 });
  });

  it('finds the registry in «_opora (2)» when the user owns a sheet called «_opora»', async () => {
    const [, user, ours, registry] = grids();
    const { host } = hostOn([results, user, ours, { name: META_SHEET, values: [['мои заметки']] }, { ...registry, name: `${META_SHEET} (2)` }]);
    await expect(host.readSettings()).resolves.toEqual({ failShare: 0.3, minN: 5 });
  });
});

describe('going to a cell a remark names', () => {
  it('activates the sheet and selects the cell, and says so when the sheet is gone', async () => {
    const { simulator, host } = hostOn([results, { name: 'Соцпаспорт', values: [['ОО']] }]);
    await expect(host.select('Соцпаспорт', 'B3')).resolves.toBe(true);
    expect(simulator.model.activeSheet).toBe('Соцпаспорт');
    expect(simulator.sheet('Соцпаспорт').selection).toEqual({ top: 2, left: 1, bottom: 2, right: 1 });
    await expect(host.select('Удалённый лист', 'B2')).resolves.toBe(false);
    expect(simulator.model.activeSheet).toBe('Соцпаспорт');
  });
});
