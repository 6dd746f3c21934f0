/**
 * The user's corrections in `Опора · Сопоставление`: typed into the sheet Opora wrote, they change the
 * next recalculation, and they survive the sheet being rewritten and read again.
 */
import type { CellValue, OutputSheet, SheetGrid } from '../../../src/engine/model';
import { buildDataset } from '../../../src/engine/normalize/buildDataset';
import { buildMappingSheet } from '../../../src/engine/output/mappingSheet';
import { buildMetaSheet } from '../../../src/engine/output/meta';
import { META_SHEET, OWNED_SHEETS } from '../../../src/engine/owned';
import { readCorrections } from '../../../src/engine/recognize/corrections';
import { sheet } from '../../fixtures/layouts/grid';
import { simpleLongLayout } from '../../fixtures/layouts/simpleLong';
import { tidyResults } from '../../fixtures/layouts/tidy';
import { inputOf } from '../../support/sheetInput';

/** The written sheet as the adapter would read it back. */
function asGrid(out: OutputSheet): SheetGrid {
  return sheet(out.name, out.values.map((r) => [...r]));
}

/** Types `value` into the last filled column of the section row whose first cells are `key`. */
function typeCorrection(grid: SheetGrid, key: CellValue[], column: number, value: string): void {
  const row = grid.values.find((r) => key.every((k, i) => r[i] === k));
  if (!row) throw new Error(`row ${key.join(' | ')} not found`);
  row[column] = value;
}

const extraSchool = sheet('ОГЭ физ 2024', [
  ['ОО', 'Участники', '«2»'],
  ['Школа при заводе', 12, 1],
]);

/** `_opora` as Opora wrote it beside its mapping sheet: the sheet is Opora's, so its corrections count. */
const registry = (name: string): SheetGrid => ({ name: META_SHEET, values: buildMetaSheet({ owned: [{ key: 'mapping', name }] }).values });
const REGISTRY = registry(OWNED_SHEETS.mapping);

