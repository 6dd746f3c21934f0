/** The engine's CellStyle → ExcelJS style parts, layered onto whatever the cell already has. */
import type { Borders, Style } from 'exceljs';
import type { CellStyle } from '../../engine';

/** `RRGGBB` → ExcelJS ARGB (opaque). */
export function argb(hex: string): { argb: string } {
  return { argb: `FF${hex.replace(/^#/, '').toUpperCase()}` };
}

const THIN = { style: 'thin' } as const;
const THIN_BORDERS: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * A new style object with `style` layered on `base`. Always a fresh object: ExcelJS may share one style
 * object between cells, so mutating it in place would restyle cells outside the range.
 */
export function layerStyle(base: Partial<Style>, style: CellStyle): Partial<Style> {
  const next: Partial<Style> = { ...base };
  if (style.bold !== undefined || style.italic !== undefined || style.fontSize !== undefined || style.fontColor) {
    next.font = {
      ...base.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.fontSize !== undefined ? { size: style.fontSize } : {}),
      ...(style.fontColor ? { color: argb(style.fontColor) } : {}),
    };
  }
  if (style.fill) next.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(style.fill) };
  if (style.wrap !== undefined || style.horizontal || style.vertical) {
    next.alignment = {
      ...base.alignment,
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
    };
  }
  if (style.border) next.border = { ...THIN_BORDERS };
  return next;
}

/**
 * The style of a cell Opora leaves unstyled, one object for all of them (ExcelJS otherwise gives every
 * cell its own empty object and works out its style id cell by cell). Opora writes no dates, the one
 * value type for which ExcelJS would give an empty style a number format of its own.
 */
export const NO_STYLE: Partial<Style> = Object.freeze({});

/**
 * Style objects shared between cells, one per distinct layering: ExcelJS remembers a style object it
 * has already written and reuses its id, while a fresh object per cell costs a serialise-and-look-up on
 * every cell. The objects are frozen, so a shared one can never be restyled in place.
 */
export class SharedStyles {
  private readonly layered = new WeakMap<Partial<Style>, Map<string, Partial<Style>>>();

  /** `base` with the layer named `key` applied by `make`, the same object for the same base and key. */
  layer(base: Partial<Style>, key: string, make: (base: Partial<Style>) => Partial<Style>): Partial<Style> {
    let byKey = this.layered.get(base);
    if (!byKey) this.layered.set(base, (byKey = new Map()));
    let next = byKey.get(key);
    if (!next) byKey.set(key, (next = Object.freeze(make(base))));
    return next;
  }
}
