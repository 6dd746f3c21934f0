/**
 * Column meanings and the header spellings that announce them (METHODOLOGY §1, «typical headers»).
 * A methodologist's new spelling is one more string here. Matching is by `textKey`, so case, ё,
 * quotes, doubled spaces and punctuation do not matter; a header also matches a synonym that is its
 * first words («на учёте (ПДН, КДН, ВШУ)» → «на учете»), the longest such synonym winning.
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
  synonyms: string[];
}

export const MEANINGS: Meaning[] = [
  { id: 'rowno', label: '№ строки', group: 'other', synonyms: ['№', '№ п/п', 'п/п', '№ пп', 'N п/п', 'номер'] },
  { id: 'code', label: 'Код ОО', group: 'identity', synonyms: ['Код', 'Код ОО', 'Код ОУ', 'Код школы', 'Код организации'] },
  { id: 'login', label: 'Логин', group: 'identity', synonyms: ['Логин', 'Логин ОО'] },
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
    ],
  },
  { id: 'fullName', label: 'Полное наименование', group: 'register', synonyms: ['Полное наименование', 'Полное наименование ОО'] },
  { id: 'type', label: 'Тип ОО', group: 'register', synonyms: ['Тип', 'Тип ОО', 'Вид ОО'] },
  { id: 'settlement', label: 'Населённый пункт', group: 'register', synonyms: ['Населённый пункт', 'Нас. пункт', 'Поселение'] },
  { id: 'partner', label: 'Школа-наставник', group: 'register', synonyms: ['Школа-наставник', 'Школа-партнёр', 'Наставник'] },
  {
    id: 'municipality',
    label: 'Муниципалитет',
    group: 'context',
    synonyms: ['Муниципалитет', 'Муниципальное образование', 'МО', 'Район', 'Муниципальный район', 'АТЕ', 'Город/район'],
  },
  { id: 'year', label: 'Год', group: 'context', synonyms: ['Год', 'Учебный год', 'Год проведения', 'Период'] },
  { id: 'subject', label: 'Предмет', group: 'context', synonyms: ['Предмет', 'Учебный предмет'] },
  { id: 'grade', label: 'Класс', group: 'context', synonyms: ['Класс', 'Параллель'] },
  { id: 'assessment', label: 'Процедура', group: 'context', synonyms: ['Процедура', 'Оценочная процедура', 'Вид процедуры', 'Экзамен'] },
  {
    id: 'n',
    label: 'Участники',
    group: 'result',
    synonyms: [
      'Кол-во участников', 'Количество участников', 'Число участников', 'Участники', 'Участников', 'Всего участников',
      'Писали', 'Выполняли работу', 'Сдавали', 'Уч.', 'Кол-во', 'Количество обучающихся, выполнявших работу',
    ],
  },
  {
    id: 'm2',
    label: '«2»',
    group: 'result',
    synonyms: ['2', 'Отметка 2', 'Получили 2', 'Не справились', 'Не преодолели минимальный порог', 'Не преодолели порог', 'Ниже минимального порога'],
  },
  { id: 'm3', label: '«3»', group: 'result', synonyms: ['3', 'Отметка 3', 'Получили 3'] },
  { id: 'm4', label: '«4»', group: 'result', synonyms: ['4', 'Отметка 4', 'Получили 4'] },
  { id: 'm5', label: '«5»', group: 'result', synonyms: ['5', 'Отметка 5', 'Получили 5'] },
  {
    id: 'mean',
    label: 'Средний балл',
    group: 'result',
    synonyms: ['Средний балл', 'Средний тестовый балл', 'Средний первичный балл', 'Средняя отметка', 'Ср. балл'],
  },
  { id: 'fail', label: 'Доля «2», %', group: 'result', synonyms: ['Доля 2', 'Доля неуспевающих', 'Доля не преодолевших порог'] },
  { id: 'success', label: 'Успеваемость, %', group: 'result', synonyms: ['Успеваемость'] },
  { id: 'quality', label: 'Качество знаний, %', group: 'result', synonyms: ['Качество знаний', 'Качество', 'Качество обученности'] },
  { id: 'hundred', label: '100 баллов (не используется)', group: 'other', synonyms: ['100 баллов', 'Стобалльники'] },
  { id: 'percent', label: 'Процент (не используется)', group: 'other', synonyms: ['%', 'Доля', 'Процент'] },
  { id: 'lower', label: 'Понизили', group: 'confirmation', synonyms: ['Понизили'] },
  { id: 'confirm', label: 'Подтвердили', group: 'confirmation', synonyms: ['Подтвердили'] },
  { id: 'higher', label: 'Повысили', group: 'confirmation', synonyms: ['Повысили'] },
  { id: 'total', label: 'Всего', group: 'other', synonyms: ['Всего', 'Итого'] },
  { id: 'markerCount', label: 'Количество маркеров', group: 'markers', synonyms: ['Количество маркеров', 'Кол-во маркеров', 'Всего маркеров'] },
  {
    id: 'pupils',
    label: 'Всего обучающихся',
    group: 'contingent',
    synonyms: ['Всего обучающихся', 'Численность обучающихся', 'Количество обучающихся', 'Всего учащихся', 'Контингент', 'Обучающихся'],
  },
  { id: 'social.incomplete_family', label: 'в неполных семьях', group: 'contingent', synonyms: ['в неполных семьях', 'Неполные семьи', 'из неполных семей'] },
  { id: 'social.registered', label: 'на учёте', group: 'contingent', synonyms: ['на учёте', 'Состоят на учёте', 'на профилактическом учёте'] },
  { id: 'social.unemployed_parents', label: 'оба родителя безработные', group: 'contingent', synonyms: ['оба родителя безработные', 'Безработные родители'] },
  { id: 'social.guardianship', label: 'опекаемые', group: 'contingent', synonyms: ['опекаемые', 'под опекой'] },
  { id: 'social.non_native', label: 'инофоны', group: 'contingent', synonyms: ['инофоны', 'не владеют русским', 'не владеют русским языком'] },
  { id: 'social.disability', label: 'с ОВЗ', group: 'contingent', synonyms: ['с ОВЗ', 'ОВЗ', 'дети с ОВЗ'] },
  { id: 'social.low_income', label: 'малообеспеченные', group: 'contingent', synonyms: ['малообеспеченные', 'из малообеспеченных семей'] },
  { id: 'social.large_family', label: 'многодетные', group: 'contingent', synonyms: ['многодетные', 'из многодетных семей'] },
  {
    id: 'social.parents_no_prof_edu',
    label: 'родители без профессионального образования',
    group: 'contingent',
    synonyms: ['родители без профессионального образования'],
  },
  { id: 'social.parents_higher_edu', label: 'оба родителя с высшим образованием', group: 'contingent', synonyms: ['оба родителя с высшим образованием'] },
  { id: 'social.part_time', label: 'очно-заочная форма', group: 'contingent', synonyms: ['очно-заочная форма', 'очно-заочная форма обучения'] },
  {
    id: 'teachers',
    label: 'Всего педагогов',
    group: 'staffing',
    synonyms: ['Всего педагогов', 'Численность педагогов', 'Педагогов', 'Педагогических работников', 'Всего педагогических работников'],
  },
  { id: 'staff.pension_age', label: 'пенсионного возраста', group: 'staffing', synonyms: ['пенсионного возраста', 'пенсионеры'] },
  { id: 'staff.top_category', label: 'высшая категория', group: 'staffing', synonyms: ['высшая категория', 'высшая квалификационная категория', 'с высшей категорией'] },
  { id: 'staff.first_category', label: 'первая категория', group: 'staffing', synonyms: ['первая категория', 'первая квалификационная категория', 'с первой категорией'] },
  { id: 'staff.vacancies', label: 'вакансии', group: 'staffing', synonyms: ['вакансии', 'вакансий', 'количество вакансий'] },
  { id: 'staff.no_ped_edu', label: 'без педагогического образования', group: 'staffing', synonyms: ['без педагогического образования'] },
  { id: 'staff.pk_3y', label: 'прошли ПК за 3 года', group: 'staffing', synonyms: ['прошли ПК за 3 года', 'прошли ПК', 'прошли курсы ПК за 3 года'] },
  {
    id: 'prog.parent_satisfaction',
    label: 'доля удовлетворённых родителей',
    group: 'programme',
    synonyms: ['доля удовлетворённых родителей', 'удовлетворённость родителей'],
  },
  { id: 'prog.honours', label: 'аттестаты с отличием', group: 'programme', synonyms: ['аттестаты с отличием', 'аттестат с отличием'] },
  { id: 'prog.medals', label: 'медали', group: 'programme', synonyms: ['медали', 'медалисты'] },
  { id: 'prog.olympiad_participants', label: 'участники олимпиад', group: 'programme', synonyms: ['участники олимпиад'] },
  { id: 'prog.olympiad_winners', label: 'победители олимпиад', group: 'programme', synonyms: ['победители олимпиад', 'победители и призёры олимпиад'] },
  { id: 'prog.no_certificate', label: 'не получили аттестат', group: 'programme', synonyms: ['не получили аттестат'] },
  { id: 'prog.computers', label: 'компьютеры для обучающихся', group: 'programme', synonyms: ['компьютеры для обучающихся', 'количество компьютеров'] },
  { id: 'yearIncluded', label: 'Год включения', group: 'approved', synonyms: ['Год включения', 'Год включения в перечень'] },
  { id: 'basis', label: 'Основание', group: 'approved', synonyms: ['Основание', 'Основание включения'] },
];

/** A Рособрнадзор marker column: «4 РУ», «5 МА», «ВПР 6 БИ». */
export const MARKER_HEADER = /^(?:впр )?(\d{1,2}) ?(ру|ма|ок|ис|би|ге|об|фи|хи|ан|не|фр|ин|ли|мат|рус)$/;

