/**
 * One full garbage collection, asked for between the calculation and the plan (`pipeline.ts`), between
 * the recalculation and the write, and before the JSON summary's text (`recalcFile.ts`). By the write the grids,
 * dataset and analysis (about 180 MB live at 2,000 schools) are garbage in the old generation, which V8
 * would keep until its next major collection — after the write has grown the heap on top of them: the
 * CLI's peak memory at 2,000 schools was 480 MB without this collection and 385 MB with it (measured
 * 01.12.2026). Node gives `gc()` only behind `--expose-gc`; the flag is set at run time and `gc` taken from
 * a fresh context, where V8 installs it. If this Node does not give it, nothing is collected.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    setFlagsFromString('--expose-gc');
    const found: unknown = runInNewContext('typeof gc === "function" ? gc : null');
    gc = typeof found === 'function' ? (found as () => void) : null;
  }
  gc?.();
}
