/**
 * Rows that are not schools (METHODOLOGY §1): totals («Итого», «Всего», «По району», «Среднее»,
 * «Регион», «Все муниципалитеты» …), municipality subtotals of grouped regional tables, and notes under
 * a table. Words are data; labels are compared as `textKey` text by their first words. Every school row's
 * label is asked about, so each distinct label is classified once (`byText`).
 */
import { byText, textKey } from './text';

/** First words of a total row's label. */
const TOTAL_STARTS = [
  'итого', 'всего', 'по району', 'по мо', 'по муниципалитету', 'по округу', 'по городу', 'район', 'среднее',
  'средний', 'регион', 'по региону', 'все муниципалитеты', 'вся выборка', 'по области', 'по краю', 'по республике',
  'сумма', 'по рф', 'рф', 'россия', 'всего по району',
];
/** Words that make a total regional rather than district-wide. */
const REGION_WORDS = /(?:^| )(?:регион\S*|област\S*|кра[йюя]|республик\S*|все муниципалитеты|вся выборка)(?= |$)/;
/** Words that make a row the country's value. */
const COUNTRY_WORDS = /(?:^| )(?:рф|россия|российск\S*)(?= |$)/;
/** A municipality's name: «Энский муниципальный район», «г. Энск», «Энский городской округ». */
const MUNICIPALITY_WORDS = /(?:^| )(?:район\S*|округ\S*|го|мо|муниципальн\S*|г|город\S*|мр|гп|сп)(?= |$)/;
/** Words that make a label a school's name, whatever else it holds. */
const SCHOOL_WORDS = /(?:^| )(?:сош|оош|нош|моу|мбоу|маоу|мкоу|гбоу|школ\S*|гимнази\S*|лице\S*|оу|учреждени\S*|центр|кадетск\S*|интернат\S*|№)(?= |$)|\d/;
const NOTE_STARTS = /^(?:примечани\S*|прим|источник|исполнител\S*|составил\S*|данные|информация|\*)/;

const TOTAL_WORDS = TOTAL_STARTS.map((s) => textKey(s).split(' '));
const TOTAL_FIRST_WORDS = new Set(TOTAL_WORDS.map((w) => w[0]));
const FIRST_WORD = /^[^a-zа-яё0-9]*([a-zа-яё0-9]+)/i;

/** What a total row covers: the district, the region, or the whole country (a comparator only). */
export type TotalScope = 'district' | 'region' | 'country';

/** A total row's scope, or undefined when the label is not a total. «Среднее» rows are totals too. */
export const totalScope = byText((label: string): TotalScope | undefined => {
  const first = FIRST_WORD.exec(label);
  if (!first || !TOTAL_FIRST_WORDS.has(first[1].toLowerCase().replace(/ё/g, 'е'))) return undefined;
  const key = textKey(label);
  const words = key.split(' ');
  const isTotal = TOTAL_WORDS.some((tw) => tw.every((w, i) => words[i] === w));
  if (!isTotal) return undefined;
  if (COUNTRY_WORDS.test(key)) return 'country';
  return REGION_WORDS.test(key) ? 'region' : 'district';
});

/** True when a total is an average («Среднее»), so it is not compared with the sum of schools. */
export function isAverageLabel(label: string): boolean {
  const first = textKey(label).split(' ')[0];
  return first === 'среднее' || first === 'средний';
}

/** True for the label of a municipality subtotal row in a grouped regional table. */
export const isMunicipalityLabel = byText((label: string): boolean => {
  const key = textKey(label);
  return MUNICIPALITY_WORDS.test(key) && !SCHOOL_WORDS.test(key);
});

/** True for a note under a table («Примечание: …», «* данные РЦОИ»). */
export const isNoteText = byText((text: string): boolean => NOTE_STARTS.test(text.trim().toLowerCase()) || text.length > 120);
