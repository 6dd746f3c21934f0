/**
 * A1 references as package parts write them. The plain forms (`D12`, `$B$3:K9`) — every cell's `r` and
 * nearly every range — are read by character codes, since a sheet has hundreds of thousands of them;
 * anything else (sheet prefixes, whole rows or columns) goes to the engine's parser. The readers' forms
 * are lenient (garbage gives undefined); `rectOf` throws like the engine's parser on what Opora wrote.
 */
import { type CellRect, parseRect } from '../../engine';

const DOLLAR = 36;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const UPPER_A = 65;
const UPPER_Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
/** The engine's parser reads 1 to 3 column letters; longer row numbers than this go to it as well. */
const MAX_LETTERS = 3;
const MAX_DIGITS = 9;

/** Where a plain cell reference between `from` and `to` points: 0-based row and column. */
interface CellAt {
  row: number;
  col: number;
}

/** `D12` or `$D$12` between `from` and `to` (letters in either case); undefined for any other text. */
function plainCell(ref: string, from: number, to: number): CellAt | undefined {
  let i = from;
  if (ref.charCodeAt(i) === DOLLAR) i++;
  let col = 0;
  const lettersFrom = i;
  for (; i < to; i++) {
    const code = ref.charCodeAt(i);
    if (code >= UPPER_A && code <= UPPER_Z) col = col * 26 + (code - UPPER_A + 1);
    else if (code >= LOWER_A && code <= LOWER_Z) col = col * 26 + (code - LOWER_A + 1);
    else break;
  }
  const letters = i - lettersFrom;
  if (letters === 0 || letters > MAX_LETTERS) return undefined;
  if (ref.charCodeAt(i) === DOLLAR) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < to; i++) {
    const code = ref.charCodeAt(i);
    if (code < DIGIT_0 || code > DIGIT_9) return undefined;
    row = row * 10 + (code - DIGIT_0);
  }
  const digits = i - digitsFrom;
  if (digits === 0 || digits > MAX_DIGITS) return undefined;
  return { row: row - 1, col: col - 1 };
}

/** `D12` or `B3:K9` (with or without `$`) → a 0-based rectangle; undefined for any other form. */
function plainRect(ref: string): CellRect | undefined {
  const colon = ref.indexOf(':');
  const start = plainCell(ref, 0, colon < 0 ? ref.length : colon);
  if (!start) return undefined;
  const end = colon < 0 ? start : plainCell(ref, colon + 1, ref.length);
  if (!end) return undefined;
  return {
    top: Math.min(start.row, end.row),
    bottom: Math.max(start.row, end.row),
    left: Math.min(start.col, end.col),
    right: Math.max(start.col, end.col),
  };
}

/** A range Opora's engine wrote (`B3:K9`, `1:3`, `B:D`…) → a 0-based rectangle; throws on anything else. */
export function rectOf(ref: string): CellRect {
  return plainRect(ref) ?? parseRect(ref);
}

/** `B3:K3`, `D12`, whole rows or columns (surrounding spaces ignored) → a 0-based rectangle; undefined for garbage. */
export function parseRange(ref: string): CellRect | undefined {
  const trimmed = ref.trim();
  const plain = plainRect(trimmed);
  if (plain) return plain;
  try {
    return parseRect(trimmed);
  } catch {
    return undefined;
  }
}

/** 0-based row and column of `D12`; undefined for anything else. */
export function parseCell(ref: string): CellAt | undefined {
  const plain = plainCell(ref, 0, ref.length);
  if (plain) return plain;
  const rect = parseRange(ref);
  return rect && { row: rect.top, col: rect.left };
}
