/**
 * The indicators of the municipal monitoring, section 1.2 «Система работы со школами с низкими результатами
 * обучения и/или школами, функционирующими в неблагоприятных социальных условиях» (Рособрнадзор letter of
 * 20.04.2021 № 08-70), for the calculation year and the year before: each a value, its formula in words and
 * where it comes from (an Opora sheet, or the input cells), so a person can recompute it.
 */
import { cellRef, percent, threshold } from '../flags/format';
import type { IndicatorValue } from '../model';
import { OWNED_SHEETS } from '../owned';
import { isCompulsoryKey, parseProcedureKey, type ProcedureKey } from '../procedures';
import { procedureTitle } from './plainRussian';
import { isSupported, servedSchools } from './selection';
import type { SheetInput } from './sheetInput';

export interface MonitoringRow {
  label: string;
  /** Values for Y − 1 and Y, as printed; null where the data do not allow one. */
  previous: string | null;
  current: string;
  formula: string;
  source: string;
}

const share = (n: number, d: number): string => (d > 0 ? `${n} из ${d} (${percent(n / d)})` : `${n} из 0`);

/** «2» of the given schools on one procedure in one year, pooled, with the values it pools (their cells are the source). */
function pooledFail(input: SheetInput, ids: readonly string[], procedureKey: ProcedureKey, year: number): { text: string; values: IndicatorValue[] } | null {
  const values = ids.map((id) => input.index.value(id, year, procedureKey, 'fail')).filter((v): v is IndicatorValue => v?.numerator !== undefined && !!v.denominator);
  if (values.length === 0) return null;
  const n = values.reduce((a, v) => a + v.numerator!, 0);
  const d = values.reduce((a, v) => a + v.denominator!, 0);
  return { text: share(n, d), values };
}

/** The years the ШНОР criteria read, of those in the data: Y and Y − 1 for R1, the last `window` years for R3. */
function criteriaYears(input: SheetInput): number[] {
  const { analysis, settings } = input;
  const r1 = settings.lowResultsRules.includes('R1') && settings.r1.enabled ? 2 : 0;
  const r3 = settings.lowResultsRules.includes('R3') && settings.r3.enabled ? settings.r3.window : 0;
  const span = Math.max(r1, r3);
  return analysis.years.filter((y) => y <= analysis.year && y > analysis.year - span);
}

