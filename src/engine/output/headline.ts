/**
 * The headline of a result, the same wherever it is printed (the CLI's report, the standalone page, the
 * task pane): «Школ: 22; отмечено: 7 (ШНОР — 5, ШНСУ — 3).», and the flagged schools behind it with their
 * rules. When no school has a ШНСУ verdict (no social passport, or none for the year) the count would read
 * as «none of them is ШНСУ», so it says «ШНСУ — нет данных» instead; a verdict the settings switch off
 * reads «выключен в настройках».
 */
import { FLAG_KIND_RU, type FlagKindLabel } from '../messages/vocabulary';
import type { SwitchedOff } from '../settings/switchedOff';
import type { Summary, SummaryFlag } from './summary';

/** The kinds that make a school «flagged»; the others are marks counted apart. */
export const FLAG_KINDS: FlagKindLabel[] = [FLAG_KIND_RU.lowResults, FLAG_KIND_RU.socialRisk];

export interface FlaggedSchool {
  schoolId: string;
  name: string;
  /** `R1 (ШНОР)`-style, each once. */
  rules: string[];
}

const ruleText = (ruleId: string, kind: string) => `${ruleId} (${kind})`;

/** Schools (in the flags' order) with at least one flag of `kinds`, each with its rules. */
export function schoolsWith(flags: SummaryFlag[], kinds: FlagKindLabel[]): FlaggedSchool[] {
  const bySchool = new Map<string, FlaggedSchool>();
  for (const flag of flags) {
    if (!kinds.includes(flag.kind)) continue;
    const entry = bySchool.get(flag.schoolId) ?? { schoolId: flag.schoolId, name: flag.schoolName, rules: [] };
    const rule = ruleText(flag.ruleId, flag.kind);
    if (!entry.rules.includes(rule)) entry.rules.push(rule);
    bySchool.set(flag.schoolId, entry);
  }
  return [...bySchool.values()];
}

/** Schools whose ШНСУ verdict is «нет данных» (too few social passport indicators, or no passport at all). */
export function shnsuNoData(summary: Pick<Summary, 'verdicts'>): number {
  return summary.verdicts.filter((v) => v.shnsu === null).length;
}

const OFF = 'выключен в настройках';

/**
 * «Школ: N; отмечено: M (ШНОР — a, ШНСУ — b).»; `shnsuNoData` schools without a ШНСУ verdict: when that is
 * every school, «ШНСУ — нет данных»; a verdict `off` (absent in results of older runs) «выключен в настройках».
 */
export function headline(schools: number, flags: SummaryFlag[], shnsuNoData: number, off?: SwitchedOff): string {
  const flagged = schoolsWith(flags, FLAG_KINDS).length;
  const lowResults = off?.shnor ? OFF : String(schoolsWith(flags, [FLAG_KIND_RU.lowResults]).length);
  const socialRisk = off?.shnsu
    ? OFF
    : schools > 0 && shnsuNoData >= schools
      ? 'нет данных'
      : String(schoolsWith(flags, [FLAG_KIND_RU.socialRisk]).length);
  return `Школ: ${schools}; отмечено: ${flagged} (ШНОР — ${lowResults}, ШНСУ — ${socialRisk}).`;
}

/** The headline of a whole summary. */
export function summaryHeadline(summary: Summary): string {
  return headline(summary.schools.length, summary.flags, shnsuNoData(summary), summary.switchedOff);
}
