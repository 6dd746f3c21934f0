/**
 * Who a measure is for: ШНОР (any, or only those flagged on ГИА or on ВПР), ШНСУ, schools at risk of
 * non-objective ВПР, a risk factor № 1–10, the attention zone, or all schools; «с партнёром» is a condition
 * (the measure needs a partner school). People type it in «Для кого» as «ШНОР; риск 8», «ШНОР ГИА; с
 * партнёром», «риск 2, 3», «Объективность», «все ОО»; the parser is forgiving about case, separators and
 * wording, and reports what it could not read.
 */
import { AUDIENCE_RU } from '../messages/vocabulary';

export type RiskAudience = `risk:${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10}`;
/** The audiences with a name; `messages/vocabulary.ts` has the words «Для кого» shows for them. */
export type NamedAudience = 'lowResults' | 'lowResultsExams' | 'lowResultsVpr' | 'socialRisk' | 'objectivityRisk' | 'attentionZone' | 'withPartner' | 'all';
export type Audience = NamedAudience | RiskAudience;

/** Audiences that narrow a measure instead of widening it: all must hold, besides one of the others. */
export const CONDITIONS: Audience[] = ['withPartner'];

/** Factor № of a risk audience, or null for the others. */
export function riskNo(a: Audience): number | null {
  return a.startsWith('risk:') ? Number(a.slice(5)) : null;
}

export function riskAudience(no: number): RiskAudience {
  return `risk:${no}` as RiskAudience;
}

/** Word patterns for the non-risk audiences, matched on lower-cased text with ё → е. */
const NAMED: { pattern: RegExp; audience: NamedAudience }[] = [
  { pattern: /(шнор|низк[а-я]* (образовательн[а-я]* )?результат).*(гиа|огэ|егэ|экзамен)/, audience: 'lowResultsExams' },
  { pattern: /(шнор|низк[а-я]* (образовательн[а-я]* )?результат).*(впр|диагностическ)/, audience: 'lowResultsVpr' },
  { pattern: /шнор|низк[а-я]* (образовательн[а-я]* )?результат/, audience: 'lowResults' },
  { pattern: /партн[её]р|наставник/, audience: 'withPartner' },
  { pattern: /зон[аеуы] внимания/, audience: 'attentionZone' },
  { pattern: /шнсу|неблагоприятн/, audience: 'socialRisk' },
  { pattern: /объективн/, audience: 'objectivityRisk' },
  { pattern: /^все( оо| школы| организации)?$|^всем( оо| школам)?$/, audience: 'all' },
];

/** «риск 8», «риски 2 и 3», «фактор риска 8», «ФР 8», «р8». */
const RISK_ITEM = /^(риск[а-я]*|фактор[а-я]*( риска)?|фр|р) ?\d/;

/**
 * Parses «Для кого». Separators: `;`, `,`, `/`, `+`, new lines. A bare number right after a risk item
 * is another factor («риск 2, 3»). Returns the audiences in typed order without repeats and every
 * fragment it could not read.
 */
export function parseAudience(text: string): { audience: Audience[]; unknown: string[] } {
  const audience: Audience[] = [];
  const unknown: string[] = [];
  const add = (a: Audience) => {
    if (!audience.includes(a)) audience.push(a);
  };
  let afterRisk = false;
  for (const raw of text.split(/[;,/+\n]/)) {
    const part = raw.toLowerCase().replace(/ё/g, 'е').replace(/[«»"№.]/g, ' ').replace(/\s+/g, ' ').trim();
    if (part === '') continue;
    const numbers = (part.match(/\d+/g) ?? []).map(Number);
    const isRisk = RISK_ITEM.test(part) || (afterRisk && /^\d+$/.test(part.replace(/ /g, '')));
    if (isRisk && numbers.length > 0 && numbers.every((n) => n >= 1 && n <= 10)) {
      numbers.forEach((n) => add(riskAudience(n)));
      afterRisk = true;
      continue;
    }
    afterRisk = false;
    const named = NAMED.find((n) => n.pattern.test(part));
    if (named) add(named.audience);
    else unknown.push(raw.trim());
  }
  return { audience, unknown };
}

/** The way «Для кого» is written back: «ШНОР; риск 8». */
export function formatAudience(list: Audience[]): string {
  return list.map((a) => (riskNo(a) === null ? AUDIENCE_RU[a as NamedAudience] : `риск ${riskNo(a)}`)).join('; ');
}
