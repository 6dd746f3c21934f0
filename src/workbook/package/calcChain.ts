/**
 * `xl/calcChain.xml`: only the entries of sheets Opora removes are dropped (an entry without `i` belongs
 * to the sheet of the entry before it, so it goes with that one).
 */
import { attribute, elements, innerRange, splice } from './xmlText';

/**
 * The chain without entries of `sheetIds`: the same text when none of them has an entry, undefined when
 * no entry is left (an empty chain is not allowed; Excel rebuilds a missing one).
 */
export function dropCalcChainSheets(xml: string, sheetIds: Set<number>): string | undefined {
  const root = elements(xml, 'calcChain')[0];
  if (!root || sheetIds.size === 0) return xml;
  const { from, to } = innerRange(root);
  let current = 0;
  const entries = elements(xml, 'c', from, to);
  const kept = entries.filter((entry) => {
    const i = attribute(entry.tag, 'i');
    if (i !== undefined) current = Number(i);
    return !sheetIds.has(current);
  });
  if (kept.length === entries.length) return xml;
  return kept.length === 0 ? undefined : splice(xml, from, to, kept.map((e) => e.text).join(''));
}
