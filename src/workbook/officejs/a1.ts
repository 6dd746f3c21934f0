/**
 * A1 addresses as Office.js returns them (`'Опора · Сводка'!A1:C9`, comma-joined lists for RangeAreas)
 * turned into the engine's 0-based rectangles (the parser itself is the engine's).
 */
export { localPart, parseRect, SHEET_COLUMNS, SHEET_ROWS } from '../../engine';

/** Splits a RangeAreas address list on the commas that are not inside a quoted sheet name. */
export function splitAreas(list: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}
