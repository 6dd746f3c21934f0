/** What the documents for signing (the event plan, the passport, «Опора · Мониторинг 1.2») say was decided. */
import type { Measure } from './catalogue';
import { DIRECTIONS } from './directions';
import { servedSchools } from './selection';
import type { SheetInput } from './sheetInput';

/** The sections of the event plan that hold at least one measure serving somebody: the decisions taken. */
export function planSections(input: SheetInput): string[] {
  const serves = (m: Measure) => {
    const served = servedSchools(m, input.analysis, input.attentionIds);
    return served === 'all' || served.length > 0;
  };
  return DIRECTIONS.filter((d) => input.measures.some((m) => m.direction === d.id && serves(m))).map((d) => d.section);
}
