/**
 * The seven directions of work with ШНОР and ШНСУ (seeds 000, 002, 004), in the order the event plan
 * numbers its sections, with the Russian name the catalogue shows, the section heading each gets and the stem that recognizes a direction
 * typed by a person («Нормативно – правовое», «кадровое направление»).
 */

export type Direction = 'legal' | 'management' | 'diagnostics' | 'methodology' | 'staff' | 'socialPedagogy' | 'image';

export interface DirectionInfo {
  id: Direction;
  /** The direction as «Направление» of the measures catalogue writes it («кадровое»). */
  name: string;
  /** Section heading in the event plan (seed 002 style). */
  section: string;
  /** Letters-only stem matched against a typed direction (lower case, ё → е). */
  stem: string;
}

export const DIRECTIONS: DirectionInfo[] = [
  { id: 'legal', name: 'нормативно-правовое', section: 'Нормативно-правовое обеспечение реализации программы', stem: 'нормативноправов' },
  {
    id: 'management',
    name: 'организационно-управленческое',
    section: 'Создание условий и организационно-управленческое обеспечение реализации программы',
    stem: 'организационноуправлен',
  },
  {
    id: 'diagnostics',
    name: 'диагностико-аналитическое',
    section: 'Диагностико-аналитическое обеспечение: мониторинг и оценка результатов',
    stem: 'диагностикоаналит',
  },
  {
    id: 'methodology',
    name: 'научно-методическое',
    section: 'Оказание методической поддержки ОО, реализующим программы перехода в эффективный режим работы',
    stem: 'научнометод',
  },
  { id: 'staff', name: 'кадровое', section: 'Развитие кадрового потенциала и повышение квалификации педагогов', stem: 'кадров' },
  {
    id: 'socialPedagogy',
    name: 'социально-педагогическое',
    section: 'Социально-педагогическое сопровождение обучающихся и семей',
    stem: 'социальнопедагог',
  },
  {
    id: 'image',
    name: 'имиджевое',
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

const NAMES = Object.fromEntries(DIRECTIONS.map((d) => [d.id, d.name])) as Record<Direction, string>;

/** The Russian name of a direction («кадровое»). */
export function directionName(id: Direction): string {
  return NAMES[id];
}
