/**
 * The layout of `Опора · Сопоставление`, shared by the sheet builder and the parser of the user's
 * corrections: section titles, column headers and the Russian words for roles and match methods.
 * Three sections, each a plain table whose last column «Исправление» is the user's to fill.
 */
import type { NameMatch, SheetRole } from '../model';
import { textKey } from './text';

export const MAPPING_TITLE = 'Сопоставление: как Опора поняла листы книги';
export const MAPPING_HELP =
  'Проверьте и при необходимости впишите исправление в последний столбец каждой таблицы, затем нажмите «Пересчитать». ' +
  'Исправления сохраняются в книге и применяются при каждом пересчёте. Чтобы отменить исправление, очистите ячейку.';

export const SECTION_SHEETS = '1. Листы';
export const SECTION_COLUMNS = '2. Столбцы';
export const SECTION_NAMES = '3. Названия школ';

export const SHEETS_HEADER = ['Лист', 'Распознан как', 'Уверенность', 'Строки заголовка', 'Почему', 'Исправление: роль листа'];
export const COLUMNS_HEADER = ['Лист', 'Столбец', 'Заголовок', 'Понят как', 'Исправление: значение столбца'];
export const NAMES_HEADER = ['Написание', 'Где', 'Школа', 'Способ', 'Уверенность', 'Варианты', 'Исправление: школа'];

export const SHEETS_HINT =
  'Роль листа: Результаты процедур, Подтверждение отметок ВПР, Маркеры необъективности, Социальный паспорт, Кадры, ' +
  'Показатели программы, Реестр ОО, Утверждённый перечень или «не использовать».';
export const COLUMNS_HINT = 'Значение столбца — как в столбце «Понят как» (например, «Участники», «2», «Средний балл») или «не использовать».';
export const NAMES_HINT = 'Школа — её название или код, как в столбце «Школа», либо «отдельная школа», если это другая школа.';

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
