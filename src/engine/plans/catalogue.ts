/**
 * The measures catalogue (METHODOLOGY §4): what a measure is, and reading `Опора · Каталог мер`. When the
 * sheet is absent the defaults serve; when present, ONLY the user's rows do (deleting a default row
 * removes it from the plans). A row Opora cannot use — no measure text, an unknown direction, an
 * unknown «Для кого» — becomes a diagnostic pointing at its cell and is skipped; the other rows serve.
 */
import type { CellRef, CellValue, Diagnostic, SheetGrid } from '../model';
import { a1 } from '../a1';
import { parseAudience, type Audience } from './audience';
import { CATALOGUE_COLUMNS, normaliseHeader, type CatalogueField } from './catalogueColumns';
import { DEFAULT_MEASURES } from './defaultMeasures';
import { parseDirection, type Direction } from './directions';

export type { Audience } from './audience';
export type { Direction } from './directions';

export interface Measure {
  code: string;
  direction: Direction;
  text: string;
  audience: Audience[];
  /** As typed: a phrase relative to the academic year («март – апрель»); see `plans/deadlines.ts`. */
  deadline: string;
  responsible: string;
  results: string;
  indicator: string;
  /** The «Мероприятие» cell of a user's row. */
  source?: CellRef;
}

/** Rows searched for the header (title and note lines may sit above it). */
const HEADER_SEARCH_ROWS = 20;
/** A row is the header when at least this many columns are recognized, «Мероприятие» among them. */
const HEADER_MIN_FIELDS = 3;

type ColumnMap = Partial<Record<CatalogueField, number>>;

function findHeader(values: CellValue[][]): { row: number; columns: ColumnMap } | null {
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const columns: ColumnMap = {};
    (values[r] ?? []).forEach((cell, c) => {
      const text = normaliseHeader(cell);
      const column = CATALOGUE_COLUMNS.find((col) => col.synonyms.includes(text));
      if (column && columns[column.field] === undefined) columns[column.field] = c;
    });
    if (columns.text !== undefined && Object.keys(columns).length >= HEADER_MIN_FIELDS) return { row: r, columns };
  }
  return null;
}

function cellText(row: CellValue[] | undefined, col: number | undefined): string {
  if (col === undefined || !row) return '';
  const v = row[col];
  return v === null || v === undefined ? '' : String(v).replace(/\s+/g, ' ').trim();
}

function readRow(
  sheet: string,
  values: CellValue[],
  r: number,
  columns: ColumnMap,
): { measure?: Measure; diagnostics: Diagnostic[] } {
  const get = (f: CatalogueField) => cellText(values, columns[f]);
  /** Where a problem of this row's `field` points: the sheet, the cell and the 1-based row. */
  const at = (f: CatalogueField) => ({ sheet, cell: a1(r, columns[f] ?? columns.text ?? 0), row: r + 1 });
  const diagnostics: Diagnostic[] = [];

  const text = get('text');
  if (text === '') diagnostics.push({ severity: 'warning', code: 'catalogue-no-text', ...at('text') });
  const direction = parseDirection(get('direction'));
  if (direction === null) {
    diagnostics.push({ severity: 'warning', code: 'catalogue-unknown-direction', ...at('direction'), value: get('direction') || '(пусто)' });
  }
  let audience: Audience[] = ['all'];
  if (get('audience') === '') {
    diagnostics.push({ severity: 'info', code: 'catalogue-empty-audience', ...at('audience') });
  } else {
    const parsed = parseAudience(get('audience'));
    if (parsed.unknown.length > 0 || parsed.audience.length === 0) {
      diagnostics.push({ severity: 'warning', code: 'catalogue-unknown-audience', ...at('audience'), value: parsed.unknown.join('; ') || get('audience') });
    }
    audience = parsed.audience;
  }
  if (direction === null || diagnostics.some((d) => d.severity !== 'info')) return { diagnostics };
  return {
    diagnostics,
    measure: {
      code: get('code') || `стр. ${r + 1}`,
      direction,
      text,
      audience,
      deadline: get('deadline'),
      responsible: get('responsible'),
      results: get('results'),
      indicator: get('indicator'),
      source: { sheet, cell: a1(r, columns.text ?? 0) },
    },
  };
}

/**
 * Reads Opora's catalogue sheet as the user edited it (found by the caller through the `_opora`
 * registry), or gives the defaults when the workbook has none.
 */
export function readCatalogue(grid: SheetGrid | undefined): { measures: Measure[]; diagnostics: Diagnostic[] } {
  if (!grid) return { measures: DEFAULT_MEASURES.map((m) => ({ ...m, audience: [...m.audience] })), diagnostics: [] };
  const header = findHeader(grid.values);
  if (!header) {
    return {
      measures: DEFAULT_MEASURES.map((m) => ({ ...m, audience: [...m.audience] })),
      diagnostics: [{ severity: 'warning', code: 'catalogue-no-header', sheet: grid.name }],
    };
  }
  const measures: Measure[] = [];
  const diagnostics: Diagnostic[] = [];
  for (let r = header.row + 1; r < grid.values.length; r++) {
    const row = grid.values[r] ?? [];
    const mapped = Object.values(header.columns).map((c) => cellText(row, c));
    if (mapped.every((t) => t === '')) continue;
    const result = readRow(grid.name, row, r, header.columns);
    diagnostics.push(...result.diagnostics);
    if (result.measure) measures.push(result.measure);
  }
  if (measures.length === 0) {
    diagnostics.push({ severity: 'warning', code: 'catalogue-no-measures', sheet: grid.name, cell: a1(header.row, header.columns.text ?? 0) });
  }
  return { measures, diagnostics };
}
