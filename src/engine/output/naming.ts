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
      diagnostics.push({ severity: 'warning', code: 'owned-name-taken', sheet: name, params: { name, used: final } });
    }
  }
  return { names, diagnostics };
}

/** «Опора · Настройки (2)» → «Опора · Настройки»; other names unchanged. */
function preferredOf(name: string): string {
  return name.replace(/ \(\d+\)$/, '');
}

/**
 * The grids as the readers of Opora's user-editable sheets (settings, catalogue, corrections) should see
 * them: Opora's own sheet under its preferred name even when it had to be written as «… (2)», and a
 * user's sheet that merely carries one of Opora's names left out (the naming diagnostic already tells the
 * user about it). Before Opora has
 * recorded any sheet (first run), grids are returned as they are.
 */
export function ownedSheetsByPreferredName(grids: SheetGrid[], owned: string[]): SheetGrid[] {
  if (owned.length === 0) return grids;
  const ownedSet = new Set(owned);
  const preferredOwned = new Set(owned.map(preferredOf));
  return grids
    .filter((g) => ownedSet.has(g.name) || !preferredOwned.has(g.name))
    .map((g) => (ownedSet.has(g.name) && g.name !== preferredOf(g.name) ? { ...g, name: preferredOf(g.name) } : g));
}
