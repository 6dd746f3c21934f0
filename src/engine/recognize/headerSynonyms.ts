/**
 * Column meanings and the header spellings that announce them (METHODOLOGY §1, «typical headers»).
 * A methodologist's new spelling is one more string here, a new way of saying it one more stem set.
 * Spellings are compared as `textKey`, so case, ё, quotes, doubled spaces and punctuation do not
 * matter; `headerMeaning.ts` matches a header against this vocabulary.
 */
import { PERSONAL, PERSONAL_LABEL } from './personalData';
import { textKey } from './text';

/** What a meaning is used for; a sheet's role is decided from the groups its header covers. */
export type MeaningGroup =
  | 'identity'
  | 'context'
  | 'result'
  | 'confirmation'
  | 'markers'
  | 'contingent'
  | 'staffing'
  | 'programme'
  | 'register'
  | 'approved'
  | 'other';

export interface Meaning {
  id: string;
  /** Russian name shown in `Опора · Сопоставление` and typed there by the user. */
  label: string;
  group: MeaningGroup;
  /** Exact spellings (compared as `textKey`); their words also match in any order amid extra words. */
  synonyms: string[];
  /**
   * Key stems, one set per string: a header holding every stem of a set, in any order and among any
   * other words, has this meaning. A stem of up to three letters («не», «овз», «пдн», «2») is a whole
   * word; a longer one is the start of a word («неполн» ~ «неполных»).
   */
  stems?: string[];
  /** A broader meaning this one narrows («в неполных семьях» narrows «обучающиеся»): it wins over it. */
  narrows?: string;
}

