/**
 * Columns of personal data (ФИО, дата рождения, СНИЛС, паспорт, телефон, e-mail): recognized by their
 * header words so that no reader ever takes their values — they never reach Opora's sheets, diagnostics
 * or the summary; the account of the sheet lists such a column by its letter and header only.
 */
import { textKey } from './text';

/** The meaning id given to a personal-data column. */
export const PERSONAL = 'personal';
/** How such a column is shown in `Опора · Сопоставление`. */
export const PERSONAL_LABEL = 'персональные данные (не читаются)';

/** Header words of personal data, compared on `textKey` text as whole words. */
const PERSONAL_WORDS =
  /(?:^| )(?:фио|ф и о|фамили\S*|имя|отчеств\S*|снилс|паспорт\S*|дат\S* рождени\S*|телефон\S*|тел|моб|e mail|email|почта|электронн\S* почт\S*)(?= |$)/;

/** True when a header names personal data. */
export function isPersonalHeader(header: string): boolean {
  return PERSONAL_WORDS.test(textKey(header));
}
