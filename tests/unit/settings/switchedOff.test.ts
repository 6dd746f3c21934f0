/**
 * A verdict switched off on «Опора · Настройки» is said so: a warning naming the cells that switch it off
 * (the workbook, the pane, the page and the CLI all print diagnostics) and «выключен в настройках» in the
 * headline — never «ШНСУ — нет данных» or «ШНОР — 0», which read as facts about the schools.
 */
import { recalculate } from '../../../src/engine/recalculate';
import { renderDiagnostic } from '../../../src/engine/messages';
import type { CellValue, Diagnostic, SheetGrid } from '../../../src/engine/model';
import { headline, summaryHeadline } from '../../../src/engine/output/headline';
import { lastResultOf } from '../../../src/engine/output/lastResult';
import { buildMetaSheet } from '../../../src/engine/output/meta';
import { META_SHEET, OWNED_SHEETS } from '../../../src/engine/owned';
import { buildSettingsSheet, readSettings } from '../../../src/engine/settings/settingsSheet';

const NAME = OWNED_SHEETS.settings;

/** The settings sheet as written, with `edits` typed into the «Значение» column (C). */
function settingsGrid(edits: Record<string, CellValue>): SheetGrid {
  const grid: SheetGrid = { name: NAME, values: buildSettingsSheet().values.map((row) => [...row]) };
  for (const [id, value] of Object.entries(edits)) grid.values[rowOf(grid, id)][2] = value;
  return grid;
}

function rowOf(grid: SheetGrid, id: string): number {
  const row = grid.values.findIndex((r) => r[0] === id);
  if (row < 0) throw new Error(`no setting ${id}`);
  return row;
}

/** Column C of the setting's row, as Excel names it. */
const cellOf = (grid: SheetGrid, id: string) => `C${rowOf(grid, id) + 1}`;

const offWarnings = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'methodology-shnor-off' || d.code === 'methodology-shnsu-off');

describe('a verdict switched off in the settings', () => {
  it('gives no warning with the settings as Opora writes them', () => {
    expect(offWarnings(readSettings(settingsGrid({})).diagnostics)).toEqual([]);
  });

  it('names the «ШНСУ: включено» cell when ШНСУ is switched off', () => {
    const grid = settingsGrid({ 'shnsu.enabled': 'нет' });
    const [warning, ...rest] = offWarnings(readSettings(grid).diagnostics);
    expect(rest).toEqual([]);
    expect(warning).toEqual({ severity: 'warning', code: 'methodology-shnsu-off', sheet: NAME, cell: cellOf(grid, 'shnsu.enabled') });
    expect(renderDiagnostic(warning).text).toBe(`Лист «${NAME}», ячейка ${cellOf(grid, 'shnsu.enabled')}: ШНСУ выключен («ШНСУ: включено» — «нет»), поэтому признак ШНСУ не определяется ни для одной школы.`);
  });

  it('names both rules and the list of ШНОР rules when R1 and R3 are both off', () => {
    const grid = settingsGrid({ 'r1.enabled': 'нет', 'r3.enabled': 'нет' });
    const cells = ['r1.enabled', 'r3.enabled', 'shnor.rules'].map((id) => cellOf(grid, id));
    const warnings = offWarnings(readSettings(grid).diagnostics);
    expect(warnings).toEqual([{ severity: 'warning', code: 'methodology-shnor-off', sheet: NAME, cell: cells[0], cells: cells.join(', ') }]);
    expect(renderDiagnostic(warnings[0]).text).toMatch(new RegExp(`^Лист «${NAME}», ячейки ${cells.join(', ')}: выключены все правила, дающие признак ШНОР`));
  });

  it('counts ШНОР off when the only rule listed as giving it is off, not when another listed rule is on', () => {
    const onlyR1 = settingsGrid({ 'r1.enabled': 'нет', 'shnor.rules': 'R1' });
    expect(offWarnings(readSettings(onlyR1).diagnostics)).toEqual([
      expect.objectContaining({ code: 'methodology-shnor-off', cells: [cellOf(onlyR1, 'r1.enabled'), cellOf(onlyR1, 'shnor.rules')].join(', ') }),
    ]);
    expect(offWarnings(readSettings(settingsGrid({ 'r1.enabled': 'нет' })).diagnostics)).toEqual([]);
  });

  it('reads «выключен в настройках» in the headline of a real run and of the result the pane keeps', () => {
    const results: SheetGrid = {
      name: 'ОГЭ математика',
      values: [
        ['Год', 'Процедура', 'Предмет', 'ОО', 'Участников', '«2»', '«3»', '«4»', '«5»'],
        [2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 1', 40, 14, 16, 8, 2],
        [2024, 'ОГЭ', 'Математика', 'МБОУ СОШ № 2', 52, 3, 20, 20, 9],
      ],
    };
    const registry: SheetGrid = { name: META_SHEET, values: buildMetaSheet({ owned: [{ key: 'settings', name: NAME }] }).values };
    const { summary } = recalculate([results, settingsGrid({ 'shnsu.enabled': 'нет', 'r1.enabled': 'нет', 'r3.enabled': 'нет' }), registry]);
    expect(summary.switchedOff).toEqual({ shnor: true, shnsu: true });
    expect(summaryHeadline(summary)).toBe('Школ: 2; отмечено: 0 (ШНОР — выключен в настройках, ШНСУ — выключен в настройках).');
    expect(summary.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['methodology-shnor-off', 'methodology-shnsu-off']));
    const last = lastResultOf(summary);
    expect(headline(last.counts.schools, last.flags, { shnor: last.counts.shnorNoData, shnsu: last.counts.shnsuNoData }, last.switchedOff)).toBe(summaryHeadline(summary));
  });

  it('keeps «нет данных» and the counts when nothing is switched off', () => {
    expect(headline(3, [], { shnsu: 3 }, { shnor: false, shnsu: false })).toBe('Школ: 3; отмечено: 0 (ШНОР — 0, ШНСУ — нет данных).');
    expect(headline(3, [], { shnsu: 3 }, { shnor: false, shnsu: true })).toBe('Школ: 3; отмечено: 0 (ШНОР — 0, ШНСУ — выключен в настройках).');
  });
});
