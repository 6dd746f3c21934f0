/**
 * Entry point of METHODOLOGY §3: evaluates every enabled rule for every school in the current year Y
 * (settings.currentYear, else the latest year with results) and gathers the verdicts: ШНОР, ШНСУ,
 * objectivity risk, резильентность, status against the approved list, risk profile and partner.
 */
import type { Analysis, PreviousYear, Dataset, Diagnostic, Indicators, RuleRecord, SchoolVerdict } from '../model';
import type { LowResultsRecord } from '../ruleRecords';
import { calculateIndicators } from '../indicators/calculate';
import { calculationYear, dataYears } from '../normalize/calculationYear';
import type { Settings } from '../settings/defaults';
import { approvalStatus, exitCriteria, type YearVerdict } from './approvalStatus';
import { makeContext, type RuleContext } from './context';
import { objectivity } from './objectivity';
import { assignPartners } from './partner';
import { applyPartnerChoices } from './partnerChoice';
import { r1MassFailure } from './r1MassFailure';
import { r2NoCertificate } from './r2NoCertificate';
import { r3StablyLow } from './r3StablyLow';
import { resilient } from './resilient';
import { riskProfiles } from './riskProfile';
import { shnsu } from './shnsu';

/** The ШНОР rules (R1, R3) that are enabled and listed in `lowResultsRules`, evaluated for one year. */
function lowResultsRecords(ctx: RuleContext, schoolId: string, year: number): LowResultsRecord[] {
  const s = ctx.settings;
  const out: LowResultsRecord[] = [];
  if (s.r1.enabled) out.push(r1MassFailure(ctx, schoolId, year));
  if (s.r3.enabled) out.push(r3StablyLow(ctx, schoolId, year));
  return out;
}

function yearVerdict(ctx: RuleContext, records: LowResultsRecord[], year: number): YearVerdict {
  const making = records.filter((r) => ctx.settings.lowResultsRules.includes(r.ruleId));
  return { year, flagged: making.some((r) => r.fired), evaluable: making.some((r) => r.outcome !== 'no_data') };
}

/** A social passport that gives no value for year Y makes every ШНСУ «нет данных»: an error, not a shrug. */
function passportGap(dataset: Dataset, indicators: Indicators, year: number): Diagnostic[] {
  const sheets = dataset.sheets.filter((s) => s.role === 'contingent').map((s) => `«${s.sheet}»`);
  if (sheets.length === 0 || indicators.values.some((v) => v.year === year && v.id.startsWith('social.'))) return [];
  return [{ severity: 'error', code: 'missing-passport-year', sheets: sheets.join(', '), year }];
}

function diagnose(dataset: Dataset, indicators: Indicators, year: number, years: number[]): Diagnostic[] {
  const out: Diagnostic[] = passportGap(dataset, indicators, year);
  if (dataset.results.length > 0 && !years.includes(year)) out.push({ severity: 'warning', code: 'methodology-year-without-results', year });
  if (dataset.results.length > 0 && !years.includes(year - 1)) out.push({ severity: 'info', code: 'methodology-no-previous-year', year });
  if (dataset.contingent.length === 0) out.push({ severity: 'info', code: 'methodology-no-contingent' });
  return out;
}

/** Which schools the ШНОР rules flagged in the year before Y (for the monitoring's «прошлый год»). */
function previousYear(ctx: RuleContext, dataset: Dataset, year: number, verdictOf: (schoolId: string) => YearVerdict): PreviousYear {
  const flagged: string[] = [];
  const noData: string[] = [];
  for (const school of dataset.schools) {
    const v = verdictOf(school.id);
    if (v.flagged) flagged.push(school.id);
    else if (ctx.procedures(school.id, year).length === 0) noData.push(school.id);
  }
  return { year, flagged, noData };
}

export function analyse(dataset: Dataset, settings: Settings): { analysis: Analysis; diagnostics: Diagnostic[] } {
  const indicators = calculateIndicators(dataset, settings.minN);
  const ctx = makeContext(dataset, settings, indicators);
  const year = settings.currentYear ?? calculationYear(dataset) ?? 0;
  const years = dataYears(dataset);
  const profiles = riskProfiles(ctx, year);
  const approved = new Set(dataset.approved.map((a) => a.schoolId));
  // The ШНОР verdict of Y − 1, asked by the exit criteria and by the previous year's list: evaluated once.
  const before = new Map<string, YearVerdict>();
  const verdictBefore = (id: string): YearVerdict => {
    let v = before.get(id);
    if (!v) before.set(id, (v = yearVerdict(ctx, lowResultsRecords(ctx, id, year - 1), year - 1)));
    return v;
  };

  const verdicts: SchoolVerdict[] = dataset.schools.map((school) => {
    const id = school.id;
    const obj = settings.objectivity.enabled ? objectivity(ctx, id, year) : undefined;
    // ВПР results of a school at risk still count, but their explanation says they may be biased.
    const now = lowResultsRecords(ctx, id, year).map((r) => (obj?.fired ? { ...r, objectivityRisk: true } : r));
    const verdictNow = yearVerdict(ctx, now, year);
    const rules: RuleRecord[] = [...now];
    if (settings.r2.enabled) rules.push(r2NoCertificate(ctx, id, year));
    if (obj) rules.push(obj);
    const soc = settings.shnsu.enabled ? shnsu(ctx, id, year) : undefined;
    if (soc) rules.push(soc.record);
    const socialRisk = soc ? (soc.record.outcome === 'no_data' ? null : soc.record.fired) : null;
    // No «2» share of year Y: the ШНОР rules saw nothing of that year, so ШНОР is «нет данных», not «нет».
    const lowResults = verdictNow.flagged ? true : ctx.procedures(id, year).length > 0 ? false : null;
    const res = resilient(ctx, id, year, socialRisk, lowResults);
    rules.push(res);
    const objectivityRisk = obj?.fired ?? false;
    let status: SchoolVerdict['status'];
    if (dataset.approved.length > 0) {
      const onList = approved.has(id);
      const exit = onList && !verdictNow.flagged
        ? exitCriteria(ctx, id, year, [verdictBefore(id), verdictNow], objectivityRisk)
        : undefined;
      if (exit) rules.push(exit);
      status = approvalStatus(onList, verdictNow.flagged, exit);
    }
    return {
      schoolId: id,
      lowResults,
      socialRisk,
      objectivityRisk,
      resilient: res.fired,
      ...(soc?.socialIndex !== undefined ? { socialIndex: soc.socialIndex } : {}),
      ...(status ? { status } : {}),
      rules,
      riskFactors: profiles.get(id) ?? [],
    };
  });

  const partners = assignPartners(ctx, verdicts, year);
  for (const v of verdicts) {
    const p = partners.get(v.schoolId);
    if (p) {
      v.partnerId = p.id;
      v.partnerBasis = p.basis;
    }
  }
  const choices = applyPartnerChoices(dataset, verdicts);
  const previous = years.includes(year - 1) ? previousYear(ctx, dataset, year - 1, verdictBefore) : undefined;
  return { analysis: { year, years, indicators, verdicts, ...(previous ? { previous } : {}) }, diagnostics: [...diagnose(dataset, indicators, year, years), ...choices] };
}
