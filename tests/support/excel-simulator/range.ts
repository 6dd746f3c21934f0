/**
 * Simulated `Excel.Range`, `RangeAreas`, range format and conditional formats. Only the members the
 * adapter uses exist; an unknown format property throws (the objects are sealed), so a typo in the adapter
 * fails a test instead of silently doing nothing.
 */
import { contains, intersects, localAddress, qualified, type Rect } from './addresses';
import { writeInput } from './coerce';
import { cellAt, ensureCell, type SimConditionalFormat, type SimSheet, type SimValue } from './model';
import { SimObject, SimRichApiError, type SimRequest } from './request';

/** Excel's largest row height in points. */
export const MAX_ROW_POINTS = 409;

export interface RangeTarget {
  sheet: SimSheet;
  rect: Rect;
}

/** Throws `InvalidObjectPath` when the sheet behind a proxy was deleted earlier in the queue. */
export type SheetCheck = (sheet: SimSheet) => void;

function rows(r: Rect): number {
  return r.bottom - r.top + 1;
}
function cols(r: Rect): number {
  return r.right - r.left + 1;
}

function checkShape(r: Rect, matrix: unknown, what: string): unknown[][] {
  if (!Array.isArray(matrix) || matrix.length !== rows(r) || matrix.some((row) => !Array.isArray(row) || row.length !== cols(r))) {
    throw new SimRichApiError('InvalidArgument', `${what}: the 2-D array does not match the range ${localAddress(r)}`);
  }
  return matrix as unknown[][];
}

/** A sealed object whose listed properties record what is set on them. */
function setterObject(names: string[], onSet: (name: string, value: unknown) => void, extra: object = {}): object {
  const obj: Record<string, unknown> = { ...extra };
  for (const name of names) {
    Object.defineProperty(obj, name, {
      enumerable: true,
      get: () => {
        throw new SimRichApiError('PropertyNotLoaded', `format property '${name}' is write-only in this simulator`);
      },
      set: (value: unknown) => onSet(name, value),
    });
  }
  return Object.seal(obj);
}

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];

export class SimRange extends SimObject<RangeTarget> {
  readonly format: object;
  readonly conditionalFormats: { add: (type: string) => object };

  constructor(req: SimRequest, resolver: () => RangeTarget | null, private readonly check: SheetCheck) {
    super(req, resolver);
    const style = (property: string) => (name: string, value: unknown) =>
      this.command({ format: `${property}${name}`, value }, (t) => t.sheet.styles.push({ rect: t.rect, property: `${property}${name}`, value }));
    this.format = setterObject(
      ['wrapText', 'horizontalAlignment', 'verticalAlignment', 'rowHeight', 'columnWidth'],
      (name, value) => {
        if (name === 'columnWidth') this.setColumnWidth(Number(value));
        else if (name === 'rowHeight') this.setRowHeight(Number(value));
        else style('')(name, value);
      },
      {
        font: setterObject(['bold', 'italic', 'size', 'color', 'name'], style('font.')),
        fill: setterObject(['color'], style('fill.')),
        borders: Object.freeze({
          getItem: (edge: string) => {
            if (!BORDER_EDGES.includes(edge)) throw new SimRichApiError('InvalidArgument', `border ${edge}`);
            return setterObject(['style', 'color', 'weight'], style(`borders.${edge}.`));
          },
        }),
      },
    );
    this.conditionalFormats = Object.freeze({ add: (type: string) => this.addConditionalFormat(type) });
  }

  protected override must(): RangeTarget {
    const t = super.must();
    this.check(t.sheet);
    return t;
  }

  protected snapshot(t: RangeTarget, path: string): unknown {
    const r = t.rect;
    switch (path) {
      case 'address':
        return qualified(t.sheet.name, r);
      case 'rowIndex':
        return r.top;
      case 'columnIndex':
        return r.left;
      case 'rowCount':
        return rows(r);
      case 'columnCount':
        return cols(r);
      case 'values':
        return this.matrix(t, (row, col) => {
          const v = cellAt(t.sheet, row, col)?.value;
          return v === null || v === undefined ? '' : v;
        });
      case 'numberFormat':
        return this.matrix(t, (row, col) => cellAt(t.sheet, row, col)?.numberFormat ?? 'General');
      default:
        throw new SimRichApiError('InvalidArgument', `Range.${path} is not simulated`);
    }
  }