export function monitoringRows(input: SheetInput): MonitoringRow[] {
  const { analysis, dataset, settings, measures } = input;
  const y = analysis.year;
  const prev = analysis.previous;
  const schools = analysis.verdicts.length;
  const lowResultSchools = analysis.verdicts.filter((v) => v.lowResults === true);
  const socialRiskSchools = analysis.verdicts.filter((v) => v.socialRisk === true);
  const supported = analysis.verdicts.filter(isSupported);
  const names = (ids: string[]) => (ids.length > 0 ? ids.map(input.names.inDocuments).join(', ') : 'нет');
  const flagsSheet = `лист «${OWNED_SHEETS.flags}»`;
  const rows: MonitoringRow[] = [];

  rows.push({
    label: 'Критерии отнесения к ШНОР',
    previous: null,
    current: [
      settings.lowResultsRules.includes('R1') && settings.r1.enabled
        ? `массовая неуспешность — доля «2» не ниже ${threshold(settings.r1.failShare)} в ${settings.r1.minProcedures} процедурах года ${settings.r1.combine === 'and' ? 'и в одной из них в прошлом году' : 'или в одной из них в прошлом году'}`
        : '',
      settings.lowResultsRules.includes('R3') && settings.r3.enabled
        ? `стабильно низкие результаты — доля «2» выше района на ${threshold(settings.r3.gap).replace(' %', ' п.п.')} в ${settings.r3.minYears} из ${settings.r3.window} лет`
        : '',
    ]
      .filter(Boolean)
      .join('; '),
    formula: `по результатам оценочных процедур ${criteriaYears(input).join(', ')} гг.; не меньше ${settings.minN} участников в процедуре`,
    source: `лист «${OWNED_SHEETS.settings}»`,
  });
  rows.push({
    label: 'Критерии отнесения к ШНСУ',
    previous: null,
    current: `не меньше ${settings.shnsu.minIndicators} показателей социального паспорта в зоне риска (не ниже верхнего квартиля ОО района) при ${settings.shnsu.minAvailable} и более показателях с данными`,
    formula: 'по социальному паспорту ОО расчётного года',
    source: `лист «${OWNED_SHEETS.settings}»`,
  });
  rows.push({
    label: 'Число и доля ШНОР',
    previous: prev ? share(prev.flagged.length, schools) : null,
    current: share(lowResultSchools.length, schools),
    formula: 'ОО, отнесённые к ШНОР по критериям выше ÷ все ОО в данных',
    source: `${flagsSheet}, признак «ШНОР»`,
  });
  rows.push({
    label: 'Число и доля ШНСУ',
    previous: null,
    current: share(socialRiskSchools.length, schools),
    formula: 'ОО, отнесённые к ШНСУ ÷ все ОО (за прошлый год — нужен социальный паспорт прошлого года)',
    source: `${flagsSheet}, признак «ШНСУ»`,
  });
  const listed = new Set(dataset.approved.map((a) => a.schoolId));
  const listedBefore = new Set(dataset.approved.filter((a) => a.yearIncluded !== undefined && a.yearIncluded <= y - 1).map((a) => a.schoolId));
  rows.push({
    label: 'Число ОО в утверждённом перечне ШНОР',
    previous: dataset.approved.some((a) => a.yearIncluded !== undefined) ? String(listedBefore.size) : null,
    current: String(listed.size),
    formula: 'строки утверждённого перечня (за прошлый год — включённые не позже прошлого года)',
    source: dataset.approved.length > 0 ? dataset.approved.map((a) => cellRef(a.source)).join(', ') : 'перечня в книге нет',
  });
  rows.push({
    label: 'Доля ШНОР и ШНСУ с дорожной картой (программой перехода в эффективный режим)',
    previous: null,
    current: share(supported.length, supported.length),
    formula: 'ОО с блоком на листе дорожных карт ÷ ШНОР и ШНСУ',
    source: `лист «${OWNED_SHEETS.roadmap}»`,
  });
  const withPartner = lowResultSchools.filter((v) => v.partnerId);
  rows.push({
    label: 'Доля ШНОР со школой-партнёром',
    previous: null,
    current: share(withPartner.length, lowResultSchools.length),
    formula: `ШНОР со школой-партнёром (из реестра или предложенной Опорой) ÷ ШНОР; без партнёра: ${names(lowResultSchools.filter((v) => !v.partnerId).map((v) => v.schoolId))}`,
    source: `${flagsSheet}, столбец «Школа-партнёр»`,
  });
  const training = measures.filter((m) => m.direction === 'staff');
  const trained = new Set(training.flatMap((m) => {
    const served = servedSchools(m, analysis, input.attentionIds);
    return served === 'all' ? supported.map((v) => v.schoolId) : served;
  }));
  rows.push({
    label: 'Доля ШНОР и ШНСУ с мерой повышения квалификации педагогов в плане',
    previous: null,
    current: share(supported.filter((v) => trained.has(v.schoolId)).length, supported.length),
    formula: 'ШНОР и ШНСУ, названные в разделе «Развитие кадрового потенциала …» плана ÷ ШНОР и ШНСУ',
    source: `лист «${OWNED_SHEETS.eventPlan}»`,
  });
  const left = analysis.verdicts.filter((v) => v.status === 'now-effective').map((v) => v.schoolId);
  const entered = analysis.verdicts.filter((v) => v.status === 'new-candidate').map((v) => v.schoolId);
  rows.push({
    label: 'Вышли из перечня (перешли в эффективный режим работы)',
    previous: null,
    current: `${left.length}: ${names(left)}`,
    formula: 'ОО перечня, которые два года подряд не отнесены к ШНОР, без «2» на обязательных ОГЭ и без риска необъективности',
    source: `${flagsSheet}, столбец «Статус»`,
  });
  rows.push({
    label: 'Вошли в перечень (новые кандидаты)',
    previous: null,
    current: `${entered.length}: ${names(entered)}`,
    formula: 'ШНОР расчётного года, которых нет в утверждённом перечне',
    source: `${flagsSheet}, столбец «Статус»`,
  });
  const exams = [...new Set(analysis.indicators.values.filter((v) => v.id === 'fail' && v.year === y && isCompulsoryKey(v.procedureKey)).map((v) => v.procedureKey))].sort();
  const all = dataset.schools.map((s) => s.id);
  for (const key of exams) {
    const title = procedureTitle(parseProcedureKey(key));
    const now = pooledFail(input, lowResultSchools.map((v) => v.schoolId), key, y);
    const before = prev ? pooledFail(input, prev.flagged, key, y - 1) : null;
    if (now) {
      rows.push({
        label: `Доля «2» в ШНОР: ${title}`,
        previous: prev ? before?.text ?? 'ШНОР не было' : null,
        current: now.text,
        formula: 'сумма «2» ШНОР ÷ сумма участников ШНОР (за прошлый год — ШНОР прошлого года)',
        source: [...new Set([...now.values, ...(before?.values ?? [])].flatMap((v) => v.sources).map(cellRef))].join(', '),
      });
    }
    const districtNow = pooledFail(input, all, key, y);
    const districtBefore = pooledFail(input, all, key, y - 1);
    if (districtNow) {
      rows.push({
        label: `Доля «2» по району: ${title}`,
        previous: districtBefore?.text ?? null,
        current: districtNow.text,
        formula: 'сумма «2» всех ОО ÷ сумма участников всех ОО',
        source: `лист «${OWNED_SHEETS.indicators}» (ячейки ОО — на листах результатов)`,
      });
    }
  }
  return rows;
}
