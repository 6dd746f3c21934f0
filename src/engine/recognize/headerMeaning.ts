/**
 * The meaning of one header cell, by word stems rather than whole phrases: «Обучающиеся в неполных
 * семьях», «Численность обучающихся, состоящих на учёте в ПДН», «не преодолен min порог» all find their
 * meaning whatever other words they hold. The vocabulary is data (`headerSynonyms.ts`); this module
 * only matches. The most specific meaning wins (a meaning that narrows another beats it, then the one
 * with more matched stems, and any value beats a school or context column); two equally specific meanings are a tie the caller reports.
 */
import { MEANINGS, MEANING_BY_ID, MARKER_HEADER, SYNONYM_INDEX } from './headerSynonyms';
import { byText, textKey } from './text';

export interface HeaderMatch {
  meaning: string | null;
  /** Meanings exactly as specific as the chosen one: the header is ambiguous. */
  rivals: string[];
}

/** «3,4» or «1 2»: numbers, never a header. */
const NUMBERS_ONLY = /^\d+(?: \d+)+$/;
/** Words that say «a count» or «a share» and nothing about what is counted. */
const QUANTITY_WORDS = new Set(['кол', 'во', 'количество', 'число', 'численность', 'всего', 'чел', 'человек']);
const SHARE_WORDS = new Set(['%', 'доля', 'процент']);
/** Meanings whose count, when written with «%» or «доля», becomes this share. */
const SHARE_OF: Record<string, string> = { m2: 'fail', success: 'success', quality: 'quality' };
/** Stems this short are whole words. */
const WHOLE_WORD_LENGTH = 3;

interface Pattern {
  id: string;
  tokens: string[];
  /** Tokens are stems (prefixes) rather than whole words. */
  stems: boolean;
  /** Tokens must be the header's first words («Класс …», never «5 класс из них …»). */
  anchored: boolean;
}

/** A meaning that says which row this is (school, municipality, year, subject …) rather than holding a value. */
function isLabelling(id: string): boolean {
  const group = MEANING_BY_ID.get(id)?.group;
  return group === 'identity' || group === 'context';
}

/**
 * Every synonym and every stem set. A value's synonym matches in any order with its counting words
 * dropped (a bare number or quantity word only exactly); a labelling synonym only as the first words.
 */
const PATTERNS: Pattern[] = MEANINGS.flatMap((m) => [
  ...m.synonyms
    .map((s) => textKey(s).split(' ').filter((w) => isLabelling(m.id) || !QUANTITY_WORDS.has(w)))
    .filter((tokens) => tokens.length > 1 || (tokens.length === 1 && !/^[\d%№]+$/.test(tokens[0])))
    .map((tokens) => ({ id: m.id, tokens, stems: false, anchored: isLabelling(m.id) })),
  ...(m.stems ?? []).map((s) => ({ id: m.id, tokens: textKey(s).split(' '), stems: true, anchored: false })),
]);

function holds(words: string[], token: string, stem: boolean): boolean {
  if (!stem || token.length <= WHOLE_WORD_LENGTH) return words.includes(token);
  return words.some((w) => w.startsWith(token));
}

function matches(words: string[], p: Pattern): boolean {
  if (p.anchored) return p.tokens.every((t, i) => words[i] === t);
  return p.tokens.every((t) => holds(words, t, p.stems));
}

/** Specificity of each meaning whose pattern the words hold: the largest number of matched tokens. */
function candidates(words: string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of PATTERNS) {
    if (!matches(words, p)) continue;
    out.set(p.id, Math.max(out.get(p.id) ?? 0, p.tokens.length));
  }
  const ids = [...out.keys()];
  for (const id of ids) {
    const broader = MEANING_BY_ID.get(id)?.narrows;
    if (broader) out.delete(broader);
  }
  // «Укажите количество обучающихся в ОО …»: a header naming a quantity is that quantity, not the school or the year.
  if (ids.some((id) => !isLabelling(id))) for (const id of ids) if (isLabelling(id)) out.delete(id);
  return out;
}

function asShare(id: string): string {
  return SHARE_OF[id] ?? (MEANING_BY_ID.get(id)?.group === 'result' ? 'percent' : id);
}

/**
 * Matches one header text. «%»/«доля» turn a «2» column into the fail share; any other result count
 * with «%» is a percent column Opora does not need; a social or staffing count with «%» is its share.
 */
export function matchHeader(header: string): HeaderMatch {
  const none: HeaderMatch = { meaning: null, rivals: [] };
  const key = textKey(header);
  if (key === '') return none;
  if (MARKER_HEADER.test(key)) return { meaning: 'marker', rivals: [] };
  const exact = SYNONYM_INDEX.get(key);
  if (exact) return { meaning: exact, rivals: [] };
  if (NUMBERS_ONLY.test(key)) return none;
  const words = key.split(' ');
  const isShare = words.some((w) => w === '%') || SHARE_WORDS.has(words[0]);
  const core = words.filter((w) => !SHARE_WORDS.has(w));
  if (core.length === 0) return isShare ? { meaning: 'percent', rivals: [] } : none;
  const adjust = (id: string): string => (isShare ? asShare(id) : id);
  const coreExact = SYNONYM_INDEX.get(core.join(' '));
  if (coreExact) return { meaning: adjust(coreExact), rivals: [] };
  const found = candidates(core);
  if (found.size === 0) return none;
  const best = Math.max(...found.values());
  const top = MEANINGS.map((m) => m.id).filter((id) => found.get(id) === best);
  return { meaning: adjust(top[0]), rivals: top.slice(1).map(adjust) };
}

/**
 * The meaning of one header text, or null (the first of tied meanings). Remembered by text: the header
 * search asks it of every text cell near the top of every sheet.
 */
export const meaningOf = byText((header: string): string | null => matchHeader(header).meaning);
