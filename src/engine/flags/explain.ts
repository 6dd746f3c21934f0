/**
 * Russian explanations of rule records (METHODOLOGY §3: «every flag explains which rule, which values,
 * which threshold and which years»). Rendered only from the record — nothing is recomputed here — so the
 * sentence and the sheet always agree with what the rule looked at.
 */
import { assertNever } from '../assertNever';
import type { Dataset } from '../model';
import type {
  Exclusion,
  ExitRecord,
  IndicatorEvidence,
  ObjectivityRecord,
  R1Record,
  R2Record,
  R3Record,
  ResilientRecord,
  RuleEvidence,
  RuleId,
  RuleRecord,
  LowResultsRecord,
  SocialRecord,
} from '../ruleRecords';
import { SOCIAL_KEYS } from '../indicators/catalogue';
import { CONJUNCTION_RU } from '../messages/vocabulary';
import { isSchoolLevel, isVpr } from '../procedures';
import { inProcedures, label, percent, pp, sourcesText, threshold } from './format';
import { refusedTail } from './refusedValues';

const RULE_NAMES: Record<RuleId, string> = {
  R1: 'R1 «Массовая неуспешность»',
  R2: 'R2 «Выпускники без аттестата / ниже минимума на обязательном ГИА»',
  R3: 'R3 «Стабильно низкие результаты»',
  OBJ: 'Риск необъективности ВПР',
  SOC: 'ШНСУ (неблагоприятные социальные условия)',
  RES: 'Резильентная школа',
  EXIT: 'Критерии перехода в эффективный режим',
};

/** Why values were left out, as the explanation says it. */
const EXCLUSIONS: Record<Exclusion, string> = {
  few_participants: 'мало участников',
  few_pupils: 'недостаточно данных',
  no_data: 'нет данных для сравнения',
};

function sourceTail(evidence: RuleEvidence[]): string {
  const refs = evidence.flatMap((e) => e.sources);
  return refs.length > 0 ? `; источник: ${sourcesText(refs)}` : '';
}

function excludedTail(evidence: IndicatorEvidence[], minN: number): string {
  const ex = evidence.filter((e) => e.excluded);
  if (ex.length === 0) return '';
  const items = ex.map((e) => {
    const who = isSchoolLevel(e.procedureKey) ? '' : label(e.procedureKey);
    const n = e.participants !== undefined ? ` — ${e.participants} уч.` : '';
    return `${who} ${e.year} г.${n} (${e.excluded ? EXCLUSIONS[e.excluded] : ''})`.trim();
  });
  return `; не учтены, меньше ${minN} участников не используются отдельно: ${items.join(', ')}`;
}

/** «; ВПР мат 5: результат может быть необъективным» for ВПР values of a school with an objectivity risk. */
function objectivityTail(r: LowResultsRecord, used: IndicatorEvidence[]): string {
  if (!r.objectivityRisk) return '';
  const vpr = [...new Set(used.filter((e) => isVpr(e.procedureKey)).map((e) => label(e.procedureKey)))];
  return vpr.length > 0 ? `; ${vpr.join(', ')}: результат может быть необъективным (риск необъективности ВПР)` : '';
}

function list(evidence: IndicatorEvidence[]): string {
  return evidence.map((e) => `${label(e.procedureKey)} — ${percent(e.value)}`).join(', ');
}

function explainR1(r: R1Record): string {
  const share = threshold(r.params.failShare);
  const metNow = r.evidence.filter((e) => e.year === r.year && e.met);
  const metBefore = r.evidence.filter((e) => e.year === r.year - 1 && e.met && metNow.some((m) => m.procedureKey === e.procedureKey));
  const head = r.fired ? 'R1' : 'R1 не выполнено';
  if (r.outcome === 'no_data') return `R1: нет данных о доле «2» за ${r.year} г.${excludedTail(r.evidence, r.params.minN)}`;
  let text = `${head}: доля «2» ≥ ${share} ${inProcedures(metNow.length)} ${r.year} г.`;
  if (metNow.length > 0) text += ` (${list(metNow)})`;
  const before = metBefore.map((e) => `${label(e.procedureKey)} в ${e.year} г. (${percent(e.value)})`).join(', ');
  if (metBefore.length > 0) text += ` и в ${before}`;
  else if (metNow.length > 0) text += `; ни одна из них не имела доли «2» ≥ ${share} в ${r.year - 1} г.`;
  if (!r.fired) text += ` (нужно ≥ ${r.params.minProcedures} процедур ${CONJUNCTION_RU[r.params.combine]} повтор в ${r.year - 1} г.)`;
  return text + objectivityTail(r, [...metNow, ...metBefore]) + excludedTail(r.evidence, r.params.minN) + sourceTail([...metNow, ...metBefore]);
}

