/**
 * The write path: one `Excel.run` that applies an OutputDocument the engine built in full. Sync 1 lists
 * the sheets; then, under the request budget, `replace` sheets are swapped for fresh ones at the same
 * position (added under a temporary name first, so the workbook never loses its last visible sheet),
 * `createOnce` sheets are added only when absent, `removeSheets` are deleted, and each new sheet is
 * written. Sheets the document does not name are never touched. The active sheet is never deleted while
 * active (what Excel does then is undocumented): its replacement, or another sheet that stays, is
 * activated first.
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

/** A sheet that stays visible after the removals: the first one written, else a visible one not removed. */
function refuge(targets: { sheet: Excel.Worksheet }[], existing: Map<string, ExistingSheet>, removed: string[]): Excel.Worksheet | undefined {
  if (targets.length > 0) return targets[0].sheet;
  return [...existing].find(([name, s]) => s.visibility === 'Visible' && !removed.includes(name))?.[1].sheet;
}

export async function applyDocument(run: ExcelRun, isSetSupported: IsSetSupported, doc: OutputDocument): Promise<void> {
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/visibility,items/position');
    const active = worksheets.getActiveWorksheet().load('name');
    await context.sync();
    const activeName = active.name.toLowerCase();
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
      if (spec.name.toLowerCase() === activeName) fresh.activate();
      old.sheet.delete();
      fresh.name = spec.name;
      targets.push({ spec, sheet: fresh });
    }
    const written = new Set(doc.sheets.map((s) => s.name.toLowerCase()));
    const removed = doc.removeSheets.map((n) => n.toLowerCase()).filter((n) => existing.has(n) && !written.has(n));
    for (const name of removed) {
      const old = existing.get(name) as ExistingSheet;
      await budget.reserve(commandBytes(name, 3));
      if (old.visibility === 'VeryHidden') old.sheet.visibility = 'Hidden';
      if (name === activeName) refuge(targets, existing, removed)?.activate();
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
