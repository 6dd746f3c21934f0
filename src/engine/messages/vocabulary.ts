/**
 * The Russian word for each English value the engine keeps inside: what `Опора · Настройки` shows and is
 * read back by (`settings/settingValues.ts` parses with these tables), and what sheets and explanations
 * print. The one place these words live.
 */
import type { ComparatorScope, Conjunction } from '../settings/defaults';

/** R1's two conditions joined: «и» (both) or «или» (either). */
export const CONJUNCTION_RU: Record<Conjunction, string> = { and: 'и', or: 'или' };

/** What R3 measures a school against in a regional file. */
export const COMPARATOR_RU: Record<ComparatorScope, string> = { municipality: 'муниципалитет', region: 'регион' };
