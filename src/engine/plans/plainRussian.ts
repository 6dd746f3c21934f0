/**
 * Plain Russian for the documents a head of department signs (plan, roadmaps, passport, monitoring): a
 * procedure is «ОГЭ по математике (9 класс)», not «ОГЭ мат 9»; for ЕГЭ a failure is «не преодолели
 * минимальный порог», not «2»; abbreviations are spelled out before their first use. The technical sheets
 * keep the short codes (`procedures.ts`).
 */
import type { Procedure } from '../model';

/** Subjects in the dative after «по» («по русскому языку»). Unlisted subjects read «по предмету «…»». */
const SUBJECT_DATIVE: Record<string, string> = {
  'Русский язык': 'русскому языку',
  Математика: 'математике',
  'Математика базовая': 'математике (базовый уровень)',
  'Математика профильная': 'математике (профильный уровень)',
  Физика: 'физике',
  Химия: 'химии',
  Биология: 'биологии',
  География: 'географии',
  История: 'истории',
  Обществознание: 'обществознанию',
  Информатика: 'информатике',
  Литература: 'литературе',
  'Английский язык': 'английскому языку',
  'Немецкий язык': 'немецкому языку',
  'Французский язык': 'французскому языку',
  'Окружающий мир': 'окружающему миру',
};

/** «ОГЭ по математике (9 класс)», «ЕГЭ по математике (профильный уровень)», «ВПР по русскому языку (5 класс)». */
export function procedureTitle(p: Procedure): string {
  const subject = SUBJECT_DATIVE[p.subject] ?? `предмету «${p.subject}»`;
  const grade = p.grade !== undefined && p.assessment !== 'ЕГЭ' ? ` (${p.grade} класс)` : '';
  return `${p.assessment} по ${subject}${grade}`;
}

/** The failure share's name for this procedure: ЕГЭ has a minimum score, not a mark «2». */
export function failShareName(p: Procedure): string {
  return p.assessment === 'ЕГЭ' ? 'доля участников, не преодолевших минимальный порог' : 'доля участников, получивших «2»';
}

/** «не преодолели минимальный порог» for ЕГЭ, «получили «2»» otherwise. */
export function failedVerb(p: Procedure): string {
  return p.assessment === 'ЕГЭ' ? 'не преодолели минимальный порог' : 'получили «2»';
}

/** Abbreviations a signed document may use, with their full form (seed 002: «… (далее - ГИА)»). */
export const ABBREVIATIONS: [string, string][] = [
  ['ШНОР', 'школы с низкими образовательными результатами'],
  ['ШНСУ', 'школы, функционирующие в неблагоприятных социальных условиях'],
  ['ОО', 'общеобразовательная организация'],
  ['УО', 'управление образования'],
  ['ГИА', 'государственная итоговая аттестация'],
  ['ОГЭ', 'основной государственный экзамен'],
  ['ЕГЭ', 'единый государственный экзамен'],
  ['ГВЭ', 'государственный выпускной экзамен'],
  ['ВПР', 'всероссийские проверочные работы'],
  ['ИМЦ', 'информационно-методический центр'],
  ['ИРО', 'институт развития образования'],
  ['РМО', 'районное методическое объединение'],
  ['ПМПК', 'психолого-медико-педагогическая комиссия'],
  ['КДН и ЗП', 'комиссия по делам несовершеннолетних и защите их прав'],
  ['КДН', 'комиссия по делам несовершеннолетних и защите их прав'],
  ['ПДН', 'подразделение по делам несовершеннолетних'],
  ['ОВЗ', 'ограниченные возможности здоровья'],
  ['ФГОС', 'федеральный государственный образовательный стандарт'],
  ['КОУЧ', 'команда обучающихся учителей'],
  ['ИКТ', 'информационно-коммуникационные технологии'],
  ['СМИ', 'средства массовой информации'],
  ['ПК', 'повышение квалификации'],
];

function mentions(text: string, abbreviation: string): boolean {
  return new RegExp(`(^|[^А-ЯЁA-Z])${abbreviation.replace(/ /g, '\\s')}($|[^А-ЯЁA-Z])`).test(text);
}

/**
 * «Сокращения: ГИА — государственная итоговая аттестация; …» for the abbreviations the document's text
 * uses, in the order of the list; placed above the document's first line so each is spelled out before it
 * is used. Null when the text uses none.
 */
export function abbreviationsLine(texts: string[]): string | null {
  const all = texts.join('\n');
  const used = ABBREVIATIONS.filter(([short], i) => {
    if (!mentions(all, short)) return false;
    // «КДН» alone is not listed when only «КДН и ЗП» occurs.
    const longer = ABBREVIATIONS.find(([other], j) => j < i && other.startsWith(`${short} `));
    return !longer || mentions(all.split(longer[0]).join(''), short);
  });
  return used.length > 0 ? `Сокращения: ${used.map(([s, full]) => `${s} — ${full}`).join('; ')}.` : null;
}

/**
 * The exams a certificate requires: ОГЭ in Russian and mathematics; ЕГЭ in Russian and mathematics at the
 * basic level (profile mathematics is chosen for admission, not required — it is no «обязательный экзамен»).
 */
export function isRequiredForCertificate(p: Procedure): boolean {
  if (p.assessment === 'ОГЭ') return p.subject === 'Русский язык' || p.subject === 'Математика';
  if (p.assessment === 'ЕГЭ') return p.subject === 'Русский язык' || p.subject === 'Математика базовая';
  return false;
}
