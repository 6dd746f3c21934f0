/**
 * Chooses the final names of Opora's sheets. A name already used by a sheet Opora does not own (per the
 * `_opora` sheet) is never taken: Opora writes beside it as «Опора · Сводка (2)» and says so.
 */
import type { Diagnostic, SheetGrid } from '../model';

const MAX_SHEET_NAME = 31;

function withSuffix(name: string, n: number): string {
  const suffix = ` (${n})`;
  return name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

/**
 * Maps each preferred name to a final one. `owned` are the names Opora wrote last time; names used by
 * other sheets are avoided, case-insensitively (Excel's sheet names are).
 */
export function resolveSheetNames(
  preferred: string[],
  grids: SheetGrid[],
  owned: string[],
): { names: Map<string, string>; diagnostics: Diagnostic[] } {
  const ownedSet = new Set(owned.map((n) => n.toLowerCase()));
  const taken = new Set(grids.map((g) => g.name.toLowerCase()).filter((n) => !ownedSet.has(n)));
  const names = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  for (const name of preferred) {
    let final = name;
    for (let n = 2; taken.has(final.toLowerCase()); n++) final = withSuffix(name, n);
    taken.add(final.toLowerCase());
    names.set(name, final);
    if (final !== name) {
      diagnostics.push({ severity: 'warning', code: 'owned-name-taken', sheet: name, used: final });
    }
  }
  return { names, diagnostics };
}