describe('corrections typed into «Опора · Сопоставление»', () => {
  const grids = [...simpleLongLayout(), extraSchool];
  const first = buildDataset(grids).dataset;
  const mapping = asGrid(buildMappingSheet(inputOf(first)));
  typeCorrection(mapping, ['ОГЭ 2023'], 5, 'не использовать');
  typeCorrection(mapping, ['ОГЭ 2024', 'I'], 4, 'не использовать');
  typeCorrection(mapping, ['Ивановская основная общеобразовательная школа'], 6, 'отдельная школа');
  typeCorrection(mapping, ['Школа при заводе'], 6, 'СОШ № 1');
  const second = buildDataset([...grids, mapping, REGISTRY]);

  it('lists every sheet, column and spelling with a column to correct', () => {
    expect(mapping.name).toBe(OWNED_SHEETS.mapping);
    const texts = mapping.values.map((r) => r[0]);
    expect(texts).toEqual(expect.arrayContaining(['1. Листы', '2. Столбцы', '3. Названия школ', 'ОГЭ 2023', 'ОГЭ 2024', 'СОШ №1']));
    const fuzzyRow = mapping.values.find((r) => r[0] === 'СОШ №1')!;
    expect(fuzzyRow.slice(0, 4)).toEqual(['СОШ №1', 'ОГЭ 2024!B4', 'СОШ №1', 'после нормализации']);
  });

  it('drops a sheet marked «не использовать» and a column marked «не использовать»', () => {
    const { dataset } = second;
    expect(dataset.results.some((r) => r.year === 2023)).toBe(false);
    expect(dataset.results.filter((r) => r.year === 2024).every((r) => r.mean === undefined)).toBe(true);
    expect(dataset.sheets.find((s) => s.sheet === 'ОГЭ 2023')).toMatchObject({ role: 'unknown', corrected: true });
    expect(dataset.sheets.find((s) => s.sheet === 'Опора · Сопоставление')?.role).toBe('opora');
  });

  it('makes «отдельная школа» a school of its own and joins a spelling to the school the user named', () => {
    const only = asGrid(buildMappingSheet(inputOf(first)));
    typeCorrection(only, ['Ивановская основная общеобразовательная школа'], 6, 'отдельная школа');
    const separate = buildDataset([...grids, only, REGISTRY]).dataset;
    const maths = (year: number) => separate.results.find((r) => r.procedure.subject === 'Математика' && r.year === year && r.counts.n!.value <= 6)!;
    expect(maths(2023).schoolId).toBe('name:ивановская оош');
    expect(maths(2024).schoolId).toBe('name:ивановская оош#2');
    expect(separate.schools.find((s) => s.id === 'name:ивановская оош#2')?.name).toBe('Ивановская основная общеобразовательная школа');
    const { dataset } = second;
    const physics = dataset.results.find((r) => r.procedure.subject === 'Физика')!;
    expect(physics.schoolId).toBe('name:сош № 1');
    expect(dataset.matches.find((m) => m.name === 'Школа при заводе')).toMatchObject({ method: 'user', schoolId: 'name:сош № 1' });
  });

  it('keeps every correction when the sheet is rewritten and read again', () => {
    const rewritten = asGrid(buildMappingSheet(inputOf(second.dataset)));
    const before = readCorrections(mapping).corrections;
    expect(readCorrections(rewritten).corrections).toEqual(before);
    expect(before).toEqual({
      sheets: { 'ОГЭ 2023': 'ignore' },
      columns: { 'ОГЭ 2024': { I: 'ignore' } },
      names: { 'Ивановская основная общеобразовательная школа': 'отдельная школа', 'Школа при заводе': 'СОШ № 1' },
    });
    const third = buildDataset([...grids, rewritten, REGISTRY]).dataset;
    expect(tidyResults(third)).toEqual(tidyResults(second.dataset));
  });

  it('reports a correction it cannot understand, with its cell', () => {
    const bad = asGrid(buildMappingSheet(inputOf(first)));
    typeCorrection(bad, ['ОГЭ 2024'], 5, 'что-то непонятное');
    const { diagnostics } = buildDataset([...grids, bad, REGISTRY]);
    const d = diagnostics.find((x) => x.code === 'correction-unreadable')!;
    expect(d.sheet).toBe(OWNED_SHEETS.mapping);
    expect(bad.values[Number(d.cell!.slice(1)) - 1][0]).toBe('ОГЭ 2024');
  });

  it('changes a sheet to another role the user names', () => {
    const m = asGrid(buildMappingSheet(inputOf(first)));
    typeCorrection(m, ['ОГЭ физ 2024'], 5, 'Социальный паспорт');
    const { dataset } = buildDataset([...grids, m, REGISTRY]);
    expect(dataset.sheets.find((s) => s.sheet === 'ОГЭ физ 2024')).toMatchObject({ role: 'contingent', corrected: true });
    expect(dataset.results.some((r) => r.procedure.subject === 'Физика')).toBe(false);
  });
});

describe('a user sheet carrying the name «Опора · Сопоставление»', () => {
  const grids = [...simpleLongLayout(), extraSchool];
  const first = buildDataset(grids).dataset;
  const userSheet = asGrid(buildMappingSheet(inputOf(first)));
  typeCorrection(userSheet, ['ОГЭ 2023'], 5, 'не использовать');

  it('is never read as corrections, even before Opora has written its own', () => {
    const { dataset } = buildDataset([...grids, userSheet]);
    expect(dataset.results.some((r) => r.year === 2023)).toBe(true);
  });

  it('leaves Opora reading its own «(2)» and naming it in its remarks', () => {
    const ours = { ...asGrid(buildMappingSheet(inputOf(first))), name: `${OWNED_SHEETS.mapping} (2)` };
    typeCorrection(ours, ['ОГЭ 2024'], 5, 'что-то непонятное');
    const { dataset, diagnostics } = buildDataset([...grids, userSheet, ours, registry(ours.name)]);
    expect(dataset.results.some((r) => r.year === 2023)).toBe(true);
    expect(diagnostics.filter((d) => d.code === 'correction-unreadable').map((d) => d.sheet)).toEqual([ours.name]);
  });
});
