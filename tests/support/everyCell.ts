/**
 * Every sheet of a workbook with all its cells, Opora's own outputs included: what a test reads back to
 * check what Opora wrote. The adapters' `readGrids` leaves the cells of Opora's outputs out
 * (`skippedOutputSheets`: the engine never reads them); these run the same read paths with nothing left out.
 */
import type { SheetGrid } from '../../src/engine/model';
import { readGrids as readSimulator } from '../../src/workbook/officejs/readGrids';
import { readLayout } from '../../src/workbook/package/layout';
import { openZip } from '../../src/workbook/package/packageZip';
import { readGrids as readPackage } from '../../src/workbook/package/readGrids';
import type { ExcelSimulator } from './excel-simulator';

const nothing = () => new Set<string>();

/** A saved .xlsx, read by the package adapter's read path. */
export async function everyCell(bytes: Uint8Array): Promise<SheetGrid[]> {
  const zip = await openZip(bytes);
  return readPackage(zip, await readLayout(zip), nothing);
}

/** The simulated workbook, read by the Office.js adapter's read path. */
export function everyCellOfSimulator(sim: ExcelSimulator): Promise<SheetGrid[]> {
  return readSimulator(sim.run, sim.isSetSupported, sim.platform, nothing);
}
