/**
 * The normalised form of a school's name: lower case, ё→е, quotes dropped, «№»/«N»/«No» unified,
 * legal-form words removed, long type names shortened («средняя общеобразовательная школа» → «сош»),
 * «имени …» and a trailing place («г. Энска») kept aside unless it is all that names the school
 * («СОШ с. Птичник»). «СОШ № 1» and «СОШ № 11» keep different keys.
 */
import type { SchoolLevel } from '../model';
import { LEGAL_FORM_PHRASES, LEGAL_FORM_WORDS, LEVEL_BY_TYPE, LONG_FORMS, PLACE_WORDS, TYPE_WORDS } from './legalForms';

export interface NormalisedName {
  /** The identity key: «сош № 3», «ивановская оош». */
  key: string;
  /** The school's number, if any («3»). */
  number?: string;
  /** The first full word after «имени»/«им.» (a surname, not initials), a tiebreaker. */
  honorific?: string;
  /** Type word («сош», «гимназия»…), if any. */
  type?: string;
  level?: SchoolLevel;
  /** Words of the key other than the number mark. */
  tokens: string[];
}

const NUMBER_MARK = /(?:№|(?<![a-zа-я])(?:no|n)(?![a-zа-я]))\s*\.?\s*(\d+)/g;
const NON_WORD = /[^a-zа-я0-9№]+/g;
const BARE_NUMBER = /(^| )(?:№ )?(\d+)(?= |$)/;
const HONORIFIC = / (?:имени|им) (.+)$/;
const PLACE_TAIL = new RegExp(` (?:${PLACE_WORDS.join('|')}) [а-я-]+$`);
const PHRASES = new RegExp(`(?:^| )(?:${LEGAL_FORM_PHRASES.join('|')})(?= |$)`, 'g');
const WORDS = new RegExp(`(?:^| )(?:${LEGAL_FORM_WORDS.join('|')})(?= |$)`, 'g');
const LONG = LONG_FORMS.map(([long, short]) => [new RegExp(`(?:^| )${long}(?= |$)`, 'g'), ` ${short}`] as [RegExp, string]);
const SPACES = / +/g;

export function normaliseSchoolName(raw: string): NormalisedName {
  let s = raw.toLowerCase().replace(/ё/g, 'е').replace(NUMBER_MARK, ' № $1 ');
  s = ` ${s.replace(NON_WORD, ' ')} `.replace(SPACES, ' ');
  s = s.replace(PHRASES, ' ').replace(SPACES, ' ');
  for (const [re, short] of LONG) s = s.replace(re, short);
  s = s.replace(WORDS, ' ').replace(SPACES, ' ').trim();
  let honorific: string | undefined;
  const h = HONORIFIC.exec(` ${s}`);
  if (h) {
    honorific = h[1].split(' ').find((w) => w.length > 2);
    s = ` ${s}`.slice(0, h.index).trim();
  }
  const place = PLACE_TAIL.exec(` ${s}`);
  const rest = place && place.index > 0 ? ` ${s}`.slice(0, place.index).trim() : '';
  // «СОШ с. Птичник»: when the place is all that tells the school from its neighbours, it stays in the key.
  if (rest.split(' ').some((t) => t !== '' && t !== '№' && !(t in TYPE_WORDS))) s = rest;
  const num = BARE_NUMBER.exec(s);
  if (num) s = s.replace(BARE_NUMBER, '$1№ $2');
  const tokens = s.split(' ').filter((t) => t !== '' && t !== '№');
  const type = tokens.find((t) => t in TYPE_WORDS);
  return {
    key: s,
    tokens,
    ...(num ? { number: num[2] } : {}),
    ...(honorific ? { honorific } : {}),
    ...(type ? { type, level: TYPE_WORDS[type] } : {}),
  };
}

/** The level a register's «Тип» cell names («СОШ», «гимназия», «основная общеобразовательная школа»). */
export function levelFromType(type: string): SchoolLevel | undefined {
  const key = type.toLowerCase().replace(/ё/g, 'е').replace(NON_WORD, ' ').replace(SPACES, ' ').trim();
  return LEVEL_BY_TYPE[key] ?? normaliseSchoolName(type).level;
}

/** A phrase as a case-insensitive pattern where «е» also matches «ё». */
function phrasePattern(phrase: string): string {
  return phrase.replace(/е/g, '[её]');
}
const LEGAL_DISPLAY = new RegExp(`(?:^|\\s)(?:${[...LEGAL_FORM_PHRASES, ...LEGAL_FORM_WORDS].map(phrasePattern).join('|')})(?=\\s|$)`, 'gi');
const LONG_DISPLAY = LONG_FORMS.map(([long, short]) => [new RegExp(`(?<![а-яё])${phrasePattern(long)}(?![а-яё])`, 'gi'), short.toUpperCase()] as [RegExp, string]);
const DISPLAY_QUOTES = /[«»"„“”]/g;

/**
 * A short name to show for a school the register gives only in full: the legal form dropped, long type
 * names shortened, quotes removed, case kept («МБОУ «Средняя общеобразовательная школа № 1»» → «СОШ № 1»).
 */
export function shortSchoolName(full: string): string {
  let s = full.replace(DISPLAY_QUOTES, ' ').replace(LEGAL_DISPLAY, ' ');
  for (const [re, short] of LONG_DISPLAY) s = s.replace(re, short);
  s = s.replace(/\s+/g, ' ').trim();
  return s !== '' ? s : full;
}
