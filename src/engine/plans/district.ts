/**
 * The district a document is for: the name typed into `Опора · Настройки`, else the first title line of an
 * input sheet that names one («Реестр ОО Энского муниципального района» → «Энского муниципального района»),
 * with the cell it came from so a diagnostic can say which. Titles give the genitive, which is how the
 * documents use it («План мероприятий … Энского района»).
 */
import type { CellRef, Diagnostic, SheetGrid } from '../model';
import { a1 } from '../a1';

/** «Энского района», «Энского муниципального района», «Ново-Энского муниципального округа». */
const GENITIVE_DISTRICT = /(?<![А-ЯЁа-яё])([А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)?(?:ского|цкого|ного)\s+(?:муниципального\s+)?(?:района|округа))(?![а-яё])/;
/** Title lines are read from the top of a sheet only. */
const TITLE_ROWS = 5;

export interface DistrictName {
  /** As typed in settings, or the genitive phrase from a title. */
  text: string;
  /** `settings` when typed by the user; otherwise the title cell it was read from. */
  source: 'settings' | CellRef;
}

/** The district from settings, else from the titles of the user's sheets; null when neither names one. */
export function resolveDistrict(typed: string, grids: SheetGrid[], isOwned: (sheet: string) => boolean): DistrictName | null {
  if (typed.trim()) return { text: typed.trim(), source: 'settings' };
  for (const grid of grids) {
    if (isOwned(grid.name)) continue;
    for (let r = 0; r < Math.min(TITLE_ROWS, grid.values.length); r++) {
      for (const [c, cell] of (grid.values[r] ?? []).entries()) {
        if (typeof cell !== 'string') continue;
        const m = GENITIVE_DISTRICT.exec(cell.replace(/\s+/g, ' '));
        if (m) return { text: m[1], source: { sheet: grid.name, cell: a1(r, c) } };
      }
    }
  }
  return null;
}

/** How a title names the district: «, Энский район» as typed, « Энского района» from a title; '' for none. */
export function districtInTitle(district: DistrictName | null | undefined): string {
  if (!district) return '';
  return district.source === 'settings' ? `, ${district.text}` : ` ${district.text}`;
}

/** Says where the documents' district came from: a title (which cell), or nowhere (blanks are left). */
export function districtDiagnostics(district: DistrictName | null): Diagnostic[] {
  if (!district) return [{ severity: 'info', code: 'plans-district-unknown', }];
  if (district.source === 'settings') return [];
  return [{ severity: 'info', code: 'plans-district-from-title', sheet: district.source.sheet, cell: district.source.cell, district: district.text }];
}
