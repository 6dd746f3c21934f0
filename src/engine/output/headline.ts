/**
 * The headline of a result, the same wherever it is printed (the CLI's report, the standalone page, the
 * task pane): «Школ: 22; отмечено: 7 (ШНОР — 5, ШНСУ — 3).», and the flagged schools behind it with their
 * rules. A count never reads as «the others are not»: schools without a verdict (no social passport, no
 * results for the year) are counted apart as «нет данных», and a verdict the settings switch off reads
 * «выключен в настройках».
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

/** Schools without a verdict («нет данных»): ШНОР — no «2» share of year Y; ШНСУ — too few social passport indicators, or no passport. */
export interface NoVerdict {
  shnor: number;
  shnsu: number;
}

export function noVerdict(summary: Pick<Summary, 'verdicts'>): NoVerdict {
  return {
    shnor: summary.verdicts.filter((v) => v.shnor === null).length,
    shnsu: summary.verdicts.filter((v) => v.shnsu === null).length,
  };
}

const OFF = 'выключен в настройках';

/**
 * «Школ: N; отмечено: M (ШНОР — a, ШНСУ — b).» A count stands only for the schools that have the verdict:
 * when some schools have none, «; нет данных: ШНОР — c, ШНСУ — d» follows; when none has, the count reads
 * «нет данных»; a verdict `off` reads «выключен в настройках». `noData` and `off` may be missing (results
 * of older runs).
 */
export function headline(schools: number, flags: SummaryFlag[], noData: Partial<NoVerdict>, off?: SwitchedOff): string {
  const flagged = schoolsWith(flags, FLAG_KINDS).length;
  const missing: string[] = [];
  const count = (kind: FlagKindLabel, isOff: boolean | undefined, without = 0): string => {
    if (isOff) return OFF;
    if (schools > 0 && without >= schools) return 'нет данных';
    if (without > 0) missing.push(`${kind} — ${without}`);
    return String(schoolsWith(flags, [kind]).length);
  };
  const lowResults = count(FLAG_KIND_RU.lowResults, off?.shnor, noData.shnor);
  const socialRisk = count(FLAG_KIND_RU.socialRisk, off?.shnsu, noData.shnsu);
  const without = missing.length > 0 ? `; нет данных: ${missing.join(', ')}` : '';
  return `Школ: ${schools}; отмечено: ${flagged} (ШНОР — ${lowResults}, ШНСУ — ${socialRisk}${without}).`;
}

/** The headline of a whole summary. */
export function summaryHeadline(summary: Summary): string {
  return headline(summary.schools.length, summary.flags, noVerdict(summary), summary.switchedOff);
}
