/**
 * Builds a simulated workbook from SheetGrids, as if a user had typed them in: values land as stored
 * (strings stay strings), number formats, merges, tables and visibility as given.
 */
import type { SheetGrid } from '../../../src/engine/model';
import { newSheet } from './model';
import { ExcelSimulator, type SimulatorOptions } from './simulator';

const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

export function loadGridsIntoSimulator(grids: SheetGrid[], options: SimulatorOptions = {}): ExcelSimulator {
  const sim = new ExcelSimulator(options);
  for (const grid of grids) {
    const sheet = newSheet(grid.name);
    sheet.visibility = VISIBILITY[grid.visibility ?? 'visible'];
    grid.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const numberFormat = grid.numberFormats?.[r]?.[c] || 'General';
        if (value === null && numberFormat === 'General') return;
        (sheet.rows[r] ??= [])[c] = { value, numberFormat };
      }),
    );
    sheet.merges = (grid.merges ?? []).map((m) => ({ ...m }));
    sheet.tables = (grid.tables ?? []).map((t) => ({ name: t.name, rect: { ...t.rect } }));
    sim.model.sheets.push(sheet);
  }
  return sim;
}
