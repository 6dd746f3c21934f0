/**
 * The columns of `Опора · Каталог мер`: the header Opora writes, its width, and the spellings a person
 * may have left when retyping a header (matched lower-cased, ё → е, spaces collapsed).
 */

export type CatalogueField =
  | 'code'
  | 'direction'
  | 'text'
  | 'audience'
  | 'deadline'
  | 'responsible'
  | 'results'
  | 'indicator';

export interface CatalogueColumn {
  field: CatalogueField;
  header: string;
  width: number;
  synonyms: string[];
}

export const CATALOGUE_COLUMNS: CatalogueColumn[] = [
  { field: 'code', header: 'Код', width: 8, synonyms: ['код', 'код меры', '№', '№ п/п'] },
  { field: 'direction', header: 'Направление', width: 22, synonyms: ['направление', 'направление работы'] },
  { field: 'text', header: 'Мероприятие', width: 60, synonyms: ['мероприятие', 'мероприятия', 'мера', 'содержание'] },
  { field: 'audience', header: 'Для кого', width: 18, synonyms: ['для кого', 'для каких оо', 'адресат', 'целевая группа'] },
  { field: 'deadline', header: 'Срок', width: 16, synonyms: ['срок', 'сроки', 'срок реализации', 'срок исполнения'] },
  { field: 'responsible', header: 'Ответственные', width: 26, synonyms: ['ответственные', 'ответственный', 'исполнители'] },
  {
    field: 'results',
    header: 'Предполагаемые результаты',
    width: 36,
    synonyms: ['предполагаемые результаты', 'ожидаемые результаты', 'результаты', 'результат'],
  },
  { field: 'indicator', header: 'Показатель', width: 28, synonyms: ['показатель', 'показатели', 'индикатор'] },
];

/** How a header cell is compared with the synonyms. */
export function normaliseHeader(value: unknown): string {
  return String(value ?? '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
