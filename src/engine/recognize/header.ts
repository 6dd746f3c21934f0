/**
 * Finds a sheet's header wherever it starts: below title rows and «УТВЕРЖДАЮ» blocks, on one or several
 * rows, with merged group titles (years or subjects spread over sub-columns) and spacer columns. The
 * leaf row is the row whose cells name the most known meanings; rows directly above it that hold group
 * titles or vertically merged headers belong to the header too.
 */
import type { CellRect, SheetGrid } from '../model';
import { columnLetter } from '../a1';
import { contextFromText, type Context } from './context';
import { matchHeader, meaningOf } from './headerMeaning';
import { MEANING_BY_ID } from './headerSynonyms';
import { cellText } from './text';

/** How far down a header is looked for. */
const HEADER_SEARCH_ROWS = 40;
/** Group rows above the leaf row that are considered. */
const MAX_GROUP_ROWS = 2;

export interface ColumnInfo {
  col: number;
  letter: string;
  /** The header text as shown, group titles first («2024 / «2»»). */
  header: string;
  meaning: string | null;
  /** The group title above this column ('' when none). */
  group: string;
  /** What the group title says about the column's numbers. */
  groupContext: Context;
  /** Meanings as likely as `meaning` (a tie in the vocabulary): the column is a guess to confirm. */
  rivals?: string[];
}

export interface HeaderBlock {
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Last row that can hold data (a ListObject's bottom, else the sheet's). */
  lastRow: number;
  columns: ColumnInfo[];
  /** Text of the rows above the header (titles), joined. */
  titleText: string;
}

/** Maps each cell inside a merge to the merge's top-left cell, for the rows asked. */
function mergeOrigins(merges: CellRect[] | undefined, top: number, bottom: number): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const m of merges ?? []) {
    if (m.bottom < top || m.top > bottom) continue;
    for (let r = Math.max(m.top, top); r <= Math.min(m.bottom, bottom); r++) {
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) out.set(`${r},${c}`, [m.top, m.left]);
    }
  }
  return out;
}

function rowWidth(grid: SheetGrid): number {
  let w = 0;
  for (const row of grid.values) w = Math.max(w, row.length);
  return w;
}

/** How many known meanings a row's cells name, and whether one of them names the school. */
interface RowScore {
  score: number;
  identity: boolean;
}

function scoreRow(grid: SheetGrid, r: number): RowScore {
  const row = grid.values[r] ?? [];
  let score = 0;
  let identity = false;
  for (const v of row) {
    if (typeof v !== 'string') continue;
    const m = meaningOf(v);
    if (!m) continue;
    score++;
    if (MEANING_BY_ID.get(m)?.group === 'identity' || m === 'fullName') identity = true;
  }
  return { score, identity };
}

/** A school column merged down from a group row onto row `r` («Образовательная организация» over three header rows). */
function mergedIdentityAbove(grid: SheetGrid, r: number): boolean {
  return (grid.merges ?? []).some((m) => {
    if (m.top >= r || m.bottom < r || r - m.top > MAX_GROUP_ROWS) return false;
    const v = grid.values[m.top]?.[m.left];
    const meaning = typeof v === 'string' ? meaningOf(v) : null;
    return meaning !== null && (MEANING_BY_ID.get(meaning)?.group === 'identity' || meaning === 'fullName');
  });
}

function isBlankRow(grid: SheetGrid, r: number): boolean {
  return (grid.values[r] ?? []).every((v) => cellText(v) === '');
}

/**
 * The leaf header row: most meanings, with a school column, earliest on ties unless the school column
 * of the earlier row is merged down onto the later one; ListObject tops first.
 */
function findLeafRow(grid: SheetGrid): number | undefined {
  for (const t of grid.tables ?? []) {
    const s = scoreRow(grid, t.rect.top);
    if (s.score >= 2 && s.identity) return t.rect.top;
  }
  let best: number | undefined;
  let bestScore = 1;
  const limit = Math.min(grid.values.length, HEADER_SEARCH_ROWS);
  let above: RowScore | undefined;
  for (let r = 0; r < limit; r++) {
    const s = scoreRow(grid, r);
    const mergedDown = mergedIdentityAbove(grid, r);
    const identityAbove = (above?.identity ?? false) || mergedDown;
    above = s;
    // A tie with the row above whose school column is merged down onto this one: this is the leaf row.
    const better = s.score > bestScore || (s.score === bestScore && best !== undefined && mergedDown);
    if ((s.identity || identityAbove) && better) {
      best = r;
      bestScore = s.score;
    }
  }
  return best;
}

