/**
 * Russian names of the workbook content ExcelJS cannot save (see lossyContent.ts), shared by the CLI's
 * warnings and the standalone page, so both tell the user the same thing.
 */
import type { LossyKind } from './lossyContent';

export const LOSSY_TEXT: Record<LossyKind, string> = {
  charts: 'диаграммы',
  pivotTables: 'сводные таблицы',
  slicers: 'срезы и временные шкалы',
  shapes: 'фигуры, надписи и рисунки SmartArt',
  threadedComments: 'комментарии-обсуждения с ответами',
  macros: 'макросы VBA',
  formControls: 'элементы управления на листах (кнопки, флажки, списки)',
  embeddedObjects: 'внедрённые объекты (документы Word, PDF и т. п.)',
  cellImages: 'изображения в ячейках и связанные типы данных',
  externalLinks: 'связи с другими книгами',
  dataConnections: 'подключения к данным, запросы Power Query и модель данных',
  sparklines: 'спарклайны',
  crossSheetLists: 'раскрывающиеся списки со значениями с другого листа',
  pageBreaks: 'разрывы страниц на ваших листах',
};

/** `диаграммы, сводные таблицы` for a list of kinds. */
export function lossyList(kinds: readonly LossyKind[]): string {
  return kinds.map((kind) => LOSSY_TEXT[kind]).join(', ');
}