/** «3,4» or «1 2»: numbers, never a header. */
const NUMBERS_ONLY = /^\d+(?: \d+)+$/;

export const MEANING_BY_ID: ReadonlyMap<string, Meaning> = new Map(MEANINGS.map((m) => [m.id, m]));

const SYNONYM_INDEX: ReadonlyMap<string, string> = new Map(
  MEANINGS.flatMap((m) => m.synonyms.map((s) => [textKey(s), m.id] as [string, string])),
);

/** Meanings whose count, when written with «%» or «доля», becomes this share. */
const SHARE_OF: Record<string, string> = { m2: 'fail', success: 'success', quality: 'quality' };

/**
 * The meaning of one header text, or null. «%»/«доля» turn a «2» column into the fail share; any other
 * count with «%» is a percent column Opora does not need.
 */
export function meaningOf(header: string): string | null {
  const key = textKey(header);
  if (key === '') return null;
  if (MARKER_HEADER.test(key)) return 'marker';
  const exact = SYNONYM_INDEX.get(key);
  if (exact) return exact;
  if (NUMBERS_ONLY.test(key)) return null;
  const words = key.split(' ');
  const isShare = words.includes('%') || words[0] === 'доля' || words[0] === 'процент';
  const core = words.filter((w) => w !== '%' && w !== 'доля' && w !== 'процент');
  for (let k = core.length; k > 0; k--) {
    const id = SYNONYM_INDEX.get(core.slice(0, k).join(' '));
    if (!id) continue;
    if (!isShare) return id;
    return SHARE_OF[id] ?? (MEANING_BY_ID.get(id)?.group === 'result' ? 'percent' : id);
  }
  return isShare && core.length === 0 ? 'percent' : null;
}

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
