/**
 * Grounds for inclusion, in the plain Russian of a signed document (seed 003): only what made the school
 * ШНОР or ШНСУ — the fired ШНОР rules of the settings and the social criterion — each with its values in
 * whole pupils, the district comparator and every source cell (the district's «Итого» row where the sheet
 * has one), then the order that put the school on the approved list. Warnings (R2), the objectivity risk
 * and resilience are «also noted», never grounds.
 */
import { percent, pp, sourcesText, threshold } from '../flags/format';
import { SOCIAL_KEYS } from '../indicators/catalogue';
import type { CellRef, Dataset, SchoolVerdict } from '../model';
import { ruleRecord, type FailCountEvidence, type IndicatorEvidence, type R1Record, type R3Record, type SocialRecord } from '../ruleRecords';
import { isSchoolLevel, parseProcedureKey, procedureKey } from '../procedures';
import type { Settings } from '../settings/defaults';
import { failedVerb, failShareName, procedureTitle } from './plainRussian';

/** «ОГЭ по математике (9 класс) — получили «2» 12 из 30 (40,0 %)», from the count of «2» or the share of «2». */
function pupils(e: IndicatorEvidence<'fail'> | FailCountEvidence): string {
  const p = parseProcedureKey(e.procedureKey);
  if (e.kind === 'indicator' && e.participants === undefined) return `${procedureTitle(p)} — ${percent(e.value)}`;
  const count = e.kind === 'failCount' ? e.count : Math.round(e.value * (e.participants ?? 0));
  if (e.participants === undefined || e.participants === 0) return `${procedureTitle(p)} — ${failedVerb(p)} ${count} чел.`;
  return `${procedureTitle(p)} — ${failedVerb(p)} ${count} из ${e.participants} (${percent(count / e.participants)})`;
}

/** The cells of the district's own total row for this procedure and year, if the sheet has one. */
function districtRowCells(dataset: Dataset, e: IndicatorEvidence): CellRef[] {
  const ref = dataset.references.find((r) => r.scope === 'district' && r.year === e.year && procedureKey(r.procedure) === e.procedureKey);
  if (!ref) return [];
  return [ref.counts.m2?.source, ref.counts.n?.source, ref.shares.fail?.source].filter((c): c is CellRef => c !== undefined);
}

function sources(refs: CellRef[]): string {
  return refs.length > 0 ? ` Источник: ${sourcesText(refs)}.` : '';
}

function r1Ground(r: R1Record): string {
  const now = r.evidence.filter((e) => e.met && e.year === r.year);
  const before = r.evidence.filter((e) => e.met && e.year === r.year - 1 && now.some((m) => m.procedureKey === e.procedureKey));
  const limit = threshold(r.params.failShare);
  const text =
    `Массовая неуспешность: в ${r.year} г. доля участников, получивших «2» (на ЕГЭ — не преодолевших минимальный порог), ` +
    `не ниже ${limit} в ${now.length} процедурах: ${now.map(pupils).join('; ')}` +
    (before.length > 0 ? `; то же в ${r.year - 1} г.: ${before.map(pupils).join('; ')}` : '') +
    '.';
  return text + sources([...now, ...before].flatMap((e) => e.sources));
}

function r3Ground(r: R3Record, dataset: Dataset): string {
  const met = r.evidence.filter((e) => e.met);
  const gap = threshold(r.params.gap).replace(' %', ' п.п.');
  const items = met.map((e) => {
    const p = parseProcedureKey(e.procedureKey);
    return `${procedureTitle(p)}, ${e.year} г.: ${failShareName(p)} ${percent(e.value)} при ${percent(e.comparator ?? 0)} по району (${pp(e.value - (e.comparator ?? 0))})`;
  });
  const districtCells = met.flatMap((e) => districtRowCells(dataset, e));
  const comparator = districtCells.length > 0 ? ` Значение по району — итоговая строка района: ${sourcesText(districtCells)}.` : ' Значение по району рассчитано по всем ОО района (сумма «2» ÷ сумма участников).';
  return (
    `Стабильно низкие результаты: доля «2» выше значения по району на ${gap} и более в ${r.params.minYears} из ${r.params.window} последних лет: ${items.join('; ')}.` +
    sources(met.flatMap((e) => e.sources)) +
    comparator
  );
}

function socialGround(r: SocialRecord): string {
  const met = r.evidence.filter((e) => e.met);
  if (met.length === 0) return 'Неблагоприятные социальные условия по данным социального паспорта.';
  const items = met.map((e) => {
    const spec = SOCIAL_KEYS.find((s) => `social.${s.key}` === e.indicator);
    const quartile = spec?.direction === 'better' ? 'нижний' : 'верхний';
    return `доля обучающихся ${spec?.name ?? e.indicator} — ${percent(e.value)} (${quartile} квартиль ОО района — ${percent(e.comparator ?? 0)})`;
  });
  return (
    `Неблагоприятные социальные условия: ${met.length} из ${r.evidence.length} показателей социального паспорта в зоне риска ` +
    `(нужно не меньше ${r.params.minIndicators}): ${items.join('; ')}.` +
    sources(met.flatMap((e) => e.sources))
  );
}

/** The grounds of one school, in order: ШНОР rules, the social criterion, the approved list's order. */
export function groundsOf(v: SchoolVerdict, dataset: Dataset, settings: Settings): string[] {
  const out: string[] = [];
  for (const r of v.rules) {
    if (!r.fired) continue;
    if (r.ruleId === 'R1' && settings.lowResultsRules.includes('R1')) out.push(r1Ground(r));
    if (r.ruleId === 'R3' && settings.lowResultsRules.includes('R3')) out.push(r3Ground(r, dataset));
    if (r.ruleId === 'SOC') out.push(socialGround(r));
  }
  for (const a of dataset.approved.filter((x) => x.schoolId === v.schoolId)) {
    const year = a.yearIncluded !== undefined ? ` в ${a.yearIncluded} г.` : '';
    out.push(`Включена в утверждённый перечень ШНОР${year}${a.basis ? `: ${a.basis}` : ' (основание в перечне не указано)'}. Источник: ${sourcesText([a.source])}.`);
  }
  return out;
}

/** What is noted about a school but is no ground for inclusion: the R2 warning, objectivity risk, resilience. */
export function alsoNoted(v: SchoolVerdict): string[] {
  const out: string[] = [];
  const r2 = ruleRecord(v.rules, 'R2');
  if (r2?.fired) {
    const items = r2.evidence.filter((e): e is IndicatorEvidence<'fail'> | FailCountEvidence => e.kind !== 'noCertificate' && e.met && !isSchoolLevel(e.procedureKey)).map(pupils);
    out.push(`Предупреждение: на экзаменах, обязательных для получения аттестата, есть неудовлетворительные результаты${items.length > 0 ? ` (${items.join('; ')})` : ''}.`);
  }
  if (v.objectivityRisk) out.push('Риск необъективности результатов ВПР: результаты ВПР этой ОО нужно подтвердить (наблюдатели, перепроверка).');
  if (v.resilient) out.push('Резильентная школа: при неблагоприятных социальных условиях результаты обязательных экзаменов не ниже районных.');
  return out;
}
