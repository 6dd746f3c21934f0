/**
 * One way to count flagged schools, used by every sheet that states a count (the list «ШНОР и ШНСУ», the
 * «Сводка», the passport): ШНОР and ШНСУ are counted inclusively (a school that is both counts in each), the
 * overlap is stated, «получают поддержку» is the union, and the approved list counts its own rows.
 */
import type { Analysis, Dataset } from '../model';

export interface FlagCounts {
  schools: number;
  lowResults: number;
  /** No results for the calculation year: ШНОР cannot be decided («нет данных», never «не ШНОР»). */
  lowResultsNoData: number;
  socialRisk: number;
  /** Too few social passport indicators to decide ШНСУ. */
  socialRiskNoData: number;
  both: number;
  /** ШНОР or ШНСУ: the schools that get a roadmap. */
  supported: number;
  /** Schools on the approved list (the «Перечень» sheet), whatever this year's verdict. */
  approved: number;
  objectivity: number;
  warned: number;
  resilient: number;
}

export function flagCounts(analysis: Analysis, dataset: Dataset): FlagCounts {
  const v = analysis.verdicts;
  const lowResults = (x: (typeof v)[number]) => x.lowResults === true;
  const socialRisk = (x: (typeof v)[number]) => x.socialRisk === true;
  return {
    schools: dataset.schools.length,
    lowResults: v.filter(lowResults).length,
    lowResultsNoData: v.filter((x) => x.lowResults === null).length,
    socialRisk: v.filter(socialRisk).length,
    socialRiskNoData: v.filter((x) => x.socialRisk === null).length,
    both: v.filter((x) => lowResults(x) && socialRisk(x)).length,
    supported: v.filter((x) => lowResults(x) || socialRisk(x)).length,
    approved: new Set(dataset.approved.map((a) => a.schoolId)).size,
    objectivity: v.filter((x) => x.objectivityRisk).length,
    warned: v.filter((x) => x.rules.some((r) => r.ruleId === 'R2' && r.fired)).length,
    resilient: v.filter((x) => x.resilient).length,
  };
}

/** The counts in one sentence, the same wherever a count is printed. */
export function flagCountsSentence(c: FlagCounts): string {
  const noData = c.lowResultsNoData > 0 ? ` Нет данных для ШНОР: ${c.lowResultsNoData} ОО (нет результатов за расчётный год).` : '';
  if (c.supported === 0) return `Из ${c.schools} ОО ни одна не отнесена к ШНОР или ШНСУ; в утверждённом перечне — ${c.approved}.${noData}`;
  return (
    `ШНОР — ${c.lowResults}, ШНСУ — ${c.socialRisk} (из них одновременно ШНОР и ШНСУ — ${c.both}); ` +
    `поддержку получают ${c.supported} ОО из ${c.schools}; в утверждённом перечне — ${c.approved} ОО.${noData}`
  );
}
