/**
 * The write path: one `Excel.run` that applies an OutputDocument the engine built in full. Sync 1 lists
 * the sheets; then, under the request budget, `replace` sheets are swapped for fresh ones at the same
 * position (added under a temporary name first, so the workbook never loses its last visible sheet),
 * `createOnce` sheets are added only when absent, `removeSheets` are deleted, and each new sheet is
 * written. Sheets the document does not name are never touched.
 */
import type { OutputDocument, OutputSheet } from '../../engine';
import { API, supports, type IsSetSupported } from './apiSets';
import { commandBytes, RequestBudget } from './payload';
import type { ExcelRun } from './readGrids';
import { writeSheet } from './writeSheet';

interface ExistingSheet {
  sheet: Excel.Worksheet;
  position: number;
  visibility: string;
}

/** A name for the fresh sheet while the old one still holds the real name. */
function temporaryName(taken: Set<string>, index: number): string {
  for (let i = index; ; i++) {
    const name = `~opora-${i}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export async function applyDocument(run: ExcelRun, isSetSupported: IsSetSupported, doc: OutputDocument): Promise<void> {
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/visibility,items/position');
    await context.sync();
    // Excel sheet names are unique regardless of case, so look them up that way.
    const existing = new Map<string, ExistingSheet>(
      worksheets.items.map((sheet) => [sheet.name.toLowerCase(), { sheet, position: sheet.position, visibility: sheet.visibility }]),
    );
    const taken = new Set(existing.keys());
    const application = context.workbook.application;
    const budget = new RequestBudget(context, () => application.suspendApiCalculationUntilNextSync());
    application.suspendApiCalculationUntilNextSync();
    // Once only: repeated calls make the window flicker (Microsoft's performance guidance).
    if (supports(isSetSupported, API.screenUpdating)) application.suspendScreenUpdatingUntilNextSync();

    const targets: { spec: OutputSheet; sheet: Excel.Worksheet }[] = [];
    for (const [i, spec] of doc.sheets.entries()) {
      const old = existing.get(spec.name.toLowerCase());
      if (old && spec.mode === 'createOnce') continue;
      await budget.reserve(commandBytes(spec.name, 5));
      if (!old) {
        targets.push({ spec, sheet: worksheets.add(spec.name) });
        continue;
      }
      const fresh = worksheets.add(temporaryName(taken, i));
      fresh.position = old.position;
      // Excel will not delete a very hidden sheet directly.
      if (old.visibility === 'VeryHidden') old.sheet.visibility = 'Hidden';
      old.sheet.delete();
      fresh.name = spec.name;
      targets.push({ spec, sheet: fresh });
    }
    const written = new Set(doc.sheets.map((s) => s.name.toLowerCase()));
    for (const name of doc.removeSheets) {
      const old = existing.get(name.toLowerCase());
      if (!old || written.has(name.toLowerCase())) continue;
      await budget.reserve(commandBytes(name, 2));
      if (old.visibility === 'VeryHidden') old.sheet.visibility = 'Hidden';
      old.sheet.delete();
    }
    for (const { spec, sheet } of targets) await writeSheet(budget, sheet, spec, isSetSupported);
    if (doc.activate) {
      await budget.reserve(commandBytes(doc.activate, 2));
      worksheets.getItem(doc.activate).activate();
    }
    await budget.finish();
  });
}