function explainR3(r: R3Record, comparatorName: string): string {
  const gap = threshold(r.params.gap).replace(' %', ' п.п.');
  const span = `${r.years[0]}–${r.years[r.years.length - 1]} гг.`;
  if (r.outcome === 'no_data') return `R3: нет данных о доле «2» за ${span}${excludedTail(r.evidence, r.params.minN)}`;
  const met = r.evidence.filter((e) => e.met);
  const byProc = [...new Set(met.map((e) => e.procedureKey))].map((p) => {
    const rows = met.filter((e) => e.procedureKey === p);
    const detail = rows.map((e) => `${e.year} г. — ${percent(e.value)} при ${percent(e.comparator ?? 0)} ${comparatorName} (${pp(e.value - (e.comparator ?? 0))})`).join(', ');
    return `${label(p)}: ${detail}`;
  });
  const head = r.fired ? 'R3' : 'R3 не выполнено';
  const need = `≥ ${r.params.minYears} из ${r.params.window} лет`;
  const body = byProc.length > 0 ? byProc.join('; ') : 'ни в одной процедуре и ни в одном году';
  return `${head}: доля «2» выше значения ${comparatorName} на ≥ ${gap} (нужно ${need}, ${span}): ${body}${objectivityTail(r, met)}${excludedTail(r.evidence, r.params.minN)}${sourceTail(met)}`;
}

function explainR2(r: R2Record): string {
  if (r.outcome === 'no_data') return `R2: нет данных об обязательных ОГЭ/ЕГЭ и аттестатах за ${r.year} г.`;
  if (!r.fired) return `R2: в ${r.year} г. нет «2» на обязательных ОГЭ/ЕГЭ и выпускников без аттестата`;
  const met = r.evidence.filter((e) => e.met);
  const items = met.map((e) => {
    switch (e.kind) {
      case 'noCertificate':
        return `не получили аттестат — ${e.count} чел.`;
      case 'indicator':
        return `${label(e.procedureKey)} — доля «2» ${percent(e.value)}`;
      case 'failCount':
        return `${label(e.procedureKey)} — «2» у ${e.count} чел.${e.participants !== undefined ? ` из ${e.participants}` : ''}`;
      default:
        return assertNever(e);
    }
  });
  return `R2 (предупреждение): в ${r.year} г. ${items.join(', ')} (достаточно одного обучающегося)${sourceTail(met)}`;
}

function explainObjectivity(r: ObjectivityRecord): string {
  const describe = (e: ObjectivityRecord['evidence'][number]): string => {
    if (e.kind === 'markers') return `маркеры Рособрнадзора: ${e.procedures.join(', ')} (${e.count})`;
    const what = e.indicator === 'higher' ? 'повысили' : 'понизили';
    const n = e.participants !== undefined ? `, ${e.participants} уч.` : '';
    return `${label(e.procedureKey)} — ${what} ${percent(e.value)} (порог > ${threshold(e.comparator ?? 0)}${n})`;
  };
  const few = r.evidence.filter((e): e is IndicatorEvidence<'higher' | 'lower'> => e.kind === 'indicator' && e.excluded !== undefined);
  const fewText = few.length > 0 ? `; недостаточно данных (меньше ${r.params.minAny} уч. или нет числа учеников): ${[...new Set(few.map((e) => `${label(e.procedureKey)}${e.participants !== undefined ? ` — ${e.participants} уч.` : ''}`))].join(', ')}` : '';
  if (r.outcome === 'no_data') return `Объективность ВПР ${r.year} г.: нет данных${fewText}`;
  const met = r.evidence.filter((e) => e.met);
  if (!r.fired) return `Объективность ВПР ${r.year} г.: риск не выявлен (нужно «повысили» > ${threshold(r.params.higherMax)} или «понизили» > ${threshold(r.params.lowerMax)} при ≥ ${r.params.minPupils} уч.)${fewText}`;
  return `Риск необъективности ВПР ${r.year} г.: ${met.map(describe).join('; ')}; результаты этих ВПР могут быть необъективными${fewText}${sourceTail(met)}`;
}

