/**
 * Which sheets Opora owns and what they are called (DESIGN «Owned sheets»). Output names start with
 * «Опора · »; the very hidden `_opora` sheet records which sheets Opora wrote, so a user's sheet with a
 * similar name is never taken for one of ours.
 */

export const OWNED_PREFIX = 'Опора · ';
export const META_SHEET = '_opora';

/** Keys of the sheets Opora writes, with their preferred names. */
export const OWNED_SHEETS = {
  summary: 'Опора · Сводка',
  indicators: 'Опора · Показатели',
  flags: 'Опора · ШНОР и ШНСУ',
  riskProfiles: 'Опора · Профили рисков',
  objectivity: 'Опора · Объективность ВПР',
  eventPlan: 'Опора · План мероприятий',
  roadmap: 'Опора · Дорожная карта',
  passport: 'Опора · Паспорт программы',
  diagnostics: 'Опора · Диагностика',
  settings: 'Опора · Настройки',
  catalogue: 'Опора · Каталог мер',
  mapping: 'Опора · Сопоставление',
} as const;

export type OwnedSheetKey = keyof typeof OWNED_SHEETS;

/** `_opora`, or `_opora (2)`… where a sheet of the user's already has that name. */
export function isMetaName(name: string): boolean {
  return name === META_SHEET || /^_opora \(\d+\)$/.test(name);
}

/** True for a sheet that might be Opora's by its name (ownership itself is decided by the meta sheet). */
export function looksOwned(name: string): boolean {
  return isMetaName(name) || name.startsWith(OWNED_PREFIX);
}
