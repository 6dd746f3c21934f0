/** Ranges as the ExcelJS adapter walks them; A1 parsing itself is the engine's (`parseRect`). */
import { parseRect } from '../../engine';

/** Calls `visit` with the 1-based row and column of every cell of the range, as ExcelJS counts them. */
export function eachCellOf(range: string, visit: (row: number, col: number) => void): void {
  const rect = parseRect(range);
  for (let r = rect.top; r <= rect.bottom; r++) {
    for (let c = rect.left; c <= rect.right; c++) visit(r + 1, c + 1);
  }
}
