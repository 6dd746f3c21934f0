/**
 * The seven directions of work with ШНОР and ШНСУ (seeds 000, 002, 004), in the order the event plan
 * numbers its sections, with the section heading each gets and the stem that recognizes a direction
 * typed by a person («Нормативно – правовое», «кадровое направление»).
 */

export type Direction =
  | 'нормативно-правовое'
  | 'организационно-управленческое'
  | 'диагностико-аналитическое'
  | 'научно-методическое'
  | 'кадровое'
  | 'социально-педагогическое'
  | 'имиджевое';

export interface DirectionInfo {
  id: Direction;
  /** Section heading in the event plan (seed 002 style). */
  section: string;
  /** Letters-only stem matched against a typed direction (lower case, ё → е). */
  stem: string;
}

export const DIRECTIONS: DirectionInfo[] = [
  { id: 'нормативно-правовое', section: 'Нормативно-правовое обеспечение реализации программы', stem: 'нормативноправов' },
  {
    id: 'организационно-управленческое',
    section: 'Создание условий и организационно-управленческое обеспечение реализации программы',
    stem: 'организационноуправлен',
  },
  {
    id: 'диагностико-аналитическое',
    section: 'Диагностико-аналитическое обеспечение: мониторинг и оценка результатов',
    stem: 'диагностикоаналит',
  },
  {
    id: 'научно-методическое',
    section: 'Оказание методической поддержки ОО, реализующим программы перехода в эффективный режим работы',
    stem: 'научнометод',
  },
  { id: 'кадровое', section: 'Развитие кадрового потенциала и повышение квалификации педагогов', stem: 'кадров' },
  {
    id: 'социально-педагогическое',
    section: 'Социально-педагогическое сопровождение обучающихся и семей',
    stem: 'социальнопедагог',
  },
  {
    id: 'имиджевое',
    section: 'Формирование имиджа ОО, взаимодействие с родителями и социальными партнёрами',
    stem: 'имидж',
  },
];

/** Recognizes a typed direction by its stem; null when none matches. */
export function parseDirection(text: string): Direction | null {
  const letters = text.toLowerCase().replace(/ё/g, 'е').replace(/[^а-я]/g, '');
  if (letters === '') return null;
  return DIRECTIONS.find((d) => letters.includes(d.stem))?.id ?? null;
}
