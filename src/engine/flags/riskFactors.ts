/**
 * The 10 ФИОКО risk factors and the proxies the sheets allow (METHODOLOGY §3, risk profile table). A proxy
 * returns undefined when its data are absent: the factor is then «нет данных», never guessed. Factor 9
 * (низкая учебная мотивация) has no proxy in any sheet Opora reads.
 */
import type { CellRef, IndicatorId, IndicatorValue } from '../model';
import { SCHOOL_LEVEL } from '../procedures';
import type { RuleContext } from './context';

export interface ProxyValue {
  value: number;
  sources: CellRef[];
}

export interface Proxy {
  /** `lower`: a lower value is worse (equipment, parents' satisfaction). */
  worse: 'higher' | 'lower';
  compute(ctx: RuleContext, schoolId: string, year: number): ProxyValue | undefined;
}

export interface RiskFactorSpec {
  no: number;
  name: string;
  /** The indicator behind the factor, as a document names it. */
  indicator: string;
  proxies: Proxy[];
}

/** The school's latest school-level value of an indicator up to Y. */
function latestShare(ctx: RuleContext, schoolId: string, year: number, id: IndicatorId): ProxyValue | undefined {
  const best = ctx.latest(schoolId, SCHOOL_LEVEL, id, year);
  return best ? { value: best.value, sources: best.sources } : undefined;
}

const share = (id: IndicatorId): Proxy => ({ worse: 'higher', compute: (ctx, s, y) => latestShare(ctx, s, y, id) });

/** Staff whose record lacks something (no category, no ПК): 1 − Σ shares of those who have it. */
const staffWithout = (ids: IndicatorId[]): Proxy => ({
  worse: 'higher',
  compute(ctx, s, y) {
    const parts = ids.map((id) => latestShare(ctx, s, y, id));
    if (parts.some((p) => p === undefined)) return undefined;
    const present = parts as ProxyValue[];
    return { value: 1 - present.reduce((a, p) => a + p.value, 0), sources: present.flatMap((p) => p.sources) };
  },
});

/** A programme value of the school for Y (or undated), optionally divided by «Всего обучающихся». */
const programme = (key: 'computers' | 'parent_satisfaction', perPupil: boolean): Proxy => ({
  worse: 'lower',
  compute(ctx, s, y) {
    const rec = ctx.records(s).programme.find((p) => p.values[key] && (p.year === undefined || p.year === y));
    const v = rec?.values[key];
    if (!v) return undefined;
    if (!perPupil) return { value: v.value, sources: [v.source] };
    const pupils = ctx.records(s).contingent.find((c) => c.total && c.total.value > 0)?.total;
    return pupils ? { value: v.value / pupils.value, sources: [v.source, pupils.source] } : undefined;
  },
});

/** Mean «2» share over the procedures of Y with at least `min_n` participants. */
const meanFail: Proxy = {
  worse: 'higher',
  compute(ctx, s, y) {
    const fails = ctx
      .procedures(s, y)
      .filter((p) => (ctx.value(s, y, p, 'n')?.value ?? Infinity) >= ctx.settings.minN)
      .map((p) => ctx.value(s, y, p, 'fail'))
      .filter((v): v is IndicatorValue => v !== undefined);
    if (fails.length === 0) return undefined;
    return { value: fails.reduce((a, v) => a + v.value, 0) / fails.length, sources: fails.flatMap((v) => v.sources) };
  },
};

export const RISK_FACTORS: RiskFactorSpec[] = [
  { no: 1, name: 'Низкий уровень оснащения', indicator: 'компьютеров на одного обучающегося', proxies: [programme('computers', true)] },
  { no: 2, name: 'Дефицит педагогических кадров', indicator: 'доля вакансий; доля педагогов пенсионного возраста', proxies: [share('staff.vacancies'), share('staff.pension_age')] },
  { no: 3, name: 'Недостаточная предметная и методическая компетентность', indicator: 'доля педагогов без высшей и первой категории', proxies: [staffWithout(['staff.top_category', 'staff.first_category'])] },
  { no: 4, name: 'Несформированность внутришкольной системы повышения квалификации', indicator: 'доля педагогов без повышения квалификации за 3 года', proxies: [staffWithout(['staff.pk_3y'])] },
  { no: 5, name: 'Высокая доля обучающихся с ОВЗ', indicator: 'доля обучающихся с ОВЗ', proxies: [share('social.disability')] },
  { no: 6, name: 'Языковые и культурные барьеры', indicator: 'доля обучающихся-инофонов', proxies: [share('social.non_native')] },
  { no: 7, name: 'Пониженное качество образовательной среды', indicator: 'доля обучающихся, состоящих на учёте (ПДН, КДН, внутришкольный)', proxies: [share('social.registered')] },
  { no: 8, name: 'Высокая доля обучающихся с рисками учебной неуспешности', indicator: 'средняя доля «2» по процедурам года', proxies: [meanFail] },
  { no: 9, name: 'Низкая учебная мотивация', indicator: 'нет показателя в данных (нужна анкета обучающихся)', proxies: [] },
  { no: 10, name: 'Низкий уровень вовлечённости родителей', indicator: 'доля родителей, удовлетворённых качеством образования', proxies: [programme('parent_satisfaction', false)] },
];
