/** OutputSheets built the way the engine builds them (with its sheet helpers), for the write tests. */
import type { OutputSheet } from '../../../src/engine/model';
import { emptySheet, FORMATS, printLandscape, writeTable, writeTitle } from '../../../src/engine/output/sheet';

/** A flags-like sheet: merged title, a three-column table with percents, a conditional fill, print setup. */
export function flagsSheet(name = 'Опора · ШНОР и ШНСУ'): OutputSheet {
  const sheet = emptySheet('flags', name);
  writeTitle(sheet, 0, 'Школы с низкими образовательными результатами', 3);
  writeTable(
    sheet,
    1,
    [
      { header: 'ОО', width: 40 },
      { header: 'Доля «2»', width: 12, format: FORMATS.percent },
      { header: 'Правило', width: 10 },
    ],
    [
      ['МБОУ СОШ № 1', 0.305, 'R1'],
      ['МБОУ ООШ с. Луговое', 0.111, 'R3'],
    ],
  );
  sheet.conditionalFormats.push({ range: 'B3:B4', operator: 'greaterThanOrEqual', value: 0.3, fill: 'F8CBAD' });
  printLandscape(sheet, '1:2');
  sheet.print = { ...sheet.print!, rowBreaks: [3] };
  sheet.tabColor = 'C00000';
  return sheet;
}

/** The very hidden record of what Opora owns. */
export function metaSheet(): OutputSheet {
  const sheet = emptySheet('meta', '_opora');
  sheet.visibility = 'veryHidden';
  sheet.values = [['owned', 'Опора · ШНОР и ШНСУ']];
  return sheet;
}

/** A user-editable settings sheet with one default. */
export function settingsSheet(value: number): OutputSheet {
  const sheet = emptySheet('settings', 'Опора · Настройки', 'createOnce');
  sheet.values = [['Порог доли «2»', value]];
  return sheet;
}
