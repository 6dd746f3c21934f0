/**
 * The layout of `Опора · Сопоставление`, shared by the sheet builder and the parser of the user's
 * corrections: section titles, column headers and the Russian words for roles and match methods.
 * Three sections, each a plain table whose last column «Исправление» is the user's to fill, a fourth,
 * read-only, «Что Опора не использовала»: the rows and columns of each sheet that gave no data, with why, and
 * a fifth, «Школы-партнёры»: each flagged school's proposed partner and the district's choice.
 */
import type { ColumnReason, NameMatch, RowClass, RowReason, SheetRole } from '../model';
import { textKey } from './text';

export const MAPPING_TITLE = 'Сопоставление: как Опора поняла листы книги';
export const MAPPING_HELP =
  'Проверьте и при необходимости впишите исправление в последний столбец каждой таблицы, затем нажмите «Пересчитать». ' +
  'Исправления сохраняются в книге и применяются при каждом пересчёте. Чтобы отменить исправление, очистите ячейку.';

export const SECTION_SHEETS = '1. Листы';
export const SECTION_COLUMNS = '2. Столбцы';
export const SECTION_NAMES = '3. Названия школ';
export const SECTION_UNUSED = '4. Что Опора не использовала';
export const SECTION_PARTNERS = '5. Школы-партнёры';

export const SHEETS_HEADER = ['Лист', 'Распознан как', 'Уверенность', 'Строки заголовка', 'Почему', 'Исправление: роль листа'] as const;
export const COLUMNS_HEADER = ['Лист', 'Столбец', 'Заголовок', 'Понят как', 'Исправление: значение столбца'] as const;
export const NAMES_HEADER = ['Написание', 'Где', 'Школа', 'Способ', 'Уверенность', 'Варианты', 'Исправление: школа'] as const;
export const UNUSED_HEADER = ['Лист', 'Что', 'Строки или столбец', 'Заголовок', 'Почему не использовано'] as const;
export const PARTNERS_HEADER = ['ОО', 'Признак', 'Предложение Опоры', 'Почему', 'Выбор района: школа-партнёр'] as const;

export const SHEETS_HINT =
  'Роль листа: Результаты процедур, Подтверждение отметок ВПР, Маркеры необъективности, Социальный паспорт, Кадры, ' +
  'Показатели программы, Реестр ОО, Утверждённый перечень или «не использовать».';
export const COLUMNS_HINT = 'Значение столбца — как в столбце «Понят как» (например, «Участники», «2», «Средний балл») или «не использовать».';
export const NAMES_HINT = 'Школа — её название или код, как в столбце «Школа», либо «отдельная школа», если это другая школа.';
export const UNUSED_HINT =
  'Строки и столбцы листов, из которых Опора не взяла чисел, и почему. Если столбец нужен, укажите его значение в разделе ' +
  '«2. Столбцы»; если не прочитан лист — его роль в разделе «1. Листы». Значения персональных данных Опора не читает.';
export const PARTNERS_HINT =
  'Для каждой ШНОР и ШНСУ — школа-партнёр, которую предлагает Опора (условия — в методике). Впишите в последний столбец ' +
  'название или код школы, которую выбрал район: выбор действует в дорожных картах, плане и мониторинге при каждом пересчёте.';
/** «Что» for each class of row Opora did not read as a school. */
export const ROW_CLASS_LABELS: Record<RowClass, string> = {
  title: 'строки над заголовком',
  header: 'строки заголовка',
  school: 'строки школ',
  total: 'итоговые строки',
  subtotal: 'строки-группы (муниципалитет)',
  reference: 'строки сравнения (регион, РФ)',
  numbering: 'строка номеров столбцов',
  note: 'примечания',
  skipped: 'пропущенные строки',
};
/** «Почему» for a row group: by its reason, else by its class. */
export const ROW_REASON_LABELS: Record<RowReason | Exclude<RowClass, 'school' | 'skipped'>, string> = {
  title: 'название таблицы и пояснения над ней',
  header: 'заголовок таблицы',
  total: 'итоговая строка, не школа (на листах результатов сверяется с суммой школ)',
  subtotal: 'итог по муниципалитету; его название отнесено к школам ниже',
  reference: 'значения региона или РФ: используются только для сравнения',
  numbering: 'номера столбцов под заголовком',
  note: 'примечание под таблицей',
  'repeated-header': 'заголовок, повторённый внутри таблицы',
  'no-school': 'нет названия, кода или логина ОО',
  'no-year': 'не понятен год: нет столбца «Год», года в заголовке или названии листа',
  'no-context': 'не понятны процедура, предмет или год',
  'no-values': 'нет ни одного числа в нужных столбцах',
  duplicate: 'повтор строки той же школы (использована первая строка)',
  'outside-table': 'вне таблицы',
  'sheet-not-read': 'лист не распознан или не используется',
};
export const COLUMN_LABEL = 'столбец';
export const COLUMN_REASON_LABELS: Record<ColumnReason, string> = {
  'not-understood': 'заголовок не понят — укажите значение в разделе «2. Столбцы»',
  'not-needed': 'не нужен для расчёта',
  'no-header': 'столбец без заголовка',
  'outside-table': 'вне таблицы',
  personal: 'персональные данные: значения не читаются и никуда не выводятся',
  'sheet-not-read': 'лист не распознан или не используется',
};

/** Words the user types for «do not use this» and «this is a school of its own». */
export const IGNORE_WORD = 'не использовать';
export const SEPARATE_SCHOOL = 'отдельная школа';

export const ROLE_LABELS: Record<SheetRole, string> = {
  results: 'Результаты процедур',
  confirmation: 'Подтверждение отметок ВПР',
  markers: 'Маркеры необъективности',
  contingent: 'Социальный паспорт',
  staffing: 'Кадры',
  programme: 'Показатели программы',
  register: 'Реестр ОО',
  approved: 'Утверждённый перечень',
  opora: 'Лист Опоры',
  unknown: 'Не распознан',
};

export const METHOD_LABELS: Record<NameMatch['method'], string> = {
  code: 'по коду',
  exact: 'точное совпадение',
  normalised: 'после нормализации',
  fuzzy: 'похожее написание — проверьте',
  user: 'исправлено вручную',
  none: 'не сопоставлено — проверьте',
};

const ROLE_BY_KEY = new Map<string, SheetRole | 'ignore'>([
  ...(Object.entries(ROLE_LABELS) as [SheetRole, string][]).map(([role, label]) => [textKey(label), role] as [string, SheetRole]),
  [textKey(IGNORE_WORD), 'ignore'],
  ['результаты', 'results'],
  ['подтверждение отметок', 'confirmation'],
  ['маркеры', 'markers'],
  ['реестр', 'register'],
  ['перечень', 'approved'],
  ['утвержденный перечень шнор', 'approved'],
]);

/** The role a user typed, or undefined when the text names none. */
export function roleByLabel(text: string): SheetRole | 'ignore' | undefined {
  const role = ROLE_BY_KEY.get(textKey(text));
  return role === 'opora' ? undefined : role;
}

/** The text written for a role correction. */
export function roleCorrectionLabel(role: SheetRole | 'ignore'): string {
  return role === 'ignore' ? IGNORE_WORD : ROLE_LABELS[role];
}