/** Text of a header cell, looking through merges. */
function headerCell(grid: SheetGrid, origins: Map<string, [number, number]>, r: number, c: number): string {
  const o = origins.get(`${r},${c}`);
  return cellText(o ? grid.values[o[0]]?.[o[1]] : grid.values[r]?.[c]);
}

/** True when row `g` (just above `below`) is part of the header rather than a title. */
function isGroupRow(grid: SheetGrid, g: number, below: number, width: number): boolean {
  if (g < 0 || isBlankRow(grid, g)) return false;
  for (const m of grid.merges ?? []) {
    if (m.top <= g && m.bottom >= below) return true;
    if (m.top === g && m.bottom === g && m.right > m.left && m.right - m.left + 1 < width - 1) return true;
  }
  const cells = (grid.values[g] ?? []).filter((v) => cellText(v) !== '').length;
  return cells >= 2;
}

/** Reads the header of a sheet, or undefined when no row looks like one. */
export function findHeader(grid: SheetGrid): HeaderBlock | undefined {
  const leaf = findLeafRow(grid);
  if (leaf === undefined) return undefined;
  const table = (grid.tables ?? []).find((t) => t.rect.top === leaf);
  const width = table ? table.rect.right + 1 : rowWidth(grid);
  const left = table ? table.rect.left : 0;
  let top = leaf;
  while (top > 0 && leaf - top < MAX_GROUP_ROWS && isGroupRow(grid, top - 1, top, width - left)) top--;
  const origins = mergeOrigins(grid.merges, top, leaf);

  const columns: ColumnInfo[] = [];
  const carry: string[] = [];
  let previous: string | null = null;
  for (let c = left; c < width; c++) {
    const leafText = headerCell(grid, origins, leaf, c);
    const upper: string[] = [];
    for (let r = top; r < leaf; r++) {
      let text = headerCell(grid, origins, r, c);
      const i = r - top;
      if (text === '' && leafText !== '' && !origins.has(`${r},${c}`)) text = carry[i] ?? '';
      carry[i] = text;
      upper.push(text);
    }
    const above = upper.filter((t) => t !== '');
    const match = matchHeader(leafText !== '' ? leafText : (above[above.length - 1] ?? ''));
    let meaning = match.meaning;
    let group = '';
    if (leafText !== '') {
      group = [...new Set(upper.filter((t) => t !== '' && t !== leafText))].join(' / ');
    }
    if (meaning === 'percent' && previous === 'm2') meaning = 'fail';
    // «опекаемые | %»: a bare percent next to a social or staffing count is that count's share.
    else if (meaning === 'percent' && previous !== null && /^(?:social|staff)\./.test(previous)) meaning = previous;
    const isData = meaning !== null && MEANING_BY_ID.get(meaning)?.group !== 'identity' && MEANING_BY_ID.get(meaning)?.group !== 'context';
    if (!isData || leafText === '') for (let i = 0; i < carry.length; i++) carry[i] = '';
    if (meaning === null && leafText === '' && upper.every((t) => t === '')) {
      previous = null;
      continue;
    }
    const header = [...(group ? [group] : []), leafText || upper.filter((t) => t !== '').pop() || ''].join(' / ');
    const groupContext = isData && group ? contextFromText(group) : {};
    const rivals = match.meaning === meaning && match.rivals.length > 0 ? { rivals: match.rivals } : {};
    columns.push({ col: c, letter: columnLetter(c), header, meaning, group: isData ? group : '', groupContext, ...rivals });
    previous = meaning;
  }
  const titleText = grid.values
    .slice(0, top)
    .map((row) => row.map(cellText).filter((t) => t !== '').join(' '))
    .filter((t) => t !== '')
    .join(' ');
  return {
    top,
    bottom: leaf,
    left,
    right: width - 1,
    lastRow: table ? table.rect.bottom : grid.values.length - 1,
    columns,
    titleText,
  };
}
