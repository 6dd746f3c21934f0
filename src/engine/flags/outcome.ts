/** A rule's outcome from whether it fired and whether it had any usable value to look at. */
import type { RuleOutcome } from '../ruleRecords';

export function ruleOutcome(fired: boolean, evaluable: boolean): RuleOutcome {
  if (fired) return 'fired';
  return evaluable ? 'not_fired' : 'no_data';
}
