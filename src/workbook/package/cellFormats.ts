/**
 * Number formats as cells carry them: the code behind each cell style index of `styles.xml` (built-in
 * ids included), and whether a code shows a date — decided the way ExcelJS decides it, so both readers
 * hand the engine the same ISO dates.
 */
import { attribute, elements, innerRange } from './xmlText';

export const GENERAL = 'General';

/** Excel's built-in number formats (ECMA-376 §18.8.30), en-US codes. */
const BUILT_IN: Record<number, string> = {
  0: GENERAL,
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The number format code of every cell style index (`s="3"`), from the text of `styles.xml`. */
export function cellFormatCodes(stylesXml: string | undefined): string[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  for (const { tag } of elements(stylesXml, 'numFmt')) {
    const id = Number(attribute(tag, 'numFmtId'));
    const code = attribute(tag, 'formatCode');
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
  }
  const cellXfs = elements(stylesXml, 'cellXfs')[0];
  if (!cellXfs) return [];
  const { from, to } = innerRange(cellXfs);
  return elements(stylesXml, 'xf', from, to).map(({ tag }) => {
    const id = Number(attribute(tag, 'numFmtId') ?? 0);
    return custom.get(id) ?? BUILT_IN[id] ?? GENERAL;
  });
}

/** True for a code that shows a date or time (ExcelJS's test: y, m, d, h, s or b outside quotes and brackets). */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}

/** ISO day of an Excel serial date (1900 or 1904 system), as ExcelJS computes it. */
export function serialToIsoDay(serial: number, date1904: boolean): string | null {
  const ms = Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}
