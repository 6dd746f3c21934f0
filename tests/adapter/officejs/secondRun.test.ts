/**
 * The pane's second click: the workbook holds Opora's sheets of the first. The Office.js read path leaves
 * the cells of Opora's outputs out (the engine never reads them), reads `_opora`, the settings, the
 * catalogue and the corrections, and stays at three syncs off the web; the result is that of a full read.
 */
import { recalculate } from '../../../src/engine/recalculate';
import { META_SHEET, OWNED_SHEETS } from '../../../src/engine/owned';
import { OfficeJsWorkbook } from '../../../src/workbook/officejs';
import { everyCellOfSimulator } from '../../support/everyCell';
import { loadGridsIntoSimulator } from '../../support/excel-simulator';
import { SimWorksheet } from '../../support/excel-simulator/worksheet';

const getRangeByIndexes = SimWorksheet.prototype.getRangeByIndexes;
import { districtGrids } from './fixtures';

const READ_BACK = [OWNED_SHEETS.settings, OWNED_SHEETS.catalogue, OWNED_SHEETS.mapping, META_SHEET];

describe.each(['web', 'desktop'] as const)('the second recalculation in the pane (%s)', (platform) => {
  async function afterFirstRun() {
    const sim = loadGridsIntoSimulator(districtGrids(22), { platform });
    const port = new OfficeJsWorkbook(sim.run, sim.isSetSupported, sim.platform);
    await port.apply(recalculate(await port.readGrids()).output);
    sim.syncs.length = 0;
    return { sim, port };
  }

  it('reads Opora’s outputs without their cells and everything else as a full read does', async () => {
    const { sim, port } = await afterFirstRun();
    const grids = await port.readGrids();
    const syncs = sim.syncs.length;
    const full = await everyCellOfSimulator(sim);
    expect(grids.map((g) => g.name)).toEqual(full.map((g) => g.name));
    const outputs = grids.filter((g) => g.name.startsWith('Опора · ') && !READ_BACK.includes(g.name));
    // Counted by hand: the 14 fixed sheets of OWNED_SHEETS (one roadmap), 3 of them read back.
    expect(outputs).toHaveLength(11);
    for (const g of outputs) expect({ name: g.name, values: g.values, merges: g.merges }).toEqual({ name: g.name, values: [], merges: [] });
    for (const g of grids.filter((x) => !outputs.includes(x))) expect(g).toEqual(full.find((f) => f.name === g.name));
    expect(full.find((g) => g.name === OWNED_SHEETS.indicators)!.values.length).toBeGreaterThan(10);
    // Three syncs off the web (names; bounds with `_opora`'s values; cells), as for a first run.
    if (platform === 'desktop') expect(syncs).toBe(3);
  });

  it('asks for `_opora`’s cells once, with the bounds, and not again with the other cells', async () => {
    const { sim, port } = await afterFirstRun();
    // The sheets whose cells (values) are asked through a range of theirs; merged-area probes ask none.
    const cellsOf: string[] = [];
    const spy = jest.spyOn(SimWorksheet.prototype, 'getRangeByIndexes').mockImplementation(function (this: SimWorksheet, ...args) {
      const range = getRangeByIndexes.apply(this, args);
      const sheet = (this as unknown as Excel.Worksheet).name;
      const load = range.load.bind(range);
      range.load = (props: string) => (props.includes('values') && cellsOf.push(sheet), load(props));
      return range;
    });
    const grids = await port.readGrids().finally(() => spy.mockRestore());
    expect(new Set(cellsOf).size).toBeGreaterThan(3);
    expect(cellsOf).not.toContain(META_SHEET);
    const meta = (await everyCellOfSimulator(sim)).find((g) => g.name === META_SHEET)!;
    expect(meta.values.flat().filter((v) => v !== null).length).toBeGreaterThan(2);
    expect(grids.find((g) => g.name === META_SHEET)).toEqual(meta);
  });

  it('gives the result of a full read', async () => {
    const { sim, port } = await afterFirstRun();
    const again = recalculate(await port.readGrids());
    const viaEveryCell = recalculate(await everyCellOfSimulator(sim));
    expect(again.summary).toEqual(viaEveryCell.summary);
    expect(again.output).toEqual(viaEveryCell.output);
  });
});