function explainSocial(r: SocialRecord): string {
  const name = (id: string): string => SOCIAL_KEYS.find((s) => `social.${s.key}` === id)?.name ?? id;
  const items = r.evidence.map((e) => {
    const better = SOCIAL_KEYS.find((s) => `social.${s.key}` === e.indicator)?.direction === 'better';
    return `${name(e.indicator)} — ${percent(e.value)} (${better ? 'Q1' : 'Q3'} ${percent(e.comparator ?? 0)}${e.met ? ', в зоне риска' : ''})`;
  });
  const need = `нужно ≥ ${r.params.minIndicators} при ≥ ${r.params.minAvailable} показателях с данными`;
  if (r.outcome === 'no_data') return `ШНСУ: нет данных — показателей социального паспорта ${r.evidence.length} (${need})`;
  const met = r.evidence.filter((e) => e.met).length;
  const head = r.fired ? 'ШНСУ' : 'ШНСУ не выявлена';
  return `${head}: в зоне риска (доля не ниже Q3 района; для доли родителей с высшим образованием — не выше Q1) ${met} из ${r.evidence.length} показателей (${need}): ${items.join(', ')}${sourceTail(r.evidence.filter((e) => e.met))}`;
}

function explainResilient(r: ResilientRecord): string {
  const items = r.evidence.filter((e) => !e.excluded).map((e) => `${label(e.procedureKey)} — ${percent(e.value)} при ${percent(e.comparator ?? 0)} по району`);
  if (r.fired) return `Резильентная школа: ШНСУ и не ШНОР, успеваемость ${r.year} г. не ниже района в обязательных процедурах (${items.join(', ')})${sourceTail(r.evidence)}`;
  if (r.outcome === 'no_data') return `Резильентность: нет данных об успеваемости на обязательных ГИА ${r.year} г.`;
  const why = [!r.socialRisk ? 'не ШНСУ' : '', r.lowResults ? 'ШНОР' : '', r.evidence.some((e) => !e.excluded && !e.met) ? 'успеваемость ниже района' : ''].filter(Boolean);
  return `Не резильентная (${why.join(', ')}): ${items.join(', ')}`;
}

function explainExit(r: ExitRecord): string {
  const parts = r.evidence.map((e) => {
    switch (e.kind) {
      case 'lowResultsYear':
        return e.excluded ? `${e.year} г.: нет данных для правил ШНОР` : `${e.year} г.: ${e.flagged ? 'ШНОР' : 'правила ШНОР не сработали'}`;
      case 'objectivity':
        return e.risk ? 'есть риск необъективности ВПР' : 'объективность ВПР подтверждена';
      case 'failCount':
        return `${label(e.procedureKey)} ${e.year} г.: «2» у ${e.count} чел.`;
      default:
        return assertNever(e);
    }
  });
  const head = r.fired ? 'Критерии выхода выполнены' : 'Критерии выхода не выполнены';
  return `${head} (${r.params.consecutiveYears} года подряд без ШНОР, нет «2» на обязательных ОГЭ, объективность): ${parts.join('; ')}${sourceTail(r.evidence)}`;
}

/** Municipalities by school id, indexed once per dataset (an explanation is written for every R3 record). */
const municipalities = new WeakMap<Dataset, Map<string, string | undefined>>();

function municipalityOf(dataset: Dataset, schoolId: string): string | undefined {
  let index = municipalities.get(dataset);
  if (!index) {
    index = new Map();
    // The first school of an id, as a search from the start would find it.
    for (const s of dataset.schools) if (!index.has(s.id)) index.set(s.id, s.municipality);
    municipalities.set(dataset, index);
  }
  return index.get(schoolId);
}

/** The explanation of one rule record, in Russian. */
export function explainRule(record: RuleRecord, dataset: Dataset): string {
  return explainBody(record, dataset) + refusedTail(record, dataset);
}

function explainBody(record: RuleRecord, dataset: Dataset): string {
  switch (record.ruleId) {
    case 'R1':
      return explainR1(record);
    case 'R3': {
      const municipality = municipalityOf(dataset, record.schoolId);
      const name = record.params.comparator === 'region' ? 'по региону' : municipality ? `по муниципалитету «${municipality}»` : 'по району';
      return explainR3(record, name);
    }
    case 'R2':
      return explainR2(record);
    case 'OBJ':
      return explainObjectivity(record);
    case 'SOC':
      return explainSocial(record);
    case 'RES':
      return explainResilient(record);
    case 'EXIT':
      return explainExit(record);
    default:
      return assertNever(record);
  }
}

/** The rule's display name. */
export function ruleName(id: RuleId): string {
  return RULE_NAMES[id];
}

