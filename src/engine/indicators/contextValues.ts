/**
 * Indicators that are not exam results: ВПР mark confirmation (lower/confirm/higher ÷ pupils with both
 * marks), and the social and staffing shares of a school (count ÷ «Всего обучающихся» / «Всего педагогов»).
 */
import type { ConfirmationRecord, ContingentRecord, Sourced, StaffingRecord } from '../model';
import { raw, type RawIndicator } from './resultValues';

/** Pupils with both marks: the «Всего» column, else lower + confirm + higher when all are counts. */
export function confirmationTotal(r: ConfirmationRecord): Sourced | undefined {
  if (r.total) return r.total;
  if (r.asShares || !r.lower || !r.confirm || !r.higher) return undefined;
  return { value: r.lower.value + r.confirm.value + r.higher.value, source: r.lower.source };
}

export function confirmationIndicators(r: ConfirmationRecord): RawIndicator[] {
  const total = confirmationTotal(r);
  const out: RawIndicator[] = [];
  for (const id of ['lower', 'confirm', 'higher'] as const) {
    const part = r[id];
    if (!part) continue;
    if (r.asShares) {
      out.push(
        total
          ? raw(id, part.value, part.value * total.value, total.value, [part.source, total.source])
          : raw(id, part.value, undefined, undefined, [part.source]),
      );
    } else if (total && total.value > 0) {
      out.push(raw(id, part.value / total.value, part.value, total.value, [part.source, total.source]));
    }
  }
  return out;
}

function shares<K extends string>(
  prefix: 'social' | 'staff',
  total: Sourced | undefined,
  counts: Partial<Record<K, Sourced>>,
): RawIndicator[] {
  if (!total || total.value <= 0) return [];
  const out: RawIndicator[] = [];
  for (const [key, c] of Object.entries(counts) as [K, Sourced | undefined][]) {
    if (c) out.push(raw(`${prefix}.${key}` as RawIndicator['id'], c.value / total.value, c.value, total.value, [c.source, total.source]));
  }
  return out;
}

export function contingentIndicators(r: ContingentRecord): RawIndicator[] {
  return shares('social', r.total, r.counts);
}

export function staffingIndicators(r: StaffingRecord): RawIndicator[] {
  return shares('staff', r.total, r.counts);
}
