/**
 * `Опора · Каталог мер`: the default measures, written once (mode `createOnce`) for the methodologist to
 * edit; afterwards Opora only reads it (`plans/catalogue.ts`). Title and how-to lines sit above the table,
 * so the table itself has no merged cells and can be filtered.
 */
import type { CellValue, OutputSheet } from '../model';
import { OWNED_SHEETS } from '../owned';
import { formatAudience } from '../plans/audience';
import type { Measure } from '../plans/catalogue';
import { CATALOGUE_COLUMNS, type CatalogueField } from '../plans/catalogueColumns';
import { DEFAULT_MEASURES } from '../plans/defaultMeasures';
import { directionName, DIRECTIONS } from '../plans/directions';
import { emptySheet, FORMATS, printLandscape, setCell, tableCells, writeTable, writeTitle, type ColumnSpec } from './sheet';
import { a1 } from '../a1';

/** A measure's cell; audience and direction, kept in English inside, in the words a person reads back. */
function cell(m: Measure, field: CatalogueField): CellValue {
  if (field === 'audience') return formatAudience(m.audience);
  if (field === 'direction') return directionName(m.direction);
  return m[field];
}

/** How-to lines, one per row and unmerged, so Excel shows them whole without row-height fitting. */
const NOTES = [
  'Опора берёт меры для плана мероприятий и дорожных карт из этой таблицы: строки можно менять, удалять и добавлять.',
  '«Для кого»: ШНОР; ШНСУ; риск 1–10; объективность; все ОО — через «;». «Срок» пишется без года («март – апрель», «в течение года»): год подставляется из настроек.',
  `«Направление»: ${DIRECTIONS.map((d) => d.name).join(', ')}.`,
];
const HEADER_ROW = NOTES.length + 2;

export function buildCatalogueSheet(): OutputSheet {
  const sheet = emptySheet('catalogue', OWNED_SHEETS.catalogue, 'createOnce');
  const span = CATALOGUE_COLUMNS.length;
  writeTitle(sheet, 0, 'Каталог мер поддержки ШНОР и ШНСУ', span);
  NOTES.forEach((line, i) => {
    setCell(sheet, 1 + i, 0, line);
    sheet.styles.push({ range: a1(1 + i, 0), style: { italic: true } });
  });
  const columns = CATALOGUE_COLUMNS.map(
    (c): ColumnSpec<Measure> => ({
      header: c.header,
      width: c.width,
      format: FORMATS.text,
      wrap: c.width >= 18,
      value: (m) => cell(m, c.field),
    }),
  );
  writeTable(sheet, HEADER_ROW, columns, tableCells(columns, DEFAULT_MEASURES));
  printLandscape(sheet, `${HEADER_ROW + 1}:${HEADER_ROW + 1}`);
  return sheet;
}
