/**
 * Issue 10, class 1 through the file: the РЦОИ ЕГЭ form saved as .xlsx with its =SUM subtotals (cached
 * results, as Excel and Р7-Офис store them) and merged header cells, read by the package adapter the CLI
 * uses, gives the same hand count as the grids.
 */
import { PackageWorkbook } from '../../src/workbook/package';
import { egeFormulas, egeRegionalReport as form } from '../fixtures/forms/egeRegionalReport';
import { toXlsxBytes } from '../fixtures/forms/toWorkbook';
import { expectSchoolsAndYear, expectShnor, run } from './formRun';

describe('ЕГЭ: региональная форма РЦОИ, прочитанная из .xlsx', () => {
  test('8 schools, year 2023, ШНОР СОШ № 1 (Биробиджанский) and СОШ № 2 п. Теплоозёрск', async () => {
    const grids = form.build();
    const formulas = egeFormulas(grids);
    expect(Object.keys(formulas['2023']).length).toBeGreaterThan(40); // the subtotals really are formulas
    const workbook = await PackageWorkbook.fromBytes(await toXlsxBytes(grids, { formulas }));
    const read = await workbook.readGrids();
    expect(read.find((g) => g.name === '2023')?.values[8][3]).toBe(65); // D9: =SUM(D10,D11,D12), cached
    const result = run(read);
    expectSchoolsAndYear(result, form.expected);
    expectShnor(result, form.expected);
  });
});
