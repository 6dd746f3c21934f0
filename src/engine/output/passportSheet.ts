/**
 * `Опора · Паспорт программы` (seed 002's programme passport): `Показатель | Базовое значение (Y) |
 * Целевое (Y+1) | Целевое (Y+2) | Источник цели` for the district indicators that have data
 * (`plans/passportRows.ts`); targets typed into settings win over the default rule.
 */
import type { Analysis, Dataset, OutputSheet } from '../model';
import { OWNED_SHEETS } from '../owned';
import { passportRows } from '../plans/passportRows';
import { TARGET_SOURCE_LABEL } from '../plans/targetIndicators';
import { TARGET_YEARS } from '../plans/targets';
import type { Settings } from '../settings/defaults';
import { a1, a1Range, emptySheet, FORMATS, printLandscape, setCell, writeTable, writeTitle } from './sheet';

const HEADER_ROW = 3;

export function buildPassportSheet(analysis: Analysis, dataset: Dataset, settings: Settings): OutputSheet {
  const sheet = emptySheet('passport', OWNED_SHEETS.passport);
  const y = analysis.year;
  const district = settings.districtName.trim() ? `, ${settings.districtName.trim()}` : '';
  const span = 1 + 1 + TARGET_YEARS;
  writeTitle(sheet, 0, `Паспорт программы поддержки ШНОР и ШНСУ${district}: целевые показатели`, span + 1, 13);
  setCell(sheet, 1, 0, 'Целевые значения: каждый год — половина разрыва до лучшего квартиля ОО района, с округлением до 1 п.п.; доля ШНОР — вдвое меньше за год. Цель, введённая в «Опора · Настройки», заменяет расчётную (но не хуже базового значения).');
  sheet.styles.push({ range: a1(1, 0), style: { italic: true } });

  const rows = passportRows(analysis, dataset, settings.targets);
  const columns = [
    { header: 'Показатель', width: 70, format: FORMATS.text, wrap: true },
    { header: `Базовое значение (${y})`, width: 18 },
    ...Array.from({ length: TARGET_YEARS }, (_, i) => ({ header: `Целевое (${y + i + 1})`, width: 16 })),
    { header: 'Источник цели', width: 36, format: FORMATS.text, wrap: true },
  ];
  writeTable(sheet, HEADER_ROW, columns, rows.map((r) => [r.label, r.base, ...r.targets, TARGET_SOURCE_LABEL[r.source]]));
  rows.forEach((r, i) => {
    const line = HEADER_ROW + 1 + i;
    sheet.numberFormats.push({ range: a1Range(line, 1, line, span - 1), format: r.kind === 'share' ? FORMATS.percent : FORMATS.integer });
  });
  printLandscape(sheet, `${HEADER_ROW + 1}:${HEADER_ROW + 1}`);
  return sheet;
}
