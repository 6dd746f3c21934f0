/** The partner line of a roadmap: who, and why this school (or why none), in plain Russian. */
import { sourcesText } from '../flags/format';
import { PARTNER_MIN_PUPILS } from '../flags/partner';
import type { SchoolVerdict } from '../model';
import { parseProcedureKey } from '../procedures';
import { percent } from '../flags/format';
import { failedVerb, procedureTitle } from './plainRussian';
import type { SchoolNames } from './schoolNames';

export function partnerLine(v: SchoolVerdict, names: SchoolNames): string {
  if (v.partnerId && v.partnerBasis?.source === 'district') return `Школа-партнёр: ${names.inDocuments(v.partnerId)} — выбор управления образования (лист «Опора · Сопоставление», раздел «Школы-партнёры»).`;
  if (v.lowResults !== true) return 'Школа-партнёр: не назначается (ОО не отнесена к ШНОР).';
  if (v.partnerId && !v.partnerBasis) return `Школа-партнёр: ${names.inDocuments(v.partnerId)}.`;
  if (!v.partnerId || !v.partnerBasis) {
    return (
      'Школа-партнёр: не назначена — в районе нет ОО, отвечающей всем условиям (не ШНОР, не ШНСУ, не в перечне и не в зоне внимания; ' +
      `результаты по тем же процедурам не хуже районных при ${PARTNER_MIN_PUPILS} и более участниках; без общих высоких факторов риска; не больше допустимого числа подшефных). Назначьте партнёра решением управления образования.`
    );
  }
  const name = names.inDocuments(v.partnerId);
  if (v.partnerBasis.source === 'register') return `Школа-партнёр: ${name} — указана в реестре ОО («Школа-наставник»).`;
  const rows = v.partnerBasis.procedures.map((r) => {
    const p = parseProcedureKey(r.procedureKey);
    return `${procedureTitle(p)}: ${failedVerb(p)} ${Math.round(r.fail * r.participants)} из ${r.participants} (${percent(r.fail)}) при ${percent(r.district)} по району`;
  });
  const where = v.partnerBasis.sameSettlement ? 'тот же населённый пункт; ' : '';
  const cells = sourcesText(v.partnerBasis.procedures.flatMap((r) => r.sources));
  return (
    `Школа-партнёр (предложение Опоры): ${name} — ${where}${rows.join('; ')}; не ШНОР и не ШНСУ, не в перечне и не в зоне внимания, ` +
    `без общих с ОО высоких факторов риска. Источник: ${cells}.`
  );
}
