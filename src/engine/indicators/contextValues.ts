/**
 * Indicators that are not exam results: ВПР mark confirmation (lower/confirm/higher ÷ pupils with both
 * marks), and the social and staffing shares of a school (count ÷ «Всего обучающихся» / «Всего педагогов»).
 */
import type { ConfirmationRecord, ContingentRecord, IndicatorId, Sourced, StaffingRecord } from '../model';
import type { IndicatorSink } from './resultValues';

/** Pupils with both marks: the «Всего» column, else lower + confirm + higher when all are counts. */
export function confirmationTotal(r: ConfirmationRecord): Sourced | undefined {
  if (r.total) return r.total;
  if (r.asShares || !r.lower || !r.confirm || !r.higher) return undefined;
  return { value: r.lower.value + r.confirm.value + r.higher.value, source: r.lower.source };
}

export function confirmationIndicators(r: ConfirmationRecord, emit: IndicatorSink): void {
  const total = confirmationTotal(r);
  for (const id of ['lower', 'confirm', 'higher'] as const) {
    const part = r[id];
    if (!part) continue;
    if (r.asShares) {
      if (total) emit(id, part.value, part.value * total.value, total.value, [part.source, total.source]);
      else emit(id, part.value, undefined, undefined, [part.source]);
    } else if (total && total.value > 0) {
      emit(id, part.value / total.value, part.value, total.value, [part.source, total.source]);
    }
  }
}

function shares<K extends string>(prefix: 'social' | 'staff', total: Sourced | undefined, counts: Partial<Record<K, Sourced>>, emit: IndicatorSink): void {
  if (!total || total.value <= 0) return;
  for (const [key, c] of Object.entries(counts) as [K, Sourced | undefined][]) {
    if (c) emit(`${prefix}.${key}` as IndicatorId, c.value / total.value, c.value, total.value, [c.source, total.source]);
  }
}

export function contingentIndicators(r: ContingentRecord, emit: IndicatorSink): void {
  shares('social', r.total, r.counts, emit);
}

export function staffingIndicators(r: StaffingRecord, emit: IndicatorSink): void {
  shares('staff', r.total, r.counts, emit);
}
