/**
 * The CLI runs the engine's stages itself, with a garbage collection between the calculation and the
 * plan: what it gets must be what the engine's one-call `recalculate` gives for the same workbook.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recalculateCollecting } from '../../src/cli/pipeline';
import { recalculate } from '../../src/engine/recalculate';
import { PackageWorkbook } from '../../src/workbook/package';

const SAMPLE = readFileSync(join(__dirname, '../../assets/sample-district.xlsx'));

it('gives the engine’s result: the same sheets, summary and diagnostics', async () => {
  const read = async () => (await PackageWorkbook.fromBytes(SAMPLE)).readGrids();
  const viaCli = recalculateCollecting(await read());
  const viaEngine = recalculate(await read());
  expect(viaCli.output.sheets.length).toBeGreaterThan(10);
  expect(viaCli.summary.schools).toHaveLength(22);
  expect({ output: viaCli.output, summary: viaCli.summary, diagnostics: viaCli.diagnostics }).toEqual({
    output: viaEngine.output,
    summary: viaEngine.summary,
    diagnostics: viaEngine.diagnostics,
  });
});