export const MEANINGS: Meaning[] = [
  { id: 'rowno', label: '№ строки', group: 'other', synonyms: ['№', '№ п/п', 'п/п', '№ пп', 'N п/п', 'номер'] },
  { id: 'code', label: 'Код ОО', group: 'identity', synonyms: ['Код', 'Код ОО', 'Код ОУ', 'Код школы', 'Код организации'], stems: ['код образовательн организац'] },
  { id: 'login', label: 'Логин', group: 'identity', synonyms: ['Логин', 'Логин ОО'], stems: ['логин'] },
  { id: 'ogrn', label: 'ОГРН', group: 'identity', synonyms: ['ОГРН'] },
  {
    id: 'name',
    label: 'Наименование ОО',
    group: 'identity',
    synonyms: [
      'ОО', 'ОУ', 'Школа', 'Наименование', 'Наименование ОО', 'Наименование ОУ', 'Краткое наименование',
      'Наименование организации', 'Наименование образовательной организации', 'Образовательная организация',
      'Образовательное учреждение', 'Общеобразовательная организация', 'Название ОО', 'Название школы',
      'Муниципалитет/ОО', 'Наименование ОО (краткое)',
    ], stems: ['наименован', 'образовательн организац', 'образовательн учрежден', 'общеобразовательн организац'],
  },
  { id: 'fullName', label: 'Полное наименование', group: 'register', synonyms: ['Полное наименование', 'Полное наименование ОО'], stems: ['полн наименован', 'полн название'] },
  { id: 'type', label: 'Тип ОО', group: 'register', synonyms: ['Тип', 'Тип ОО', 'Вид ОО'] },
  { id: 'settlement', label: 'Населённый пункт', group: 'register', synonyms: ['Населённый пункт', 'Нас. пункт', 'Поселение'], stems: ['населен пункт'] },
  { id: 'location', label: 'Расположение ОО (не используется)', group: 'other', synonyms: [], stems: ['располож'] },
  { id: 'partner', label: 'Школа-наставник', group: 'register', synonyms: ['Школа-наставник', 'Школа-партнёр', 'Наставник'] },
  {
    id: 'municipality',
    label: 'Муниципалитет',
    group: 'context',
    synonyms: ['Муниципалитет', 'Муниципальное образование', 'МО', 'Район', 'Муниципальный район', 'АТЕ', 'Город/район'], stems: ['муниципальн образован', 'муниципалитет', 'муниципальн район', 'городск округ'],
  },
  { id: 'year', label: 'Год', group: 'context', synonyms: ['Год', 'Учебный год', 'Год проведения', 'Период'] },
  { id: 'subject', label: 'Предмет', group: 'context', synonyms: ['Предмет', 'Учебный предмет'] },
  { id: 'grade', label: 'Класс', group: 'context', synonyms: ['Класс', 'Параллель'] },
  { id: 'assessment', label: 'Процедура', group: 'context', synonyms: ['Процедура', 'Оценочная процедура', 'Вид процедуры', 'Экзамен'], stems: ['процедур'] },
  {
    id: 'n',
    label: 'Участники',
    group: 'result',
    synonyms: [
      'Кол-во участников', 'Количество участников', 'Число участников', 'Участники', 'Участников', 'Всего участников',
      'Писали', 'Выполняли работу', 'Сдавали', 'Уч.', 'Кол-во', 'Количество обучающихся, выполнявших работу',
    ], stems: ['приня участ', 'участник', 'выполня работ', 'писа', 'сдава'],
    narrows: 'pupils',
  },
  {
    id: 'm2',
    label: '«2»',
    group: 'result',
    synonyms: ['2', 'Отметка 2', 'Получили 2', 'Не справились', 'Не преодолели минимальный порог', 'Не преодолели порог', 'Ниже минимального порога'], stems: ['не преодол порог', 'ниже порог', 'не справ', 'получ 2', 'отметк 2'],
  },
  { id: 'm3', label: '«3»', group: 'result', synonyms: ['3', 'Отметка 3', 'Получили 3'], stems: ['получ 3', 'отметк 3'] },
  { id: 'm4', label: '«4»', group: 'result', synonyms: ['4', 'Отметка 4', 'Получили 4'], stems: ['получ 4', 'отметк 4'] },
  { id: 'm5', label: '«5»', group: 'result', synonyms: ['5', 'Отметка 5', 'Получили 5'], stems: ['получ 5', 'отметк 5'] },
  {
    id: 'mean',
    label: 'Средний балл',
    group: 'result',
    synonyms: ['Средний балл', 'Средний тестовый балл', 'Средний первичный балл', 'Средняя отметка', 'Ср. балл'], stems: ['средн балл', 'средн отметк'],
  },
  { id: 'fail', label: 'Доля «2», %', group: 'result', synonyms: ['Доля 2', 'Доля неуспевающих', 'Доля не преодолевших порог'] },
  { id: 'share3', label: 'Доля «3», %', group: 'result', synonyms: ['Доля 3'] },
  { id: 'share4', label: 'Доля «4», %', group: 'result', synonyms: ['Доля 4'] },
  { id: 'share5', label: 'Доля «5», %', group: 'result', synonyms: ['Доля 5'] },
  { id: 'success', label: 'Успеваемость, %', group: 'result', synonyms: ['Успеваемость'], stems: ['успеваем'] },
  { id: 'quality', label: 'Качество знаний, %', group: 'result', synonyms: ['Качество знаний', 'Качество', 'Качество обученности'], stems: ['качеств знан', 'качеств обучен'] },
  { id: 'highScorers', label: 'Высокобалльники (не используется)', group: 'other', synonyms: ['Высокобалльники'], stems: ['высокобалл'] },
  { id: 'hundred', label: '100 баллов (не используется)', group: 'other', synonyms: ['100 баллов', 'Стобалльники'], stems: ['100 балл', 'стобалльн'] },
  { id: 'percent', label: 'Процент (не используется)', group: 'other', synonyms: ['%', 'Доля', 'Процент'] },
  { id: 'lower', label: 'Понизили', group: 'confirmation', synonyms: ['Понизили'], stems: ['понизил'] },
  { id: 'confirm', label: 'Подтвердили', group: 'confirmation', synonyms: ['Подтвердили'], stems: ['подтвердил'] },
  { id: 'higher', label: 'Повысили', group: 'confirmation', synonyms: ['Повысили'], stems: ['повысил'] },
  {
    id: 'graduates',
    label: 'Выпускники (не используется)',
    group: 'other',
    synonyms: ['Всего выпускников'],
    stems: ['выпускник', 'выпускник приня участ'],
    narrows: 'n',
  },
  { id: 'total', label: 'Всего', group: 'other', synonyms: ['Всего', 'Итого'] },
  { id: 'markerCount', label: 'Количество маркеров', group: 'markers', synonyms: ['Количество маркеров', 'Кол-во маркеров', 'Всего маркеров'], stems: ['маркер'] },
  {
    id: 'pupils',
    label: 'Всего обучающихся',
    group: 'contingent',
    synonyms: ['Всего обучающихся', 'Численность обучающихся', 'Количество обучающихся', 'Всего учащихся', 'Контингент', 'Обучающихся'], stems: ['обучающ', 'учащ', 'контингент'],
  },
  { id: 'social.incomplete_family', label: 'в неполных семьях', group: 'contingent', synonyms: ['в неполных семьях', 'Неполные семьи', 'из неполных семей'], stems: ['неполн сем'], narrows: 'pupils' },
  { id: 'social.registered', label: 'на учёте', group: 'contingent', synonyms: ['на учёте', 'Состоят на учёте', 'на профилактическом учёте'], stems: ['учет', 'пдн', 'кдн', 'вшу'], narrows: 'pupils' },
  { id: 'social.unemployed_parents', label: 'оба родителя безработные', group: 'contingent', synonyms: ['оба родителя безработные', 'Безработные родители'], stems: ['безработн'], narrows: 'pupils' },
  { id: 'social.guardianship', label: 'опекаемые', group: 'contingent', synonyms: ['опекаемые', 'под опекой'], stems: ['опек'], narrows: 'pupils' },
  { id: 'social.non_native', label: 'инофоны', group: 'contingent', synonyms: ['инофоны', 'не владеют русским', 'не владеют русским языком'], stems: ['инофон', 'не владе русск'], narrows: 'pupils' },
  { id: 'social.disability', label: 'с ОВЗ', group: 'contingent', synonyms: ['с ОВЗ', 'ОВЗ', 'дети с ОВЗ'], stems: ['овз', 'инвалид', 'ограничен возможн здоров'], narrows: 'pupils' },
  { id: 'social.low_income', label: 'малообеспеченные', group: 'contingent', synonyms: ['малообеспеченные', 'из малообеспеченных семей'], stems: ['малообеспеч', 'малоимущ'], narrows: 'pupils' },
  { id: 'social.large_family', label: 'многодетные', group: 'contingent', synonyms: ['многодетные', 'из многодетных семей'], stems: ['многодетн'], narrows: 'pupils' },
  {
    id: 'social.parents_no_prof_edu',
    label: 'родители без профессионального образования',
    group: 'contingent',
    synonyms: ['родители без профессионального образования'], stems: ['родител без профессиональн образован'], narrows: 'pupils',
  },
  { id: 'social.parents_higher_edu', label: 'оба родителя с высшим образованием', group: 'contingent', synonyms: ['оба родителя с высшим образованием'], stems: ['родител высш образован'], narrows: 'pupils' },
  { id: 'social.part_time', label: 'очно-заочная форма', group: 'contingent', synonyms: ['очно-заочная форма', 'очно-заочная форма обучения'], stems: ['очно заочн'], narrows: 'pupils' },
  {
    id: 'teachers',
    label: 'Всего педагогов',
    group: 'staffing',
    synonyms: ['Всего педагогов', 'Численность педагогов', 'Педагогов', 'Педагогических работников', 'Всего педагогических работников'], stems: ['педагог', 'учител'],
  },
  { id: 'staff.pension_age', label: 'пенсионного возраста', group: 'staffing', synonyms: ['пенсионного возраста', 'пенсионеры'], stems: ['пенси'], narrows: 'teachers' },
  { id: 'staff.top_category', label: 'высшая категория', group: 'staffing', synonyms: ['высшая категория', 'высшая квалификационная категория', 'с высшей категорией'], stems: ['высш категор'], narrows: 'teachers' },
  { id: 'staff.first_category', label: 'первая категория', group: 'staffing', synonyms: ['первая категория', 'первая квалификационная категория', 'с первой категорией'], stems: ['перв категор'], narrows: 'teachers' },
  { id: 'staff.vacancies', label: 'вакансии', group: 'staffing', synonyms: ['вакансии', 'вакансий', 'количество вакансий'], stems: ['ваканс'], narrows: 'teachers' },
  { id: 'staff.no_ped_edu', label: 'без педагогического образования', group: 'staffing', synonyms: ['без педагогического образования'], stems: ['без педагогическ образован'], narrows: 'teachers' },
  { id: 'staff.pk_3y', label: 'прошли ПК за 3 года', group: 'staffing', synonyms: ['прошли ПК за 3 года', 'прошли ПК', 'прошли курсы ПК за 3 года'], stems: ['прошл пк', 'повышен квалификац', 'курс пк'], narrows: 'teachers' },
  {
    id: 'prog.parent_satisfaction',
    label: 'доля удовлетворённых родителей',
    group: 'programme',
    synonyms: ['доля удовлетворённых родителей', 'удовлетворённость родителей'], stems: ['удовлетвор родител'],
  },
  { id: 'prog.honours', label: 'аттестаты с отличием', group: 'programme', synonyms: ['аттестаты с отличием', 'аттестат с отличием'], stems: ['аттестат отличи'] },
  { id: 'prog.medals', label: 'медали', group: 'programme', synonyms: ['медали', 'медалисты'], stems: ['медал'] },
  { id: 'prog.olympiad_participants', label: 'участники олимпиад', group: 'programme', synonyms: ['участники олимпиад'], stems: ['участник олимпиад'] },
  { id: 'prog.olympiad_winners', label: 'победители олимпиад', group: 'programme', synonyms: ['победители олимпиад', 'победители и призёры олимпиад'], stems: ['победител олимпиад', 'призер олимпиад'] },
  { id: 'prog.no_certificate', label: 'не получили аттестат', group: 'programme', synonyms: ['не получили аттестат'], stems: ['не получ аттестат'] },
  { id: 'prog.computers', label: 'компьютеры для обучающихся', group: 'programme', synonyms: ['компьютеры для обучающихся', 'количество компьютеров'], stems: ['компьютер'], narrows: 'pupils' },
  { id: 'yearIncluded', label: 'Год включения', group: 'approved', synonyms: ['Год включения', 'Год включения в перечень'], stems: ['год включен'] },
  { id: 'basis', label: 'Основание', group: 'approved', synonyms: ['Основание', 'Основание включения'], stems: ['основан'] },
];