  private matrix<V>(t: RangeTarget, at: (row: number, col: number) => V): V[][] {
    if (rows(t.rect) * cols(t.rect) > 5_000_000) {
      throw new SimRichApiError('InvalidOperation', `reading ${localAddress(t.rect)}: more than 5,000,000 cells in one request`);
    }
    const out: V[][] = [];
    for (let r = t.rect.top; r <= t.rect.bottom; r++) {
      const line: V[] = [];
      for (let c = t.rect.left; c <= t.rect.right; c++) line.push(at(r, c));
      out.push(line);
    }
    return out;
  }

  get address(): string {
    return this.get('address') as string;
  }
  /** The address at the moment a queued command runs (charts keep their source ranges this way). */
  resolvedAddress(): string {
    const t = this.must();
    return qualified(t.sheet.name, t.rect);
  }
  get rowIndex(): number {
    return this.get('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.get('columnIndex') as number;
  }
  get rowCount(): number {
    return this.get('rowCount') as number;
  }
  get columnCount(): number {
    return this.get('columnCount') as number;
  }
  get values(): SimValue[][] {
    return this.get('values') as SimValue[][];
  }
  set values(matrix: SimValue[][]) {
    this.command({ values: matrix }, (t) => {
      const m = checkShape(t.rect, matrix, 'values') as SimValue[][];
      if (t.sheet.protected) throw new SimRichApiError('AccessDenied', 'The sheet is protected');
      m.forEach((line, i) =>
        line.forEach((v, j) => {
          if (v !== null) writeInput(ensureCell(t.sheet, t.rect.top + i, t.rect.left + j), v);
        }),
      );
    });
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat') as string[][];
  }
  set numberFormat(matrix: string[][]) {
    this.command({ numberFormat: matrix }, (t) => {
      const m = checkShape(t.rect, matrix, 'numberFormat') as string[][];
      m.forEach((line, i) =>
        line.forEach((f, j) => {
          if (f !== null) ensureCell(t.sheet, t.rect.top + i, t.rect.left + j).numberFormat = f;
        }),
      );
    });
  }

  /** `Range.getRow(i)`: the runtime itself writes a large `values` array in row chunks through it. */
  getRow(index: number): SimRange {
    return new SimRange(
      this.req,
      () => {
        const t = this.must();
        const top = t.rect.top + index;
        if (!Number.isInteger(index) || index < 0 || top > t.rect.bottom) throw new SimRichApiError('InvalidArgument', `getRow(${index})`);
        return { sheet: t.sheet, rect: { ...t.rect, top, bottom: top } };
      },
      this.check,
    );
  }

  /** `Range.getBoundingRect(other)`: the smallest rectangle holding both ranges of one sheet. */
  getBoundingRect(other: SimRange): SimRange {
    return new SimRange(
      this.req,
      () => {
        const a = this.must();
        const b = other.must();
        if (a.sheet !== b.sheet) throw new SimRichApiError('InvalidArgument', 'getBoundingRect across sheets');
        const rect = {
          top: Math.min(a.rect.top, b.rect.top),
          left: Math.min(a.rect.left, b.rect.left),
          bottom: Math.max(a.rect.bottom, b.rect.bottom),
          right: Math.max(a.rect.right, b.rect.right),
        };
        return { sheet: a.sheet, rect };
      },
      this.check,
    );
  }

  /** `Range.select()`: recorded on its sheet (each sheet keeps its own selection, as in Excel). */
  select(): void {
    this.command({ select: true }, (t) => {
      t.sheet.selection = t.rect;
    });
  }

  /**
   * `format.rowHeight` (points). Excel's rows stop at 409 pt («Excel specifications and limits»,
   * support.microsoft.com: row height 409 points); what Office.js does above is undocumented, so the
   * simulator refuses it.
   */
  private setRowHeight(points: number): void {
    this.command({ rowHeight: points }, (t) => {
      if (!(points >= 0 && points <= MAX_ROW_POINTS)) throw new SimRichApiError('InvalidArgument', `row height ${points} pt: Excel's maximum is ${MAX_ROW_POINTS} pt`);
      t.sheet.styles.push({ rect: t.rect, property: 'rowHeight', value: points });
    });
  }

  /** `format.columnWidth` (points), recorded per column. */
  private setColumnWidth(points: number): void {
    this.command({ columnWidth: points }, (t) => {
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }

  merge(across = false): void {
    this.command({ merge: across }, (t) => {
      if (across) throw new SimRichApiError('InvalidArgument', 'merge(across) is not simulated');
      if (t.sheet.tables.some((tb) => intersects(tb.rect, t.rect))) {
        throw new SimRichApiError('InvalidOperation', 'A table cannot overlap merged cells');
      }
      if (t.sheet.merges.some((m) => intersects(m, t.rect))) {
        throw new SimRichApiError('InvalidOperation', `merge ${localAddress(t.rect)} overlaps an existing merge`);
      }
      for (let r = t.rect.top; r <= t.rect.bottom; r++) {
        for (let c = t.rect.left; c <= t.rect.right; c++) {
          const cell = cellAt(t.sheet, r, c);
          if (cell && (r !== t.rect.top || c !== t.rect.left)) {
            cell.value = null;
            delete cell.formula;
          }
        }
      }
      t.sheet.merges.push(t.rect);
    });
  }

  getMergedAreasOrNullObject(): SimRangeAreas {
    this.req.require(13, 'Range.getMergedAreasOrNullObject');
    return new SimRangeAreas(this.req, () => {
      const t = this.must();
      const areas = t.sheet.merges.filter((m) => contains(t.rect, m));
      // «if the merged areas count in this range is more than 512, then this method will fail to return the
      // result» (Range.getMergedAreasOrNullObject, ExcelApi 1.13 reference).
      if (areas.length > 512) throw new SimRichApiError('GeneralException', 'more than 512 merged areas');
      return areas.length === 0 ? null : { sheet: t.sheet, rects: areas };
    });
  }

  private addConditionalFormat(type: string): object {
    this.req.require(6, 'conditionalFormats.add');
    if (type !== 'CellValue') throw new SimRichApiError('InvalidArgument', `conditional format type ${type} is not simulated`);
    const entry: SimConditionalFormat = { rect: { top: 0, left: 0, bottom: 0, right: 0 }, operator: '', formula1: '' };
    this.command({ conditionalFormat: type }, (t) => {
      entry.rect = t.rect;
      t.sheet.conditionalFormats.push(entry);
    });
    const later = (apply: () => void, payload: unknown) => this.command(payload, () => apply());
    return Object.freeze({
      cellValue: Object.seal({
        format: Object.freeze({
          fill: setterObject(['color'], (_n, v) => later(() => (entry.fill = String(v)), { fill: v })),
          font: setterObject(['color'], (_n, v) => later(() => (entry.fontColor = String(v)), { font: v })),
        }),
        set rule(rule: { formula1: string; operator: string }) {
          later(() => {
            entry.operator = rule.operator;
            entry.formula1 = rule.formula1;
          }, rule);
        },
      }),
    });
  }
}

export class SimRangeAreas extends SimObject<{ sheet: SimSheet; rects: Rect[] }> {
  protected snapshot(t: { sheet: SimSheet; rects: Rect[] }, path: string): unknown {
    if (path !== 'address') throw new SimRichApiError('InvalidArgument', `RangeAreas.${path} is not simulated`);
    return t.rects.map((r) => qualified(t.sheet.name, r)).join(',');
  }
  get address(): string {
    return this.get('address') as string;
  }
}
