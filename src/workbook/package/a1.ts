/** A1 references as package parts write them, read leniently: garbage gives undefined instead of a throw. */
import { type CellRect, parseRect } from '../../engine';

/** `B3:K3` or `D12` → a 0-based rectangle; undefined for whole rows/columns or garbage. */
export function parseRange(ref: string): CellRect | undefined {
  try {
    return parseRect(ref.trim());
  } catch {
    return undefined;
  }
}

/** 0-based row and column of `D12`; undefined for anything else. */
export function parseCell(ref: string): { row: number; col: number } | undefined {
  const rect = parseRange(ref);
  return rect && { row: rect.top, col: rect.left };
}