/** A Рособрнадзор marker column: «4 РУ», «5 МА», «ВПР 6 БИ». */
export const MARKER_HEADER = /^(?:впр )?(\d{1,2}) ?(ру|ма|ок|ис|би|ге|об|фи|хи|ан|не|фр|ин|ли|мат|рус)$/;

export const MEANING_BY_ID: ReadonlyMap<string, Meaning> = new Map(MEANINGS.map((m) => [m.id, m]));

/** Exact spellings (as `textKey`) → meaning id. */
export const SYNONYM_INDEX: ReadonlyMap<string, string> = new Map(
  MEANINGS.flatMap((m) => m.synonyms.map((s) => [textKey(s), m.id] as [string, string])),
);

/** The meaning whose Russian label (or id) the user typed into the mapping sheet. */
export function meaningByLabel(text: string): string | null {
  const key = textKey(text);
  for (const m of MEANINGS) if (textKey(m.label) === key || m.id === text.trim()) return m.id;
  if (key === 'маркер') return 'marker';
  return SYNONYM_INDEX.get(key) ?? null;
}

/** Russian label of a meaning id, for the mapping sheet. */
export function meaningLabel(id: string): string {
  if (id === 'marker') return 'маркер';
  if (id === 'ignore') return 'не использовать';
  if (id === PERSONAL) return PERSONAL_LABEL;
  return MEANING_BY_ID.get(id)?.label ?? id;
}
