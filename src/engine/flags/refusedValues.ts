/**
 * The values of a school refused as impossible (a count above the participants, marks adding up to more,
 * a share above 100 %), as the tail of a results rule's explanation: the rule did not use them, and the
 * explanation says so with their cells.
 */
import type { Dataset, RefusalReason, RefusedValue, RuleRecord } from '../model';

const REASON: Record<RefusalReason, string> = {
  'count-above-participants': 'больше числа участников',
  'marks-above-participants': 'отметки в сумме больше числа участников',
  'share-above-100': 'доля больше 100 %',
};

/** Rules that read results, whose explanation must name a refused value of their years. */
const RESULT_RULES: RuleRecord['ruleId'][] = ['R1', 'R2', 'R3', 'RES', 'EXIT'];

/** Refused values by school and year, indexed once per dataset. */
const indexes = new WeakMap<Dataset, Map<string, { year: number; value: RefusedValue }[]>>();

function refusedOf(dataset: Dataset, schoolId: string): { year: number; value: RefusedValue }[] {
  let index = indexes.get(dataset);
  if (!index) {
    index = new Map();
    for (const r of dataset.results) {
      for (const value of r.refused ?? []) index.set(r.schoolId, [...(index.get(r.schoolId) ?? []), { year: r.year, value }]);
    }
    indexes.set(dataset, index);
  }
  return index.get(schoolId) ?? [];
}

/** «; отклонены значения, которые не могут быть верны: ОГЭ 2024!E2 (больше числа участников)», or ''. */
export function refusedTail(record: RuleRecord, dataset: Dataset): string {
  if (!RESULT_RULES.includes(record.ruleId)) return '';
  const items = refusedOf(dataset, record.schoolId)
    .filter((x) => record.years.includes(x.year))
    .map(({ value }) => `${value.source.sheet}!${value.source.cell} (${REASON[value.reason]})`);
  return items.length > 0 ? `; отклонены значения, которые не могут быть верны, и не использованы: ${items.join(', ')}` : '';
}
