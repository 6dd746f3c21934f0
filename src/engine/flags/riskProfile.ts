/**
 * Risk profile of a school (METHODOLOGY §3): each ФИОКО factor is `high` («высокий») if its proxy is worse
 * than the district Q3 (Q1 where lower is worse), `medium` («средний») if worse than the median, `low`
 * («низкий») otherwise, `no-data` («нет данных») when absent. Distributions are taken over every school with the proxy; with two proxies the
 * worse level counts.
 */
import type { RiskFactor, RiskLevel } from '../model';
import { moreThan, quartiles } from '../indicators/statistics';
import type { RuleContext } from './context';
import { RISK_FACTORS, type Proxy, type ProxyValue } from './riskFactors';

const LEVEL_ORDER: RiskLevel[] = ['no-data', 'low', 'medium', 'high'];

interface Distribution {
  median: number;
  q1: number;
  q3: number;
}

function level(proxy: Proxy, v: number, d: Distribution): { level: RiskLevel; edge: number } {
  if (proxy.worse === 'higher') {
    if (moreThan(v, d.q3)) return { level: 'high', edge: d.q3 };
    return { level: moreThan(v, d.median) ? 'medium' : 'low', edge: d.q3 };
  }
  if (moreThan(d.q1, v)) return { level: 'high', edge: d.q1 };
  return { level: moreThan(d.median, v) ? 'medium' : 'low', edge: d.q1 };
}

/** Risk profiles of every school for year Y, keyed by school id. */
export function riskProfiles(ctx: RuleContext, year: number): Map<string, RiskFactor[]> {
  const ids = ctx.dataset.schools.map((s) => s.id);
  const out = new Map<string, RiskFactor[]>(ids.map((id) => [id, []]));
  for (const factor of RISK_FACTORS) {
    const perProxy = factor.proxies.map((proxy) => {
      const values = new Map<string, ProxyValue>();
      for (const id of ids) {
        const v = proxy.compute(ctx, id, year);
        if (v) values.set(id, v);
      }
      const dist: Distribution = quartiles([...values.values()].map((v) => v.value));
      return { proxy, values, dist };
    });
    for (const id of ids) {
      let best: RiskFactor = { no: factor.no, level: 'no-data', sources: [] };
      for (const { proxy, values, dist } of perProxy) {
        const v = values.get(id);
        if (!v) continue;
        const l = level(proxy, v.value, dist);
        if (LEVEL_ORDER.indexOf(l.level) > LEVEL_ORDER.indexOf(best.level)) {
          best = { no: factor.no, level: l.level, value: v.value, median: dist.median, q3: l.edge, sources: v.sources };
        }
      }
      out.get(id)?.push(best);
    }
  }
  return out;
}
